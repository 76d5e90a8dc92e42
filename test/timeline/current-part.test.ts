/**
 * "earlier this month", "later this week", "earlier this year", "later in the month": the days
 * of the unit holding the publication day before it, or after it (current-part.ts). Said on the
 * first day of a month, "earlier this month" names no day of it (a story written the day before
 * and dated the 1st speaks of the month before): left undated, never shown under the
 * publication's month; so "later this month" on its last day, and a week's part when either
 * reading of the week (from Monday, ISO 8601; from Sunday, US usage) leaves it no day. Invented
 * council sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { currentPart, currentPartOf } from '../../src/timeline/current-part.js';
import { parseIsoDate } from '../../src/text/calendar.js';
import { articleOf } from './fixtures.js';

const EARLIER_MONTH = 'The council approved the harbour plan earlier this month.';
const LATER_MONTH = 'The council will vote on the harbour plan later this month.';
const EARLIER_WEEK = 'The council approved the harbour plan earlier this week.';
const LATER_WEEK = 'The council will vote on the harbour plan later this week.';

/** The entries' dates, and the undated mentions' reasons. */
const read = (published: string, sentence: string) => {
  const { events, undated } = buildTimelineDetailed(articleOf(published, sentence));
  return { dates: events.map((e) => e.date), undated: undated.map((u) => u.reason) };
};

describe('"earlier" or "later" in the unit of publication', () => {
  it.each([
    // Monday 10 March 2025 … Saturday 15 March.
    ['2025-03-20', EARLIER_MONTH, '2025-03'],
    ['2025-03-20', LATER_MONTH, '2025-03'],
    ['2025-03-31', EARLIER_MONTH, '2025-03'],
    ['2025-03-01', LATER_MONTH, '2025-03'],
    ['2025-03-12', EARLIER_WEEK, '2025-03'],
    ['2025-03-13', LATER_WEEK, '2025-03'],
    ['2025-06-30', 'The council will vote on the plan later this year.', '2025'],
    ['2025-03-01', 'The council will decide later in the month.', '2025-03'],
  ])('published %s, "%s" is %s', (published, sentence, date) => {
    expect(read(published, sentence).dates).toEqual([date]);
  });

  it.each([
    // The first or last day of the month, or of the year.
    ['2025-03-01', EARLIER_MONTH],
    ['2025-03-31', LATER_MONTH],
    ['2025-01-01', 'The council approved the plan earlier this year.'],
    ['2025-12-31', 'The council will vote on the plan later this year.'],
    ['2025-03-31', 'The council will decide later in the month.'],
    // Monday: the first day of an ISO week; Sunday: of a US one.
    ['2025-03-10', EARLIER_WEEK],
    ['2025-03-09', EARLIER_WEEK],
    // Saturday: the last day of a US week; Sunday: of an ISO one.
    ['2025-03-15', LATER_WEEK],
    ['2025-03-16', LATER_WEEK],
  ])('published %s, "%s" is left undated', (published, sentence) => {
    const { dates, undated } = read(published, sentence);
    expect(dates).toEqual([]);
    expect(undated.join()).toMatch(/no day of it lies (?:before|after) publication/u);
  });

  it('leaves a week’s part undated when its days span two months', () => {
    // Tuesday 2 September 2025: Sunday 31 August and Monday 1 September.
    expect(read('2025-09-02', EARLIER_WEEK)).toEqual({
      dates: [],
      undated: ['"earlier" in the week: its days span two months'],
    });
  });

  it('narrows the month to the days on its side of publication', () => {
    const day = (iso: string) => parseIsoDate(iso)!;
    expect(currentPart(day('2025-03-20'), 'month', 'earlier')).toMatchObject({ days: [1, 19] });
    expect(currentPart(day('2025-03-20'), 'month', 'later')).toMatchObject({ days: [21, 31] });
    // Wednesday 12 March: Sunday 9 (or Monday 10) to Tuesday 11.
    expect(currentPart(day('2025-03-12'), 'week', 'earlier')).toMatchObject({ days: [9, 11] });
    expect(currentPart(day('2025-02-20'), 'month', 'later')).toMatchObject({ days: [21, 28] });
  });

  it('reads the part in the mention or right before it', () => {
    expect(currentPartOf('earlier this month', '')).toBe('earlier');
    expect(currentPartOf('Later this week', '')).toBe('later');
    expect(currentPartOf('the month', 'will decide later in ')).toBe('later');
    expect(currentPartOf('this month', 'approved ')).toBeNull();
  });

  it('leaves "this month" whole, even on its first day', () => {
    expect(read('2025-03-01', 'The council approved the harbour plan this month.').dates).toEqual([
      '2025-03',
    ]);
  });
});
