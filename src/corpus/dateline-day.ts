/**
 * The day a dateline names. A weekday in a dateline ("KESTREL BAY, Saturday —", the
 * style of British regional papers) states the day the story was filed from, in the week up to
 * its publication (AP Stylebook, "datelines"): so the story's "today", "yesterday" and "on
 * Friday" count from that day, not from the publication date. So does a dateline's date that
 * differs from a stated time stamp's by a time zone ({@link filedDay}).
 */
import { dayNumber, formatDate, fromDayNumber, parseIsoDate, weekdayOf } from '../text/calendar.js';
import { findDate } from './dates.js';
import { yearlessMonthDay } from './wire-dateline.js';

/**
 * The date, `YYYY-MM-DD`, of the last `weekday` (0 Sunday to 6 Saturday) in the six days before
 * `published` (`YYYY-MM-DD`). Null when the weekday cannot be placed there: `published` is
 * null or not a day (`YYYY-MM`, `YYYY`), the weekday is null or is the publication's own day
 * (then the story speaks from its publication day, and nothing changes).
 *
 * @example
 * datelineDay('2025-10-05', 6) // '2025-10-04' (Sunday 5 October; Saturday is the day before)
 * datelineDay('2025-10-05', 0) // null (the publication's own weekday)
 */
export function datelineDay(published: string | null, weekday: number | null): string | null {
  if (published === null || weekday === null) return null;
  const date = parseIsoDate(published);
  if (date?.month === undefined || date.day === undefined) return null;
  const day = dayNumber(date.year, date.month, date.day);
  const back = (weekdayOf(day) - weekday + 7) % 7;
  if (back === 0) return null;
  return formatDate({ ...fromDayNumber(day - back), precision: 'day' });
}

/**
 * The reason cleaning gives a wire dateline it took off the story's first paragraph
 * (corpus/date-rules.ts `readWireDateline`).
 */
const WIRE_DATELINE = 'wire dateline';

/**
 * The day a wire dateline's date names ("NEW YORK, March 10 (Reuters) —", "WASHINGTON, March
 * 10, 2025 —") when it differs from the stated publication day `published` (`YYYY-MM-DD`) by no
 * more than the dateline rule allows: up to six days before (the story filed earlier that week,
 * as for a weekday, {@link datelineDay}) or one day after. A dateline's date is the local date
 * where the story was filed (AP Stylebook, "datelines"), while a stated time stamp is often
 * given in UTC ("2025-03-11T03:30:00Z" for a story filed at 22:30 in New York on 10 March): one
 * instant falls on local dates at most a day apart anywhere (UTC offsets run from −12:00 to
 * +14:00), so the story's "today" is the dateline's day, not the time stamp's. A date without a
 * year (`--MM-DD`) is placed in the year that puts it nearest publication. Null when the
 * dateline states no day, the publication is no day, the two agree, or they lie further apart
 * (then the stated publication day stands).
 *
 * @param published the publication day the article states, or null
 * @param filed the dateline's date, `YYYY-MM-DD` or `--MM-DD`, or null
 * @example
 * filedDay('2025-03-11', '--03-10') // '2025-03-10'
 * filedDay('2025-03-10', '2025-03-11') // '2025-03-11'
 * filedDay('2025-03-11', '2025-03-01') // null (ten days before)
 */
export function filedDay(published: string | null, filed: string | null): string | null {
  const date = published === null ? null : parseIsoDate(published);
  if (date?.month === undefined || date.day === undefined || filed === null) return null;
  const day = dayNumber(date.year, date.month, date.day);
  const match = /^(?:(\d{4})|--)-?(\d{2})-(\d{2})$/u.exec(filed);
  if (match === null) return null;
  const [month, dayOfMonth] = [Number(match[2]), Number(match[3])];
  const years =
    match[1] === undefined ? [date.year - 1, date.year, date.year + 1] : [Number(match[1])];
  for (const year of years) {
    const n = dayNumber(year, month, dayOfMonth);
    if (n !== day && n >= day - 6 && n <= day + 1)
      return formatDate({ ...fromDayNumber(n), precision: 'day' });
  }
  return null;
}

/**
 * The date a wire dateline among the lines cleaning dropped states: `YYYY-MM-DD` for a full date
 * (dates.ts `findDate`), `--MM-DD` for a day without a year ("NEW YORK, March 10 (Reuters)",
 * wire-dateline.ts `yearlessMonthDay`), else `monthDay` (the yearless day cleaning kept), or
 * null.
 */
export function wireDatelineDate(
  dropped: ReadonlyArray<{ line: string; reason: string }>,
  monthDay: string | null,
): string | null {
  const wire = dropped.find((line) => line.reason === WIRE_DATELINE);
  if (wire === undefined) return monthDay;
  const full = findDate(wire.line);
  if (full !== null) return full;
  // The date is the dateline's last parts, before the outlet's bracket: "NEW YORK, March 10",
  // or all of it where no place is stated ("March 10 (MNA)").
  const parts = wire.line.replace(/\s*\([^()]*\)\s*$/u, '').split(/\s*,\s*/u);
  for (let k = 0; k < parts.length; k += 1) {
    const day = yearlessMonthDay(parts.slice(k).join(', '));
    if (day !== null) return day;
  }
  return monthDay;
}
