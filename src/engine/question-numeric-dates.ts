/**
 * Dates a question writes in figures ("what happened 11/17/2026", "what happened on 11/17"), as
 * US pages write them ("Posted: 10/14/2026"). They name a date, so the question is given them
 * as English news writes a date ("17 November 2026"), which the date reading of plans, the
 * timeline and the "what happened on" answers already know. Day and month are told apart by the
 * one rule page metadata uses (text/numeric-date.ts): a figure over 12 is the day. A date either
 * order could name ("11/05/2026": 5 November or 11 May) is left as typed, never guessed: its
 * figures are searched as words, and no date is read from it.
 */
import { MONTHS } from '../text/months.js';
import { isRealDate } from '../text/dates.js';
import { numericDayAndMonth } from '../text/numeric-date.js';

/**
 * A date in figures: month and day with slashes, a year of four or two figures after a third
 * slash or none, not inside a longer run of figures or slashes ("1/2/3/4", "10/14/20265").
 */
const NUMERIC_DATE = /(?<![\d/.])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/]|\.\d)/g;

/**
 * Words before a date without a year: "on 11/17", "since 10/14", "what happened 11/17". Without
 * a year, figures with a slash are as often a fraction or a ratio ("1/16 inch", "a 9/11
 * commission"), so they are read as a date only where the question asks about one.
 */
const BEFORE_YEARLESS =
  /\b(?:on|since|before|after|by|until|till|from|through|to|and|between|of|happened|occurred)\s+$/i;

/** Each month's full name by number (1–12): the longest spelling text/months.ts knows. */
const MONTH_NAMES = new Map<number, string>();
for (const [spelling, month] of MONTHS)
  if ((MONTH_NAMES.get(month) ?? '').length < spelling.length) MONTH_NAMES.set(month, spelling);

/** A two-figure year as the 21st century's: questions ask about recent coverage ("11/17/26"). */
const CENTURY = 2000;

/**
 * `question` with each date it writes in figures (see the file header) written as "17 November
 * 2026" or "17 November", padded with spaces so it never joins a neighbouring word. Figures
 * that name no real day ("2/30/2026"), or either of two, are left as typed. Linear in the
 * question's length.
 *
 * @example
 * withNumericDatesWritten('what happened 11/17/2026') // 'what happened  17 November 2026 '
 * withNumericDatesWritten('what happened on 11/17?') // 'what happened on  17 November ?'
 * withNumericDatesWritten('what happened on 11/05/2026') // unchanged
 */
export function withNumericDatesWritten(question: string): string {
  if (!question.includes('/')) return question;
  return question.replace(
    NUMERIC_DATE,
    (typed, first: string, second: string, year: string | undefined, offset: number) => {
      if (year === undefined && !BEFORE_YEARLESS.test(question.slice(0, offset))) return typed;
      const read = numericDayAndMonth(Number(first), Number(second), '/');
      if (read === null) return typed;
      const { day, month } = read;
      const fullYear = year === undefined ? null : Number(year) + (year.length === 2 ? CENTURY : 0);
      // A day no month has (30 February) is checked in a leap year when no year is named.
      if (!isRealDate(fullYear ?? 2000, month, day)) return typed;
      return ` ${day} ${MONTH_NAMES.get(month) ?? ''}${fullYear === null ? '' : ` ${fullYear}`} `;
    },
  );
}
