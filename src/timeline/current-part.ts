/**
 * "earlier this month", "later this week", "earlier in the year": the part of the unit holding
 * the time of writing that lies before it, or after it. "Earlier" and "later" place the event
 * relative to the moment of speaking inside the unit (Quirk et al. 1985, 8.55 on "earlier" and
 * "later" as relative time adverbs; TimeML's TIMEX3 `mod` START and END do not say which days), so
 * the event falls on a day of the unit before the publication day, or after it. Said on the
 * first day of a month ("earlier this month", published 1 May), or the last ("later this month",
 * 31 May), the unit has no such day: the event is no day of it (a story written the day before
 * and dated the 1st, near midnight or in another time zone, speaks of the month before), and it
 * is left undated rather than shown under a month it may not lie in. A day of its own told so
 * would be "earlier today".
 *
 * A week has two readings, as "this week" has (resolve.ts): weeks counted from Monday (ISO 8601)
 * or from Sunday (US usage). Its part is shown as its month only when both readings leave days
 * on that side of publication and all those days lie in one month ("earlier this week" said on
 * a Monday is Sunday on one reading and no day on the other: undated).
 */
import {
  dayNumber,
  fromDayNumber,
  monthHolding,
  weekdayOf,
  type DateValue,
} from '../text/calendar.js';
import { unresolved, type Resolution } from './resolution.js';

/** Which side of the time of writing the words put the event within its unit. */
export type CurrentPart = 'earlier' | 'later';

/** "earlier" or "later" opening a mention ("earlier this month"). */
const PART_IN_MENTION = /^(?<part>earlier|later)\s/iu;
/** "earlier in" or "later in" right before a mention ("later in the month"). */
const PART_BEFORE = /\b(?<part>earlier|later)\s+in\s+$/iu;

/**
 * The part of its unit a mention names: "earlier" or "later" as the mention's first word
 * ("earlier this week") or right before it with "in" ("later in the month"), else null.
 *
 * @param mention the mention as written
 * @param before the sentence's text before the mention
 */
export function currentPartOf(mention: string, before: string): CurrentPart | null {
  const part = (PART_IN_MENTION.exec(mention) ?? PART_BEFORE.exec(before))?.groups?.part;
  return part === undefined ? null : (part.toLowerCase() as CurrentPart);
}

/** The days `[first, last]` of the unit from `start` to `end` on `part`'s side of day `n`. */
function sideOf(n: number, start: number, end: number, part: CurrentPart): [number, number] {
  return part === 'earlier' ? [start, n - 1] : [n + 1, end];
}

/**
 * The part (`part`) of the week, month or year holding `published` (a day) before or after it,
 * at the unit's precision (a week as its month, with its days): a month with the days of that
 * part, a year; unresolved when the part holds no day on some reading, or a week's part spans
 * two months. See the file header.
 *
 * @param published the publication day
 * @param unit the unit the mention names
 * @param part the side of publication
 */
export function currentPart(
  published: DateValue,
  unit: 'week' | 'month' | 'year',
  part: CurrentPart,
): Resolution {
  if (published.precision !== 'day' || published.month === undefined || published.day === undefined)
    return unresolved(`"${part} this ${unit}" needs a publication day`);
  const { year, month: monthOfYear } = published;
  const n = dayNumber(year, monthOfYear, published.day);
  const none = unresolved(
    `"${part}" said on the ${part === 'earlier' ? 'first' : 'last'} day of the ${unit}${unit === 'week' ? ' (weeks counted from Monday or from Sunday)' : ''}: no day of it lies ${part === 'earlier' ? 'before' : 'after'} publication`,
  );
  if (unit === 'year') {
    const [first, last] = sideOf(n, dayNumber(year, 1, 1), dayNumber(year, 12, 31), part);
    return first > last ? none : { date: { year, precision: 'year' } };
  }
  const starts =
    unit === 'month'
      ? [dayNumber(year, monthOfYear, 1)]
      : [n - ((weekdayOf(n) + 6) % 7), n - weekdayOf(n)];
  const sides = starts.map((start) => {
    const end = unit === 'month' ? dayNumber(year, monthOfYear + 1, 1) - 1 : start + 6;
    return sideOf(n, start, end, part);
  });
  if (sides.some(([first, last]) => first > last)) return none;
  const first = Math.min(...sides.map((s) => s[0]));
  const last = Math.max(...sides.map((s) => s[1]));
  const month = monthHolding(first, last);
  return month
    ? { date: month, days: [fromDayNumber(first).day, fromDayNumber(last).day] }
    : unresolved(`"${part}" in the week: its days span two months`);
}
