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
