/**
 * A weekday written with a date: "Friday 5 December", "Friday, December 5". It says which years
 * the date can be in: 5 December is a Friday in 2025, not in 2024. A yearless date whose year the
 * other rules chose is kept to a year in which it falls on that weekday.
 */
import { WEEKDAY_RE, WEEKDAYS } from '../text/months.js';
import { isRealDate } from '../text/dates.js';
import { dayNumber, weekdayOf } from '../text/calendar.js';

/** A weekday right before a date, its comma and a "the" allowed: "Friday 5 December", "Friday, the 5th of December". */
const WEEKDAY_BEFORE = new RegExp(`\\b(${WEEKDAY_RE}),?\\s+(?:the\\s+)?$`, 'u');

/**
 * The weekday (0 Sunday … 6 Saturday) written right before the date at `start` of `sentence`
 * ("on Friday 5 December"), or null.
 */
export function weekdayWritten(sentence: string, start: number): number | null {
  const name = WEEKDAY_BEFORE.exec(sentence.slice(0, start))?.[1];
  return name === undefined ? null : (WEEKDAYS.get(name) ?? null);
}

/**
 * The year, among `year` and the years either side of it, in which `month`/`day` falls on
 * `weekday`: `year` itself when it does, else the one neighbour that does (a day's weekday moves
 * by one or two a year, so at most one of the two can), else null. `year` is the one the other
 * rules chose, nearest the publication date; a year two away would be a guess.
 */
export function yearOnWeekday(
  year: number,
  month: number,
  day: number,
  weekday: number,
): number | null {
  for (const candidate of [year, year - 1, year + 1]) {
    if (
      isRealDate(candidate, month, day) &&
      weekdayOf(dayNumber(candidate, month, day)) === weekday
    )
      return candidate;
  }
  return null;
}
