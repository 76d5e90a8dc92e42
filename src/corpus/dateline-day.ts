/**
 * The day a dateline's weekday names. A weekday in a dateline ("KESTREL BAY, Saturday —", the
 * style of British regional papers) states the day the story was filed from, in the week up to
 * its publication (AP Stylebook, "datelines"): so the story's "today", "yesterday" and "on
 * Friday" count from that day, not from the publication date.
 */
import { dayNumber, formatDate, fromDayNumber, parseIsoDate, weekdayOf } from '../text/calendar.js';

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
