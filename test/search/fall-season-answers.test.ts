import { describe, expect, it } from 'vitest';
import { answerTypeOf, answerTypeScore } from '../../src/search/plan/answer-type.js';

/**
 * "fall" says when only as a season, and it is a season only as a time adjunct: with "this",
 * "last", "next" or "every", a year, or another season beside it (timeline/fall-season.ts). An
 * invented scaffolding accident: "the fall" of a worker is no date.
 */
describe('"fall" as a date for "when" questions', () => {
  const when = answerTypeOf('When did the pier reopen?')!;

  it('reads the season after a time determiner, with a year or beside another season', () => {
    expect(answerTypeScore('The pier reopened last fall after repairs.', when)).toBe(1);
    expect(answerTypeScore('The pier reopened in the fall of 2025.', when)).toBe(1);
    expect(answerTypeScore('The pier shut in the fall and winter.', when)).toBe(1);
    expect(answerTypeScore('The pier reopened in the autumn.', when)).toBe(1);
    expect(answerTypeScore('The pier reopened in the spring.', when)).toBe(1);
  });

  it('reads the noun of falling as no date', () => {
    expect(answerTypeScore('The worker broke a leg in the fall.', when)).toBe(0);
    expect(answerTypeScore('Inspectors examined the scaffold after the fall.', when)).toBe(0);
    expect(answerTypeScore('Historians wrote of the fall of the old regime.', when)).toBe(0);
    expect(answerTypeScore('He said this fall was preventable.', when)).toBe(0);
  });
});
