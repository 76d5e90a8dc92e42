/**
 * Calendar dates a question states with a month and a day or a year ("the aug 9 vote", "the
 * nov 2020 surge", "on March 4, 2021"), read as one value: a date's parts name one day or one
 * month together (a calendar date is a single point or interval, ISO 8601; temporal expressions
 * are normalised as a whole, TimeML's TIMEX3 value: Pustejovsky et al. 2003). So an article
 * published on another day of that month, or in that month of another year, is not of the date
 * the question states, though it shares one of its words: "aug" of "aug 9" says nothing for an
 * article of August 27, nor "nov" of "nov 2020" for one of November 2021
 * (plan/source-match.ts `matchSources`).
 */
import { MONTHS } from '../../text/months.js';
import { termsOf } from '../../text/terms.js';
import { isYear } from '../../text/year.js';

/** A date a question states: its terms, and the parts it gives (the month always). */
export interface StatedDate {
  /** The index terms that write it, as the question does ("aug", "9"). */
  terms: ReadonlySet<string>;
  month: number;
  day?: number;
  year?: number;
}

/** Index term of a month's name or abbreviation → its number (1–12). */
const MONTH_OF_TERM: ReadonlyMap<string, number> = new Map(
  [...MONTHS].flatMap(([spelling, month]) => termsOf(spelling).map((t) => [t, month] as const)),
);

/** A day of the month, as written or as an ordinal ("9", "9th"). */
const DAY = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/;

/**
 * The dates `terms` (a question's index terms, in order) state: a month's term with a day
 * (1–31) right before or after it and/or a year in prose (text/year.ts, 1500–2099: a month word
 * is as often a verb or a modal, "may 1200 homes", so no earlier year) right after it or after
 * its day.
 * A month alone, or a number beside no month, states no date here.
 *
 * @example
 * statedDates(termsOf('what term did the aug 9 vote give him'))
 * // [{ terms: Set {'aug', '9'}, month: 8, day: 9 }]
 */
export function statedDates(terms: readonly string[]): StatedDate[] {
  const dates: StatedDate[] = [];
  terms.forEach((term, i) => {
    const month = MONTH_OF_TERM.get(term);
    if (month === undefined) return;
    const written = [term];
    let day: number | undefined;
    let year: number | undefined;
    let next = i + 1;
    if (DAY.test(terms[next] ?? '')) {
      day = parseInt(terms[next] as string, 10);
      written.push(terms[next] as string);
      next += 1;
    } else if (DAY.test(terms[i - 1] ?? '')) {
      day = parseInt(terms[i - 1] as string, 10);
      written.push(terms[i - 1] as string);
    }
    if (isYear(terms[next] ?? '')) {
      year = Number(terms[next]);
      written.push(terms[next] as string);
    }
    if (day === undefined && year === undefined) return;
    dates.push({
      terms: new Set(written),
      month,
      ...(day === undefined ? {} : { day }),
      ...(year === undefined ? {} : { year }),
    });
  });
  return dates;
}

/**
 * True when `date` cannot be the day `published` (year·10⁴ + month·10² + day, an unstated part
 * 0, as plan/source-match.ts's catalog keeps it): a part both state differs. False when the
 * publication date is not known.
 */
export function disagrees(date: StatedDate, published: number | undefined): boolean {
  if (published === undefined) return false;
  const year = Math.floor(published / 10_000);
  const month = Math.floor(published / 100) % 100;
  const day = published % 100;
  return (
    (year !== 0 && date.year !== undefined && date.year !== year) ||
    (month !== 0 && date.month !== month) ||
    (day !== 0 && date.day !== undefined && date.day !== day)
  );
}
