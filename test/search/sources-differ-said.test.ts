/**
 * "Sources differ" on one company's figure told by two outlets in other words: a count of a
 * whole's parts under "would have" (reported speech) and "will comprise", and a sum whose
 * sentence closes with "the company said" after naming the company (fact-count-acts.ts
 * `WHOLE_PART_VERBS`, fact-described-body.ts `bodyNamedInSentence`).
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/types.js';
import { datedArticle, suiteEngine } from '../support/corpus-fixture.js';

const FILES: Record<string, string> = {
  'courier.txt':
    'Wind farm plans lodged\n\nCorrin Power said the Dunlow array would have 61 turbines.\n\nCorrin Power has offered £1.4 million to families near the Dunlow site, the company said.\n\nSelwyn Marine said the Harrick array would have 30 turbines.\n',
  'gazette.txt':
    'Turbines off Dunlow\n\nThe Dunlow array will comprise 76 turbines, Corrin Power said.\n\nCorrin Power said it had offered £2.9 million to families near the Dunlow site.\n\nThe Harrick array will comprise 45 platforms, Selwyn Marine said.\n',
  'articles.json': JSON.stringify({
    articles: [
      datedArticle('courier.txt', '2026-04-14'),
      datedArticle('gazette.txt', '2026-04-14'),
    ],
  }),
};

/** The articles of each disagreement shown, by source id. */
const differing = (answer: Answer): string[][] =>
  answer.sourcesDiffer.map((d) => d.quotes.map((q) => q.source.id).sort());

describe('"sources differ" on one company’s figure told in other words', () => {
  const engine = suiteEngine(FILES);

  it('sets "would have 61 turbines" against "will comprise 76 turbines"', () => {
    const answer = engine.ask('How many turbines will the Dunlow array have?', { limit: 5 });
    expect(differing(answer)).toEqual([['courier', 'gazette']]);
  });

  it('sets the sum "the company said" against the one the company is named saying', () => {
    const answer = engine.ask('How much has Corrin Power offered families near the Dunlow site?', {
      limit: 5,
    });
    expect(differing(answer)).toEqual([['courier', 'gazette']]);
  });

  it('sets no count of turbines against a count of platforms, nor another array’s counts', () => {
    const answer = engine.ask('How many turbines will the Harrick array have?', { limit: 5 });
    expect(answer.sourcesDiffer).toEqual([]);
  });

  it('reads a question typed in lower case as a Discord user types it', () => {
    expect(
      engine.ask('how many turbines will the harrick array have', { limit: 5 }).sourcesDiffer,
    ).toEqual([]);
    expect(
      differing(engine.ask('how many turbines will the dunlow array have', { limit: 5 })),
    ).toEqual([['courier', 'gazette']]);
  });
});
