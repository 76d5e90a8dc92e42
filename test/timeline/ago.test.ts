/**
 * "N days ago", "a week ago", "N months ago": counted back from the publication day the article
 * states, as "yesterday" and "last week" are (ago.ts), at the precision of the unit counted: a
 * count of days gives a day, a count of weeks a week (shown as its month when it lies in one), a
 * count of months the month only; a vague or approximate count gives none. Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

/** Wednesday 16 September 2026. */
const PUBLISHED = '2026-09-16';

const dates = (...sentences: string[]) =>
  buildTimeline(articleOf(PUBLISHED, ...sentences)).map((e) => `${e.date} ${e.quotes[0]!.quote}`);

describe('a count of units back from publication', () => {
  it('dates a count of days to the day', () => {
    expect(dates('The depot reopened two days ago.', 'The signals failed a day ago.')).toEqual([
      '2026-09-14 The depot reopened two days ago.',
      '2026-09-15 The signals failed a day ago.',
    ]);
  });

  it('dates a count of weeks to no day: to the month its week lies in, or not at all', () => {
    // Wednesday 16 September: a week back is 6–13 September (whether weeks start on Sunday or
    // Monday), in September; a fortnight back is 30 August–6 September, across two months.
    expect(
      dates(
        'The inquiry into the depot flooding, opened a week ago by the transport authority, will now also look at the signalling contract.',
        'The old tram shelter was removed a fortnight ago.',
      ),
    ).toEqual([
      '2026-09 The inquiry into the depot flooding, opened a week ago by the transport authority, will now also look at the signalling contract.',
    ]);
  });

  it('never dates "five weeks ago" to the day 35 days back', () => {
    // Tuesday 14 April 2026: five weeks back is the week of 9 March (8–15 March), in March.
    const events = buildTimeline(
      articleOf(
        '2026-04-14',
        'The Fallow Bridge, closed five weeks ago after a lorry struck its parapet, reopened to traffic on Tuesday, council engineers said.',
      ),
    );
    expect(events.map((e) => `${e.date} ${e.precision}`)).toEqual([
      '2026-03 month',
      '2026-04-14 day',
    ]);
  });

  it('dates a count of months to its month only', () => {
    expect(dates('The depot flooded three months ago.', 'Its roof leaked a month ago.')).toEqual([
      '2026-06 The depot flooded three months ago.',
      '2026-08 Its roof leaked a month ago.',
    ]);
  });

  it('dates "a year ago" to the month a year back, and no larger count of years', () => {
    expect(
      dates(
        'A year ago, a winch failure forced the crew to postpone the drilling.',
        'The depot flooded two years ago.',
        'The tram shelter was moved half a year ago.',
        'The depot was sold more than a year ago.',
      ),
    ).toEqual(['2025-09 A year ago, a winch failure forced the crew to postpone the drilling.']);
  });

  it("leaves a count back inside a speaker's quotation undated: it counts from when they spoke", () => {
    expect(
      dates(
        '"A year ago we were pulling people out of windows," said the council leader.',
        '"Three months ago the depot flooded," a driver said.',
      ),
    ).toEqual([]);
  });

  it('leaves a vague or approximate count undated', () => {
    expect(
      dates(
        'The depot flooded weeks ago.',
        'The pumps failed about a week ago.',
        'The contract was signed more than a month ago.',
        'The signals were checked a few days ago.',
        'The tram was repainted two or three weeks ago.',
      ),
    ).toEqual([]);
  });

  it('dates a weekday after a count of weeks to that weekday of the week counted', () => {
    // Wednesday 16 September: the week two weeks back is 31 August–6 September (Monday to
    // Sunday), whose Thursday is the 3rd; last week's Monday is the 7th, not the 14th.
    expect(
      dates(
        'The bridge closed two weeks ago on Thursday.',
        'A week ago on Monday, the council voted to close the pool.',
      ),
    ).toEqual([
      '2026-09-03 The bridge closed two weeks ago on Thursday.',
      '2026-09-07 A week ago on Monday, the council voted to close the pool.',
    ]);
  });

  it('takes "today" after the count as what it counts from', () => {
    expect(dates('A week ago today the depot flooded.')).toEqual([
      '2026-09-09 A week ago today the depot flooded.',
    ]);
  });
});
