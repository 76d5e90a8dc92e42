/**
 * "a week on Friday", "Friday week" (with or without "on"), "a fortnight on Friday": in British English, one (or two)
 * weeks after the Friday ahead (Cambridge Dictionary, "a week on Monday/Tuesday, etc.", UK:
 * "one week after the day mentioned"), not that Friday. Said on a Friday, the Friday counted
 * from may be today or a week ahead, and told as past the phrase contradicts itself: neither
 * is dated. Invented ferry sentences, published Monday 10 March 2025.
 */
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/engine/types.js';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const shown = (e: TimelineEvent) => [e.date, e.precision, e.future];
const eventsOf = (published: string, sentence: string) =>
  buildTimeline(articleOf(published, sentence)).map(shown);

describe('weeks on from a weekday ahead', () => {
  it.each([
    ['The ferry will resume on Friday.', '2025-03-14'],
    ['The ferry will resume a week on Friday.', '2025-03-21'],
    ['The ferry will resume on Friday week.', '2025-03-21'],
    ['Talks will resume a week on Friday, the union said.', '2025-03-21'],
    ['The ferry resumes a fortnight on Friday.', '2025-03-28'],
    ['The ferry will resume a week on Tuesday.', '2025-03-18'],
    // "Friday week" alone, with no "on": the day, not a weekday classifying the noun "week".
    ['The ferry will resume Friday week.', '2025-03-21'],
    ['The council will vote on the plan Friday week.', '2025-03-21'],
  ])('"%s" is %s', (sentence, date) => {
    expect(eventsOf('2025-03-10', sentence)).toEqual([[date, 'day', true]]);
  });

  it('counts across a month’s end', () => {
    expect(eventsOf('2025-03-27', 'The ferry will resume a week on Monday.')).toEqual([
      ['2025-04-07', 'day', true],
    ]);
  });

  it.each([
    // Said on a Monday: "a week on Monday" may count from today or from next Monday.
    'The ferry will resume a week on Monday.',
    // A past told with a count ahead.
    'The ferry resumed a week on Friday.',
    'The ferry resumed Friday week.',
    // "Monday week" alone, said on a Monday.
    'The ferry will resume Monday week.',
  ])('"%s" is left undated', (sentence) => {
    expect(eventsOf('2025-03-10', sentence)).toEqual([]);
  });
});
