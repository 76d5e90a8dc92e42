/**
 * A reply's "sources differ" note must concern its answer (Grice 1975, "Logic and
 * conversation": the maxim of relation): a disagreement about another quantity than the one
 * asked says nothing of this answer, however near its passages rank. Invented corpus.
 */
import { describe, expect, it } from 'vitest';
import { datedArticle, suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const FILES: Record<string, string> = {
  'breakdown.txt':
    'Dredger towed back to Kelby\n\nThe 41-year-old dredger Marram broke down off Kelby on Monday with nine crew on board. A tug towed her back to the quay.',
  'herald.txt':
    'Dredger bill revealed\n\nFixing the dredger Marram will cost Tarn Marine £260,000, the Herald understands.',
  'post.txt':
    'Tarn Marine writes to harbour board\n\nTarn Marine has told the Kelby harbour board that fixing the dredger Marram will cost £310,000, in a letter seen by the Post.',
  ...UNRELATED_ARTICLES,
  'articles.json': JSON.stringify({
    articles: [
      datedArticle('breakdown.txt', '2026-02-10'),
      datedArticle('herald.txt', '2026-02-20'),
      datedArticle('post.txt', '2026-02-21'),
    ],
  }),
};

const engine = suiteEngine(FILES);

describe('"sources differ" only on what the answer is about', () => {
  it('notes two costs of one repair when the cost is asked', () => {
    const reply = engine.ask('How much will fixing the dredger Marram cost?');
    expect(reply.sourcesDiffer.map((d) => d.aspect)).toEqual(['number']);
    expect(reply.sourcesDiffer[0]?.quotes.map((q) => q.source.id).sort()).toEqual([
      'herald',
      'post',
    ]);
  });

  it("notes nothing about the cost when the vessel's age is asked", () => {
    const reply = engine.ask('How old is the dredger?');
    expect(reply.passages[0]?.quote).toContain('41-year-old');
    expect(reply.sourcesDiffer).toEqual([]);
  });
});

const MARINA: Record<string, string> = {
  'opening.txt':
    'Harwick marina opens\n\nThe new Harwick marina has 310 berths on its two pontoons. The harbour trust paid for the dredging.',
  'month.txt':
    'Busy first month at Harwick\n\nIn its first month, 1,240 boats used the Harwick marina, according to the harbour trust.',
  'wire.txt':
    'Harwick figures\n\nSome 1,420 boats used the Harwick marina during its first month, the harbour trust said.',
  ...UNRELATED_ARTICLES,
  'articles.json': JSON.stringify({
    articles: [
      datedArticle('opening.txt', '2026-04-01'),
      datedArticle('month.txt', '2026-05-04'),
      datedArticle('wire.txt', '2026-05-05'),
    ],
  }),
};

const marina = suiteEngine(MARINA);

describe('"how many X": "sources differ" only on counts of X', () => {
  it('notes two counts of boats when boats are counted', () => {
    const reply = marina.ask('How many boats used the Harwick marina in its first month?');
    expect(reply.sourcesDiffer.map((d) => d.aspect)).toEqual(['number']);
    expect(reply.sourcesDiffer[0]?.quotes.map((q) => q.source.id).sort()).toEqual([
      'month',
      'wire',
    ]);
  });

  it('notes nothing about boats when the berths are counted', () => {
    const reply = marina.ask('How many berths does the Harwick marina have?');
    expect(reply.passages[0]?.quote).toContain('310 berths');
    expect(reply.sourcesDiffer).toEqual([]);
  });
});
