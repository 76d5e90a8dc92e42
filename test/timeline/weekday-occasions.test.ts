/**
 * Named days that fall on a weekday: feasts of Easter by the Gregorian computus, a holiday named
 * with its weekday as the weekday alone (its country's rule is not stated). Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { easterSunday } from '../../src/timeline/weekday-occasions.js';
import { fromDayNumber } from '../../src/text/calendar.js';
import { articleOf } from './fixtures.js';

// Published Wednesday 2026-05-27; Easter Sunday 2026 is 5 April, 2027's 28 March.
const one = (sentence: string, published: string | null = '2026-05-27') =>
  buildTimeline(articleOf(published, sentence)).map((e) => `${e.date}${e.future ? ' future' : ''}`);

describe('Easter Sunday by the Gregorian computus', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [1818, '1818-03-22'],
  ])('%i', (year, want) => {
    const { month, day } = fromDayNumber(easterSunday(year));
    expect(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`).toBe(want);
  });
});

describe('a feast of Easter', () => {
  it.each([
    ['Crowds gathered at the Orlby quay on Easter Monday for the fair.', '2026-04-06'],
    ['The Orlby choir sang on Good Friday in the market square.', '2026-04-03'],
    ['The Orlby shops will close on Good Friday, the council said.', '2027-03-26 future'],
    ['The Orlby fair was held on Good Friday 2024 at the quay.', '2024-03-29'],
    ['The Orlby ferry sailed last Whit Monday with a full deck.', '2026-05-25'],
    ['Crowds came to the Orlby quay on Easter bank holiday Monday.', '2026-04-06'],
  ])('"%s"', (sentence, want) => {
    expect(one(sentence)).toEqual([want]);
  });

  it.each([
    // The Eastern churches' Easter is reckoned otherwise.
    'Orthodox Easter Monday crowds gathered at the Orlby church.',
    // A habit, every year's.
    'The Orlby town used to hold a fair on Easter Monday at the quay.',
    // Neither past nor ahead.
    'The Orlby quay is busy on Easter Monday with the fair.',
  ])('not dated: "%s"', (sentence) => {
    expect(one(sentence)).toEqual([]);
  });

  it('not without a publication day, unless the year is written', () => {
    expect(one('The Orlby choir sang on Good Friday in the market square.', null)).toEqual([]);
    expect(one('The Orlby fair was held on Good Friday 2024 at the quay.', null)).toEqual([
      '2024-03-29',
    ]);
  });
});

describe('a holiday named with its weekday', () => {
  it('is the weekday alone, with the tense, as "on Monday" is', () => {
    expect(
      one('Firefighters returned to Orlby Moor on Bank Holiday Monday after peat reignited.'),
    ).toEqual(['2026-05-25']);
    expect(one('The Orlby carnival will take place on bank holiday Monday in the park.')).toEqual([
      '2026-06-01 future',
    ]);
    expect(one('The Orlby bypass is busy on Bank Holiday Monday.')).toEqual([]);
  });

  it('with a month named, is that month: which of its weekdays is the country’s rule', () => {
    expect(one('The Orlby carnival will take place on the August bank holiday Monday.')).toEqual([
      '2026-08 future',
    ]);
  });
});
