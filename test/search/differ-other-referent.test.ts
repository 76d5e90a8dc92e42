/**
 * "Sources differ" only on the referent asked (Grice 1975, "Logic and conversation": the maxim
 * of relation): where the question picks out one plant by a proper qualifier ("the Tarrow
 * Plant"), two outlets' counts for another plant ("the Ossing Plant") are true of the articles
 * but say nothing of the answer. A second reference that drops the name ("The plant would
 * create 120 jobs" against "The Tarrow Plant will create 150 jobs") is the asked plant in other words, and
 * its disagreement is still shown (select/differ-referent.ts). Invented corpus.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/types.js';
import { datedArticle, suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const FILES: Record<string, string> = {
  'ledger.txt':
    'Food plants approved\n\nVenn Foods has won approval to build the Tarrow Plant.\n\nThe plant would create 120 jobs, Venn Foods said.\n\nVenn Foods said the Ossing Plant would create 300 jobs.\n\nThe Kelso Plant will create 80 jobs, the company said.\n',
  'bulletin.txt':
    'Jobs boost from three new plants\n\nThe Tarrow Plant will create 150 jobs, Venn Foods said.\n\nThe Ossing Plant will create 450 jobs, according to Venn Foods.\n\nVenn Foods said the Kelso Plant would create 80 jobs.\n',
  ...UNRELATED_ARTICLES,
  'articles.json': JSON.stringify({
    articles: [
      datedArticle('ledger.txt', '2026-05-02'),
      datedArticle('bulletin.txt', '2026-05-03'),
    ],
  }),
};

/** The articles of each disagreement shown, by source id. */
const differing = (answer: Answer): string[][] =>
  answer.sourcesDiffer.map((d) => d.quotes.map((q) => q.source.id).sort());

/** Every quote of the disagreements shown. */
const quoted = (answer: Answer): string[] =>
  answer.sourcesDiffer.flatMap((d) => d.quotes.map((q) => q.quote));

describe('"sources differ" on the referent the question names', () => {
  const engine = suiteEngine(FILES);

  it('shows the disagreement on the plant asked', () => {
    const answer = engine.ask('How many jobs will the Ossing Plant create?', { limit: 5 });
    expect(differing(answer)).toEqual([['bulletin', 'ledger']]);
    expect(quoted(answer).every((quote) => quote.includes('Ossing'))).toBe(true);
  });

  it('shows no other plant’s disagreement where the sources agree on the one asked', () => {
    const answer = engine.ask('How many jobs will the Kelso Plant create?', { limit: 5 });
    expect(answer.sourcesDiffer).toEqual([]);
  });

  it('keeps a side that tells of the asked plant by a second reference', () => {
    const answer = engine.ask('How many jobs will the Tarrow Plant create?', { limit: 5 });
    expect(differing(answer)).toEqual([['bulletin', 'ledger']]);
    expect(quoted(answer)).toContain('The plant would create 120 jobs, Venn Foods said.');
    expect(quoted(answer).some((quote) => quote.includes('Ossing'))).toBe(false);
  });

  it('reads questions typed in lower case as a Discord user types them', () => {
    expect(
      engine.ask('how many jobs will the kelso plant create', { limit: 5 }).sourcesDiffer,
    ).toEqual([]);
    const tarrow = engine.ask('how many jobs will the tarrow plant create', { limit: 5 });
    expect(quoted(tarrow)).toContain('The plant would create 120 jobs, Venn Foods said.');
    const ossing = engine.ask('how many jobs will the ossing plant create', { limit: 5 });
    expect(differing(ossing)).toEqual([['bulletin', 'ledger']]);
    expect(quoted(ossing).every((quote) => quote.includes('Ossing'))).toBe(true);
  });
});
