/**
 * "Sources differ" on a passage of several figures (src/search/select/fact-measures.ts
 * `measureCounting`): its one count of the noun the other passage's one figure counts is
 * compared, the figures of other nouns, in other clauses, left aside. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';

const published = ['2025-03-12', '2025-03-12'] as const;
/** The relation read both ways round (a claim must hold either way). */
const relate = (a: string, b: string) => {
  const one = classifyFacts(a, b, { published }).kind;
  return one === classifyFacts(b, a, { published }).kind ? one : 'one-way';
};

describe('one figure among several', () => {
  it('finds a disagreement on the count of the same noun', () => {
    expect(
      relate(
        'Forty firefighters fought the blaze at the Kelby depot, and 12 fire engines were at the scene.',
        'Ten fire engines were at the scene of the blaze at the Kelby depot.',
      ),
    ).toBe('disagree');
    expect(
      relate(
        'The storm closed 14 roads, and 300 homes in Kelby lost power.',
        '450 homes in Kelby lost power.',
      ),
    ).toBe('disagree');
  });

  it('claims none for a count with another figure in its clause', () => {
    expect(
      relate(
        'In all, 35 homes in Tarnbury were flooded and four shops.',
        'Twenty-two homes in Tarnbury were flooded.',
      ),
    ).toBe('different-fact');
  });

  it('claims none for two counts of the noun, another place or another act', () => {
    expect(
      relate(
        'Twelve fire engines were at the depot, and 3 fire engines were at the school.',
        'Ten fire engines were at the depot.',
      ),
    ).toBe('different-fact');
    expect(
      relate(
        'The storm closed 14 roads, and 300 homes in Kelby lost power.',
        '450 homes in Durnford lost power.',
      ),
    ).toBe('different-fact');
    expect(
      relate(
        'The storm closed 14 roads, and 300 homes in Kelby lost power.',
        '450 homes in Kelby were flooded.',
      ),
    ).toBe('different-fact');
  });
});
