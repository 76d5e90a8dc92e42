/**
 * Days listed with one month: "a two-day strike on 2 and 3 November", "on 2, 3 and 4 November",
 * "on 2 and 9 November". Each listed day is a date of its own; days listed in a row (each the
 * day after the one before it) are one stretch, dated from its first day to its last, as "2-3
 * November" is. Without this, only the day written next to the month was read, and a two-day
 * event was dated to its last day.
 */
import { MONTH_RE, monthNumber } from '../text/months.js';
import type { CalendarMention, Mention, MentionReading } from './mention.js';
import { CURRENCY_SIGNS } from '../text/notation-words.js';
import { YEAR } from '../text/year.js';

/** One day number as a list writes it ("2", "3rd"). */
const LISTED_DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;

/**
 * A day number that opens or goes on a list of days ending in "and DAY MONTH" ("2" and "3" of
 * "2, 3 and 9 November"): the month, and the year if written, are read from the list's end.
 * The last day is read with its month by the ordinary rules.
 */
export const LISTED_DAY_RE = new RegExp(
  String.raw`(?<![\p{L}\d.,:${CURRENCY_SIGNS}#/-])(?<day>\d{1,2})(?:st|nd|rd|th)?(?=(?:\s*,\s*${LISTED_DAY})*\s*,?\s+and\s+${LISTED_DAY}\s+(?:of\s+)?(?<month>${MONTH_RE})(?![\p{L}])(?:,?\s+${YEAR})?)`,
  'gu',
);

/** Reads a day {@link LISTED_DAY_RE} found: a calendar day of the list's month (capitalised). */
export function readListedDay(g: Record<string, string | undefined>): MentionReading | null {
  if (!/^\p{Lu}/u.test(g.month ?? '')) return null;
  const month = monthNumber(g.month ?? '');
  const day = Number(g.day);
  if (month === undefined || !(day >= 1 && day <= 31)) return null;
  return {
    kind: 'calendar',
    since: false,
    shift: null,
    month,
    day,
    ...(g.year === undefined ? {} : { year: Number(g.year) }),
  };
}

/** What may stand between two listed days: a comma, "and", or both. */
const LIST_LINK = /^\s*(?:,\s*(?:and\s+)?|,?\s+and\s+)$/u;

/** The last day a calendar mention covers, when it is a day (of a range, its end's). */
function lastDay(m: CalendarMention): number | undefined {
  return m.until === undefined ? m.day : m.until.day;
}

/**
 * Joins days listed in a row into one stretch: a day, then across a comma or "and" the day
 * after it (or a stretch starting then) of the same month and year, becomes one mention from
 * the first to the last ("2, 3 and 4 November": 2 to 4 November). Days not in a row stay apart.
 */
export function joinListedDays(mentions: readonly Mention[], text: string): Mention[] {
  const joined: Mention[] = [];
  for (const m of mentions) {
    const previous = joined[joined.length - 1];
    if (
      previous?.kind === 'calendar' &&
      m.kind === 'calendar' &&
      previous.season === undefined &&
      m.season === undefined &&
      previous.month !== undefined &&
      previous.month === m.month &&
      previous.year === m.year &&
      previous.shift === null &&
      m.shift === null &&
      !previous.since &&
      !m.since &&
      m.day !== undefined &&
      lastDay(previous) !== undefined &&
      m.day === (lastDay(previous) as number) + 1 &&
      (previous.until === undefined || previous.until.month === previous.month) &&
      (m.until === undefined || m.until.month === m.month) &&
      LIST_LINK.test(text.slice(previous.end, m.start))
    ) {
      joined[joined.length - 1] = {
        ...previous,
        until: { year: m.year, month: m.month, day: lastDay(m) },
        end: m.end,
        text: text.slice(previous.start, m.end),
      };
      continue;
    }
    joined.push(m);
  }
  return joined;
}
