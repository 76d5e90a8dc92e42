import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { relativeTimes, sameTimeAnchor } from '../../src/search/select/fact-time.js';

describe('time stated relative to publication', () => {
  it('reads periods counted from publication, with their reach', () => {
    expect(relativeTimes('Receipts for the year amounted to $4 million.')).toEqual([
      { grain: 'year', key: 'year' },
    ]);
    expect(relativeTimes('Receipts in the past fiscal year rose; last month they fell.')).toEqual([
      { grain: 'year', key: 'year-1' },
      { grain: 'month', key: 'month-1' },
    ]);
    expect(relativeTimes('The ferry is now running again, as it did yesterday.')).toEqual([
      { grain: 'day', key: 'now' },
      { grain: 'day', key: 'yesterday' },
    ]);
    expect(relativeTimes('She has led the guild for the past 12 years.')).toEqual([
      { grain: 'year', key: 'the past 12 years' },
    ]);
  });

  it('reads no relative time in stated years, years counted from another time, or words that contain one', () => {
    expect(
      relativeTimes('In the year 1893 the mill closed; the year before, it had flooded.'),
    ).toEqual([]);
    expect(relativeTimes('The known snowfall of the month of May was light.')).toEqual([]);
    expect(relativeTimes('The mill closed on 3 May 1893.')).toEqual([]);
  });

  it('compares passages only when their anchors are known and equal as far as the words reach', () => {
    const year = relativeTimes('the total for the year');
    const yesterday = relativeTimes('closed yesterday');
    expect(sameTimeAnchor([], [], null, null)).toBe(true);
    expect(sameTimeAnchor(year, year, '1893', '1894')).toBe(false);
    expect(sameTimeAnchor(year, [], '1893', null)).toBe(false);
    expect(sameTimeAnchor(year, year, '1893', '1893-12-04')).toBe(true);
    // "Yesterday" reaches the day: a year alone does not say which day it counts from.
    expect(sameTimeAnchor(yesterday, yesterday, '2021', '2021')).toBe(false);
    expect(sameTimeAnchor(yesterday, yesterday, '2021-03-04', '2021-03-04')).toBe(true);
    expect(sameTimeAnchor(yesterday, yesterday, '2021-03-04', '2021-03-05')).toBe(false);
    // One anchor, two periods: "last year" and "this year" are two years.
    expect(
      sameTimeAnchor(relativeTimes('last year'), relativeTimes('this year'), '2021', '2021'),
    ).toBe(false);
  });
});

describe('fact relations of passages with relative time', () => {
  const a =
    'The total issue of money orders for the year amounted to $165 million, the postmaster reported.';
  const b =
    'The total issue of money orders for the year amounted to $156 million, the postmaster reported.';
  const c =
    'The total issue of money orders for the year amounted to $165 million, the postmaster reported to Congress.';

  it('neither disagree nor agree when the anchors differ or one is unknown', () => {
    for (const published of [
      ['1893', '1894'],
      ['1894', null],
      [null, null],
    ] as const) {
      expect(classifyFacts(a, b, { published })).toEqual({
        kind: 'different-fact',
        reason: 'relative time from different dates',
      });
      expect(classifyFacts(a, c, { published }).kind).toBe('different-fact');
    }
    expect(classifyFacts(a, b).kind).toBe('different-fact');
  });

  it('are compared as usual when both count from the same date', () => {
    expect(classifyFacts(a, b, { published: ['1894', '1894-12-03'] })).toMatchObject({
      kind: 'disagree',
      aspect: 'number',
    });
    expect(classifyFacts(a, c, { published: ['1894', '1894'] })).toEqual({ kind: 'same-fact' });
  });
});
