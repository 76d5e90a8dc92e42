/**
 * A question naming a quantity by its noun ("what premium …?") asks for its number as "how big
 * …?" does: an invented corpus where two outlets give an offer's premium as 38% and 36% on the
 * same day, and a third gives another offer's premium, on another day.
 */
import { describe, expect, it } from 'vitest';
import { answerTypeOf } from '../../src/search/plan/answer-type.js';
import { datedArticle, suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const FILES: Record<string, string> = {
  'bid.txt':
    "Drayne bids for Pellow.\n\nThe offer represents a premium of 38% to Pellow's closing price on Friday.",
  'offer.txt':
    "Pellow gets offer.\n\nThe offer represents a 36% premium to Pellow's closing price on Friday.",
  'marl.txt':
    "Marl bids for Selby.\n\nThe Marl offer represents a 12% premium to Selby's closing price on Monday.",
  ...UNRELATED_ARTICLES,
  'articles.json': JSON.stringify({
    articles: [
      datedArticle('bid.txt', '2025-11-03'),
      datedArticle('offer.txt', '2025-11-03'),
      datedArticle('marl.txt', '2025-11-05'),
    ],
  }),
};

const engine = suiteEngine(FILES);

describe('"what NOUN" of a quantity noun', () => {
  it('asks for a number, as "how big" does', () => {
    for (const question of [
      'What premium does the offer represent?',
      'What discount did the buyer get?',
      'How big is the premium?',
    ])
      expect(answerTypeOf(question)?.name, question).toBe('number');
  });

  it('gets "sources differ" however the question names the quantity', () => {
    for (const question of ['What premium does the offer represent?', 'How big is the premium?']) {
      const differ = engine.ask(question).sourcesDiffer;
      expect(
        differ.map((d) => d.aspect),
        question,
      ).toEqual(['number']);
      expect(differ[0]?.quotes.map((q) => q.source.id).sort(), question).toEqual(['bid', 'offer']);
    }
  });

  it('sets no premium of another offer on another day against them', () => {
    for (const question of ['What premium does the Marl offer represent?']) {
      const differ = engine.ask(question).sourcesDiffer;
      for (const d of differ)
        expect(
          d.quotes.map((q) => q.source.id),
          question,
        ).not.toContain('marl');
    }
  });
});
