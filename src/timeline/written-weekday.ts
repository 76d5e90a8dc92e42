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
 * The year, of `year` (the one the other rules chose) and `nearest` (the one putting the day
 * nearest the publication date, null when that date is unknown), in which `month`/`day` falls on
 * `weekday`: `year` itself when it does, else `nearest`, else null. A date near the time of
 * writing is told without its year (news style writes the year only for a date outside the
 * current one), so a weekday confirms the year that puts the date near publication, and one it
 * matches only a year further off contradicts the text rather than placing the date there.
 *
 * @example
 * yearOnWeekday(2024, 12, 5, 5, 2025) // 2025: "switched on on Friday 5 December", published 29 November 2025
 * yearOnWeekday(2026, 7, 21, 1, 2026) // null: "Monday 21 July", published 24 July 2026; 2025's is a year back
 */
export function yearOnWeekday(
  year: number,
  month: number,
  day: number,
  weekday: number,
  nearest: number | null,
): number | null {
  for (const candidate of nearest === null ? [year] : [year, nearest]) {
    if (
      isRealDate(candidate, month, day) &&
      weekdayOf(dayNumber(candidate, month, day)) === weekday
    )
      return candidate;
  }
  return null;
}
