/**
 * "last Friday" said on a Saturday is yesterday to some readers and eight days ago to others;
 * "next Saturday" said on a Friday is tomorrow or eight days ahead. A date the text does not
 * settle is never shown as a day: as for a week, it is shown as its month when both readings lie
 * in that month, and left undated when they straddle two. A weekday further off is settled.
 * Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const dated = (published: string, sentence: string) => {
  const { events, undated } = buildTimelineDetailed(articleOf(published, sentence));
  return {
    dates: events.map((e) => `${e.date} ${e.precision}${e.future ? ' future' : ''}`),
    undated,
  };
};

const VOTE = 'The harbour board approved the dredging budget last Friday, its chair said.';
const FAIR = 'The free open day goes ahead in Saltby Park next Saturday, with ten bands.';

describe('"last" with the weekday of yesterday', () => {
  it('is shown as the month when yesterday and eight days ago share it', () => {
    // Saturday 2025-09-13: Friday 12 or Friday 5 September.
    expect(dated('2025-09-13', VOTE).dates).toEqual(['2025-09 month']);
  });

  it('is left undated when the two readings fall in two months', () => {
    // Saturday 2025-11-08: Friday 7 November or Friday 31 October.
    const { dates, undated } = dated('2025-11-08', VOTE);
    expect(dates).toEqual([]);
    expect(undated.map((u) => u.text)).toEqual(['last Friday']);
    expect(undated[0]?.reason).toMatch(/yesterday or eight days ago/u);
  });

  it('is settled for a weekday further back: "last Thursday" on a Saturday', () => {
    expect(dated('2025-09-13', VOTE.replace('Friday', 'Thursday')).dates).toEqual([
      '2025-09-11 day',
    ]);
  });

  it('is settled for the publication day’s own weekday: "last Monday" on a Monday is a week ago', () => {
    // Monday 2025-09-15: the latest Monday before today and the Monday of last week are both the 8th.
    expect(dated('2025-09-15', VOTE.replace('Friday', 'Monday')).dates).toEqual(['2025-09-08 day']);
  });
});

describe('"next" with the weekday of tomorrow', () => {
  it('is shown as the month when tomorrow and eight days ahead share it', () => {
    // Friday 2025-09-12: Saturday 13 or 20 September.
    expect(dated('2025-09-12', FAIR).dates).toEqual(['2025-09 month future']);
  });

  it('is left undated when the two readings fall in two months', () => {
    // Friday 2025-09-26: Saturday 27 September or 4 October.
    const { dates, undated } = dated('2025-09-26', FAIR);
    expect(dates).toEqual([]);
    expect(undated.map((u) => u.text)).toEqual(['next Saturday']);
    expect(undated[0]?.reason).toMatch(/tomorrow or eight days ahead/u);
  });
});

describe('a date counted from publication keeps its side when shown as a month', () => {
  it('"next week" in a present-tense sentence is ahead, though its month holds the publication day', () => {
    // Wednesday 2025-09-10: next week is 14–20 or 15–21 September.
    expect(
      dated('2025-09-10', 'The harbour board votes on the dredging budget next week.').dates,
    ).toEqual(['2025-09 month future']);
  });

  it('"last Friday" in a present-tense sentence is behind', () => {
    expect(
      dated('2025-09-13', 'The dredging budget approved last Friday runs to four pages.').dates,
    ).toEqual(['2025-09 month']);
  });
});
