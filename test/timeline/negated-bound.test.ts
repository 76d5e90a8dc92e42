/**
 * A negated bound is no deadline: "would not reopen before 4 April" gives the earliest time,
 * listed at its date with no deadline note; "will not be finished by the end of April" tells of
 * a time after the date, at no day stated, so it dates nothing (negated-bound.ts). "no later
 * than" is a bound itself. Invented road-repair sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const entries = (sentence: string) =>
  buildTimeline(articleOf('2025-03-11', sentence)).map(
    (e) => `${e.date}${e.future ? ' future' : ''}${e.deadline ? ' deadline' : ''}`,
  );

describe('a negated bound', () => {
  it.each([
    'Officials repeated that the road would not reopen before 4 April.',
    'The road will not be reopened before 4 April.',
    "The road won't reopen before 4 April.",
    'The road will reopen, but not before 4 April.',
  ])('is the earliest date, no deadline: "%s"', (sentence) => {
    expect(entries(sentence)).toEqual(['2025-04-04 future']);
  });

  it('dates nothing after "by": the act comes later, at no day stated', () => {
    expect(entries('Repairs will not be finished by the end of April.')).toEqual([]);
    expect(entries("The crews won't be done by 4 April.")).toEqual([]);
  });

  it.each([
    ['The road must reopen no later than 4 April.', '2025-04-04 future deadline'],
    ['The road will reopen before 4 April.', '2025-04-04 future deadline'],
    ['Repairs should be finished by the end of April.', '2025-04 future deadline'],
    // A negation in another clause does not reach the bound.
    [
      'The council did not comment, and repairs should be finished by the end of April.',
      '2025-04 future deadline',
    ],
  ])('leaves a bound not negated a deadline: "%s"', (sentence, entry) => {
    expect(entries(sentence)).toEqual([entry]);
  });
});
