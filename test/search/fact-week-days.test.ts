/**
 * A week counted from publication ("last week") names its days in a fact comparison
 * (fact-resolved-time.ts): the week from Monday or from Sunday (timeline/week-days.ts
 * `weekDays`, both readings: eight days), also when it spans two months, which the timeline
 * shows as no month. Invented sentences; 1 April 2027 is a Thursday, 7 April a Wednesday.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { passageTime, resolvedDays } from '../../src/search/select/fact-resolved-time.js';
import { dayNumber } from '../../src/text/calendar.js';

const dayOf = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return dayNumber(y, m, d);
};
const span = (first: string, last: string) => ({ first: dayOf(first), last: dayOf(last) });

const thursday = 'A petition signed by 812 people was handed in at the town hall on Thursday.';
const lastWeek = (count: number) =>
  `Campaigners handed in a petition signed by ${count} people at the town hall last week.`;

describe('a week counted from publication', () => {
  it('resolves to the days of the week, when it spans two months too', () => {
    // Wednesday 7 April 2027: last week is 29 March–4 April from Monday, 28 March–3 April from Sunday.
    expect(resolvedDays(passageTime(lastWeek(812)), '2027-04-07')).toEqual([
      span('2027-03-28', '2027-04-04'),
    ]);
    // Wednesday 21 April 2027: 11–18 April, not the whole of April.
    expect(resolvedDays(passageTime(lastWeek(812)), '2027-04-21')).toEqual([
      span('2027-04-11', '2027-04-18'),
    ]);
    // "Early" keeps the week's first days (week-days.ts `withWeekPart`).
    expect(
      resolvedDays(passageTime('The petition was handed in early last week.'), '2027-04-21'),
    ).toEqual([span('2027-04-11', '2027-04-14')]);
  });

  it('sets a weekday of that week against it: one act, one figure or two', () => {
    const days = (b: string): [string, string] => ['2027-04-02', b];
    expect(classifyFacts(thursday, lastWeek(812), { published: days('2027-04-07') })).toMatchObject(
      { kind: 'same-fact' },
    );
    expect(classifyFacts(thursday, lastWeek(900), { published: days('2027-04-07') })).toMatchObject(
      { kind: 'disagree', aspect: 'number' },
    );
  });

  it('keeps apart a week that does not hold the day', () => {
    // "Last week" of 21 April 2027 is 11–18 April; "on Thursday" of 2 April is 1 April.
    for (const count of [812, 900])
      expect(
        classifyFacts(thursday, lastWeek(count), { published: ['2027-04-02', '2027-04-21'] }).kind,
      ).toBe('different-fact');
  });
});
