/**
 * "A minimum of N" and "a maximum of N" bound a figure as "at least N" and "at most N" do
 * (fact-values.ts). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { factValues } from '../../src/search/select/fact-values.js';

const days = { published: ['2026-06-16', '2026-06-17'] as const };

/** The bound of each figure of `text`. */
const bounds = (text: string) =>
  factValues(text).positioned.flatMap((v) => ('number' in v ? [v.bound] : []));

describe('"a minimum of" and "a maximum of"', () => {
  it('bound a figure from below and from above', () => {
    expect(bounds('The hall will stay shut for a minimum of 42 days.')).toEqual(['lower']);
    expect(bounds('Each household may claim a maximum of £500.')).toEqual(['upper']);
  });

  it('state the bound "at least" states: one fact', () => {
    const least = 'Kelby library will stay closed for at least 21 days while the roof is repaired.';
    const minimum =
      'Kelby library will stay closed for a minimum of 21 days while the roof is repaired.';
    expect(classifyFacts(least, minimum, days)).toEqual({ kind: 'same-fact' });
    expect(classifyFacts(minimum, least, days)).toEqual({ kind: 'same-fact' });
  });

  it('are no one fact with the other bound', () => {
    const minimum =
      'Kelby library will stay closed for a minimum of 21 days while the roof is repaired.';
    const maximum =
      'Kelby library will stay closed for a maximum of 21 days while the roof is repaired.';
    expect(classifyFacts(minimum, maximum, days).kind).not.toBe('same-fact');
    expect(classifyFacts(maximum, minimum, days).kind).not.toBe('same-fact');
  });
});
