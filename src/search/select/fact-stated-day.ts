/**
 * The days two passages state, compared: a weekday or a date with its day each, read from
 * fact-values.ts. A figure that holds at one time (a count of those who took part, a weight at
 * a check) is one figure only on one day: the same stated day makes two reports of it one
 * measure, different stated days two.
 */
import { compatibleDates, type FactValues } from './fact-values.js';

/** The dates a passage states with their day ("9 March", "March 9, 2026"). */
const daysOf = (values: FactValues) => values.dates.filter((date) => date.day !== null);

/**
 * True when each passage states one day (a weekday, a date with its day, or both) and the two
 * can be one day: both name a weekday and it is the same, or both give a date and the dates are
 * compatible (fact-values.ts `compatibleDates`), and neither names two.
 */
export function onOneStatedDay(a: FactValues, b: FactValues): boolean {
  const da = daysOf(a);
  const db = daysOf(b);
  if (a.weekdays.length > 1 || b.weekdays.length > 1 || da.length > 1 || db.length > 1)
    return false;
  const weekday = a.weekdays.length === 1 && b.weekdays.length === 1;
  const dated = da.length === 1 && db.length === 1;
  if (!weekday && !dated) return false;
  if (a.weekdays.length === 1 && b.weekdays.length === 1 && a.weekdays[0] !== b.weekdays[0])
    return false;
  return !dated || compatibleDates(da[0]!, db[0]!);
}

/**
 * True when both passages state dates with their day and no date of one can be a date of the
 * other (fact-values.ts `compatibleDates`: "3 March" / "9 March"): two days, whatever else they
 * share.
 */
export function statedDaysApart(a: FactValues, b: FactValues): boolean {
  const da = daysOf(a);
  const db = daysOf(b);
  return da.length > 0 && db.length > 0 && !da.some((x) => db.some((y) => compatibleDates(x, y)));
}
