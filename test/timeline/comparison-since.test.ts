/**
 * "since" a date after a superlative, a ranking "first" or "than … any" bounds a comparison ("the
 * largest since 2011"): nothing happened on the date, which is left undated; the event keeps its
 * own day. A state since a date ("has lived there since 2011"), and an occasion named after
 * "since" with no comparison ("halted since the 2011 explosion"), keep their dates. A negated
 * degree ("has not flooded so badly since 1994") compares as the fronted "Not since 1994" does;
 * a negated state with no degree ("has not flooded since 1994") keeps its date. Invented
 * fair, ferry and quay sentences, published Monday 10 August 2026.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const datesOf = (sentence: string) => {
  const { events, undated } = buildTimelineDetailed(articleOf('2026-08-10', sentence));
  return { dated: events.map((e) => e.date), undated: undated.map((u) => u.text) };
};

describe('a comparison bounded by "since"', () => {
  it.each([
    [
      "Saturday's crowd of 41,000 at the Tellow fair was the largest since 2011, organisers said.",
      ['2026-08-08'],
      '2011',
    ],
    [
      'Ticket sales for the fair jumped 12 per cent on Monday, the sharpest rise since 2017.',
      ['2026-08-10'],
      '2017',
    ],
    ['Attendance at the final reached 18,200, the highest for a final since 2008.', [], '2008'],
    [
      'The ferry sailed to Orlby on Friday for the first time since March.',
      ['2026-08-07'],
      'March',
    ],
    ['Fares rose faster in July than at any time since 2019.', ['2026-07'], '2019'],
    ['It was the worst flooding in the valley since 1953.', [], '1953'],
    ["Saturday's crowd was the biggest since the 2011 fair.", ['2026-08-08'], '2011'],
    // Negative inversion compares with every time since: nothing is told of 2011.
    ['Not since 2011 has the river flooded the town square in Tellow.', [], '2011'],
    ['Not since the 2011 fair have so many visitors come to Tellow.', [], '2011'],
    // A negated degree before "since" compares with every time since, as the fronted form does.
    ['The river at Tellow has not flooded so badly since 1994.', [], '1994'],
    ['The river at Tellow has not been as high since 1994.', [], '1994'],
    ["The Tellow river hasn't been higher since 2008.", [], '2008'],
    ['Tellow has not seen such heavy rain since 1994.', [], '1994'],
  ])('leaves its date undated: "%s"', (sentence, dated, undated) => {
    const found = datesOf(sentence);
    expect(found.dated).toEqual(dated);
    expect(found.undated).toContain(undated);
  });
});

describe('a comparison bounded by a clause after "since"', () => {
  // The clause tells its own act of the date: the quote is listed there as the clause's date,
  // never as the compared event's (no wettest June in 1910).
  it.each([
    [
      'It was the wettest June in Tellow since records began in 1910.',
      '1910',
      'records began in 1910',
    ],
    [
      'It was the best season for the Tellow club since it was founded in 1998, with 14 wins.',
      '1998',
      'it was founded in 1998',
    ],
  ])('"%s" is listed at %s as the date of "%s"', (sentence, date, dates) => {
    const { events } = buildTimelineDetailed(articleOf('2026-08-10', sentence));
    expect(events.map((e) => [e.date, e.quotes[0]?.dates])).toEqual([[date, dates]]);
  });

  it('keeps the compared event on its own day', () => {
    const { events } = buildTimelineDetailed(
      articleOf(
        '2026-08-10',
        'The crowd on Saturday was the biggest since the quay opened in 1998.',
      ),
    );
    expect(events.map((e) => [e.date, e.quotes[0]?.dates ?? null])).toEqual([
      ['1998', 'the quay opened in 1998'],
      ['2026-08-08', null],
    ]);
  });
});

describe('"since" that is no comparison', () => {
  it.each([
    ['Anna Berg has lived in Tellow since 2011.', '2011'],
    ['The largest employer in Tellow has run the mill since 2011.', '2011'],
    ['The busiest shop on the quay has been closed since March.', '2026-03'],
    ['Production at the quay has been halted since the 2011 explosion.', '2011'],
    // A clause after "since" with no comparison: the state's onset is its date.
    ['The largest employer in Tellow has run the mill since it opened in 2011.', '2011'],
    ['The pier at Tellow has been closed since the storm hit in March.', '2026-03'],
    // Negated, with no degree: the date ends a state ("as" before a noun phrase tells a role).
    ['The river at Tellow has not flooded since 1994.', '1994'],
    ['The Tellow hall has not been used as a venue since 1994.', '1994'],
  ])('keeps the date the state or the occasion began: "%s"', (sentence, date) => {
    expect(datesOf(sentence).dated).toEqual([date]);
  });
});
