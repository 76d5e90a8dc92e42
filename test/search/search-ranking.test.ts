/**
 * A search hands back the ranking it chose its passages from, so that a refused question's
 * nearest passages (engine.ts `nearestOf`) are read off it rather than ranked a second time.
 */
import { describe, expect, it } from 'vitest';
import { engineOver, HARBOUR_GAZETTE, VALLEY_TIMES } from './fixtures.js';

const { index } = engineOver(HARBOUR_GAZETTE, VALLEY_TIMES);

/** What a ranking says of its candidates: their order and scores. */
const order = (ranked: ReadonlyArray<{ sentence: number; score: number }>) =>
  ranked.map(({ sentence, score }) => [sentence, score]);

describe("a search's ranking", () => {
  it.each([
    'how much did the new quay cost',
    'who opened the quay',
    'what did Norway say about the quay',
  ])('is the ranking of the same question in the same articles: %s', (question) => {
    const { ranking } = index.search(question, { limit: 3 });
    const again = index.rank(question);
    expect(order(ranking.ranked)).toEqual(order(again.ranked));
    expect(ranking.ranked.length).toBeGreaterThan(0);
    expect(ranking.plan.question).toBe(again.plan.question);
  });
});
