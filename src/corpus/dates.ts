/**
 * Dates as articles write them in their furniture: a dateline ("December 18, 2020",
 * "27 August 2020", "2020-08-27", "Friday, Dec. 18, 2020"), alone on a line or inside a
 * "Published …" or byline line.
 */
import { isRealDate } from '../text/dates.js';
import { MONTH_RE, monthNumberIgnoringCase } from '../text/months.js';

const DATE = `(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?(?:(${MONTH_RE})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})|(\\d{1,2})\\.?\\s+(${MONTH_RE})\\.?,?\\s+(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))`;
const DATE_START = new RegExp(`^${DATE}(?![\\w-])`, 'i');
const DATE_ANYWHERE = new RegExp(`(?<![\\w-])${DATE}(?![\\w-])`, 'i');

function dateOf(match: RegExpExecArray): string | null {
  let year: number;
  let month: number;
  let day: number;
  if (match[1]) {
    month = monthNumberIgnoringCase(match[1]) ?? 0;
    day = Number(match[2]);
    year = Number(match[3]);
  } else if (match[5]) {
    month = monthNumberIgnoringCase(match[5]) ?? 0;
    day = Number(match[4]);
    year = Number(match[6]);
  } else {
    year = Number(match[7]);
    month = Number(match[8]);
    day = Number(match[9]);
  }
  if (!isRealDate(year, month, day)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A wire-style dateline's place before the date, in capitals ("MARROWICK, ", "NEW YORK, "): the
 * AP and Reuters style of opening a dateline with the city. Case-sensitive on purpose, so a
 * sentence ("Minsk, December 18, 2020") is not read as one.
 */
const WIRE_PLACE = /^\p{Lu}[\p{Lu} .'’-]*\p{Lu},\s+/u;
/** The dash that leads from a dateline into the story ("MARROWICK, Jan. 14, 2021 —"). */
const TRAILING_DASH = /\s*[—–-]+$/;
/**
 * What may follow a date in a time stamp: a time and zone ("10.02 BST", ", 08:15", "at 6:02
 * p.m. EST"), or nothing. A date line with its time ("6 November 2025, 07:10") is the page's
 * time stamp as much as the date alone.
 */
export const TIME_AFTER_DATE =
  /^(?:,?\s*(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*\(?(?:[A-Z]{2,5}|(?:GMT|UTC)[+-]?\d{0,2}(?::?\d{2})?)\)?)?)?$/i;

/**
 * A time before the date: "09:14 GMT, 5 March 2021", "10:32 AM EDT, Sat March 5, 2022",
 * "06:00, 19 MAR 2025". A time stamp written time first is the page's time stamp all the same.
 */
export const TIME_BEFORE_DATE =
  /^\d{1,2}[:.]\d{2}(?![./]\d)(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?\s*,?\s*/i;

/**
 * Reads a line that is only a date ("December 18, 2020", "27 August 2020", "2020-08-27"),
 * optionally after a place in capitals, before a dash ("MARROWICK, January 14, 2021 —") or
 * with its time after or before it ("6 November 2025, 07:10", "06:00, 19 MAR 2025";
 * {@link TIME_AFTER_DATE}, {@link TIME_BEFORE_DATE}), as a dateline, and
 * returns it as `YYYY-MM-DD`; `null` for any other line or an impossible date.
 */
export function parseDateline(line: string): string | null {
  const text = line
    .trim()
    .replace(WIRE_PLACE, '')
    .replace(TRAILING_DASH, '')
    .replace(TIME_BEFORE_DATE, '');
  const match = DATE_START.exec(text);
  if (!match || !TIME_AFTER_DATE.test(text.slice(match[0].length).trim())) return null;
  return dateOf(match);
}

/** The first date written in `text` (as {@link parseDateline} reads one) and where it is, or null. */
export function findDateSpan(text: string): { date: string; start: number; end: number } | null {
  const match = DATE_ANYWHERE.exec(text);
  const date = match ? dateOf(match) : null;
  return match && date ? { date, start: match.index, end: match.index + match[0].length } : null;
}

/** The first date written in `text`, as `YYYY-MM-DD`, or null. */
export function findDate(text: string): string | null {
  return findDateSpan(text)?.date ?? null;
}
