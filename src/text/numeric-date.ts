/**
 * Which of a date's figures is the day and which the month, for a date written in figures
 * ("05.03.2021", "10/14/2026", "11/17"): the one reading of numeric dates that page metadata
 * (corpus/metadata-line.ts, "Posted: 10/14/2026") and questions (engine/question-numeric-dates.ts,
 * "what happened 11/17/2026") share.
 *
 * With dots a date is day first in every convention that writes it so (CLDR's short date
 * formats for de, ru, pl, no …). With slashes it is month first in the US and day first in most
 * other countries (CLDR's short formats for en-US and en-GB), so it is read only when the order
 * does not matter: one of the two figures cannot be a month (over 12: "10/14" is 14 October,
 * "14/10" too), or both are the same ("5/5"). "11/05" could be 5 November or 11 May: it is not
 * read (null), never guessed.
 */

import { isRealDate } from './dates.js';

/** The separator between a numeric date's figures. */
export type NumericDateSeparator = '.' | '/';

/** A day (1–31) and a month (1–12), not yet checked against a year's calendar. */
export interface DayAndMonth {
  day: number;
  month: number;
}

/**
 * The day and month of a date's two leading figures `first` and `second` written with
 * `separator`, or null when either order could be meant (see the file header) or the figures
 * name no day and month (a month over 12, a day over 31 or 0). Check the day against the year
 * with text/dates.ts `isRealDate` when a year is known.
 *
 * @example
 * numericDayAndMonth(10, 14, '/') // { day: 14, month: 10 }
 * numericDayAndMonth(5, 3, '.') // { day: 5, month: 3 }
 * numericDayAndMonth(11, 5, '/') // null (5 November or 11 May)
 */
export function numericDayAndMonth(
  first: number,
  second: number,
  separator: NumericDateSeparator,
): DayAndMonth | null {
  if (separator === '/' && first <= 12 && second <= 12 && first !== second) return null;
  // Day first, unless slashes and only the second figure can be a day ("03/25/2021").
  const [day, month] = separator === '/' && second > 12 ? [second, first] : [first, second];
  if (!Number.isInteger(day) || !Number.isInteger(month)) return null;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { day, month } : null;
}

/** A date in figures with a four-digit year: "05.03.2021", "10/14/2026". */
const NUMERIC_DATE = /^(\d{1,2})([./])(\d{1,2})\2(\d{4})\b/;

/**
 * The date in figures opening `text` as `YYYY-MM-DD` (`date` null when day and month could be
 * either, {@link numericDayAndMonth}, or the day is not in the month), with where it ends; null
 * when `text` opens with no such date.
 *
 * @example
 * numericDate('22/04/2026 09:15') // { date: '2026-04-22', end: 10 }
 */
export function numericDate(text: string): { date: string | null; end: number } | null {
  const match = NUMERIC_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[4]);
  const end = match[0].length;
  const read = numericDayAndMonth(Number(match[1]), Number(match[3]), match[2] as '.' | '/');
  if (read === null) return { date: null, end };
  const { day, month } = read;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { date: isRealDate(year, month, day) ? iso : null, end };
}
