/**
 * A passage that dates its event in another month than the one a question's time adjunct names
 * (plan/time-adjunct.ts: "why was the beach closed in November" and "The beach was closed again
 * on 20 March") tells another event: the adjunct restricts the event asked to its time (Quirk et
 * al. 1985, §8.51). Its dates are its own as the timeline reads them (select/fact-resolved-time.ts
 * `statedPeriods`), a time counted from publication resolved from its article's date ("closed on
 * Saturday" in an article of 18 November). A passage stating no date, or one the timeline leaves
 * unresolved, tells no other time: news reports the days just before it was published as often.
 */
import { dayNumber, fromDayNumber, type DayInterval } from '../text/calendar.js';

/** A period this long holds every month of the year. */
const YEAR_DAYS = 365;

/** True when `period` holds a day of month `month` (1–12) of any year. */
function holdsMonth({ first, last }: DayInterval, month: number): boolean {
  if (last - first >= YEAR_DAYS) return true;
  let { year, month: at } = fromDayNumber(first);
  while (dayNumber(year, at, 1) <= last) {
    if (at === month) return true;
    if (++at > 12) [year, at] = [year + 1, 1];
  }
  return false;
}

/**
 * True when a passage's dates (`periods`, as {@link statedPeriods} reads them) are some, and none
 * holds a day of month `month` (1–12): the passage places its event in another month.
 *
 * @example
 * // 20 March 2025 only, November asked → true; 16 November 2024 → false; no date → false
 */
export function datedInOtherMonth(periods: readonly DayInterval[], month: number): boolean {
  return periods.length > 0 && !periods.some((period) => holdsMonth(period, month));
}
