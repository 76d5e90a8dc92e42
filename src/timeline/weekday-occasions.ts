/**
 * Named days that fall on a weekday: the moveable feasts of Easter ("Good Friday", "Easter
 * Monday", "Whit Monday") and a holiday named with its weekday ("Bank Holiday Monday").
 *
 * - A feast of Easter has a calendar rule that holds everywhere the Western churches' Easter is
 *   kept (the Gregorian computus): it is the nearest such feast before the publication day when
 *   its sentence speaks of the past (on it or before), after it when of the future, that of the
 *   year written with it ("Good Friday 2025"), "last" or "next" one counted from publication. Not
 *   after "Orthodox": the Eastern churches reckon Easter by the Julian calendar.
 * - A holiday named with its weekday ("Bank Holiday Monday", "the spring bank holiday Monday") has
 *   a rule only per country (the UK's spring bank holiday is the last Monday of May, Ireland's
 *   June holiday the first Monday of June), and an article does not state its country: it is read
 *   as the weekday alone, counted from publication with the sentence's tense as a bare "on
 *   Monday" is (resolve.ts). With a month named ("the August bank holiday Monday") it is that
 *   month, whose Monday is the country's rule; with Easter named, Easter Monday.
 * - A holiday whose name holds no weekday and whose day depends on the country ("Memorial Day",
 *   "Labor Day", "Thanksgiving") is not read: which country's is meant is not stated.
 */
import { dayNumber } from '../text/calendar.js';
import { publicationDay } from './spans.js';
import type { DateValue } from '../text/calendar.js';
import { dayValue, unresolved, type Resolution } from './resolution.js';
import type { Tense } from './tense.js';
import { MONTH_RE, WEEKDAY_RE, WEEKDAYS, monthNumber } from '../text/months.js';
import { YEAR } from '../text/year.js';
import type { MentionReading } from './mention.js';

/** A feast of Easter: "Good Friday", "Easter Monday", "last Whit Monday", "Good Friday 2025". */
export interface EasterFeastMention {
  kind: 'easter-feast';
  /** Days from Easter Sunday (Good Friday -2, Easter Monday 1). */
  fromEaster: number;
  shift: 'last' | 'next' | null;
  year?: number;
}

/** The feasts of Easter by name, lower-cased, with their distance in days from Easter Sunday. */
const FEASTS: ReadonlyMap<string, number> = new Map([
  ['shrove tuesday', -47],
  ['ash wednesday', -46],
  ['palm sunday', -7],
  ['maundy thursday', -3],
  ['holy thursday', -3],
  ['good friday', -2],
  ['easter sunday', 0],
  ['easter day', 0],
  ['easter monday', 1],
  ['ascension day', 39],
  ['ascension thursday', 39],
  ['whit sunday', 49],
  ['whitsunday', 49],
  ['pentecost sunday', 49],
  ['whit monday', 50],
]);

const FEAST_RE = [...FEASTS.keys()].map((name) => name.replace(/\s+/gu, String.raw`\s+`)).join('|');

/** "Good Friday", "last Easter Monday", "Whit Monday 2025"; not "Orthodox Easter Monday". */
export const EASTER_FEAST_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?<shift>[Ll]ast|[Nn]ext)\s+)?(?<!\borthodox\s+)(?<feast>${FEAST_RE})(?![\p{L}])(?:,?\s+${YEAR})?`,
  'giu',
);

/**
 * A holiday named with its weekday: "Bank Holiday Monday", "the spring bank holiday Monday",
 * "the August bank holiday Monday", "Easter bank holiday Monday".
 */
export const HOLIDAY_WEEKDAY_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?<shift>[Ll]ast|[Nn]ext)\s+)?(?:(?:[Ee]arly\s+|[Ll]ate\s+)?(?:(?<month>${MONTH_RE})|(?<easter>[Ee]aster)|[Ss]pring|[Ss]ummer|[Cc]hristmas|[Nn]ew\s+[Yy]ear['’]?s?)\s+)?(?:[Bb]ank|[Pp]ublic)\s+[Hh]oliday\s+(?<weekday>${WEEKDAY_RE})(?![\p{L}])`,
  'gu',
);

/**
 * What {@link EASTER_FEAST_RE} or {@link HOLIDAY_WEEKDAY_RE} reads from its groups. A holiday
 * weekday with a month named ("the August bank holiday Monday") is that month: which of its
 * weekdays is the country's rule, not stated; with Easter named, Easter Monday; otherwise the
 * weekday alone.
 */
export function readWeekdayOccasion(
  groups: Record<string, string | undefined>,
): MentionReading | null {
  const shift = (groups.shift?.toLowerCase() as 'last' | 'next' | undefined) ?? null;
  if (groups.weekday !== undefined) {
    const weekday = WEEKDAYS.get(groups.weekday) ?? 0;
    if (groups.easter !== undefined)
      return weekday === 1 ? { kind: 'easter-feast', fromEaster: 1, shift } : null;
    const month = groups.month === undefined ? undefined : monthNumber(groups.month);
    if (month !== undefined) return { kind: 'calendar', month, since: false, shift };
    return { kind: 'weekday', weekday, shift };
  }
  const fromEaster = FEASTS.get((groups.feast ?? '').toLowerCase().replace(/\s+/gu, ' '));
  if (fromEaster === undefined) return null;
  return {
    kind: 'easter-feast',
    fromEaster,
    shift,
    ...(groups.year ? { year: Number(groups.year) } : {}),
  };
}

/**
 * The day number of Western Easter Sunday in a Gregorian year, by the anonymous Gregorian
 * algorithm (Meeus, Astronomical Algorithms, 2nd ed., 1998, ch. 8; first printed in Nature, 20
 * April 1876).
 */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(year, month, day);
}

/**
 * The day of a feast of Easter: in the year written with it; else, counted from the publication
 * day, the latest on or before it for a past sentence (strictly before for "last"), the first on
 * or after it for a future one (strictly after for "next"). Undated with no publication day, or
 * when the sentence says neither side.
 */
export function resolveEasterFeast(
  m: EasterFeastMention,
  published: DateValue | null,
  tense: Tense,
): Resolution {
  if (m.year !== undefined) return { date: dayValue(easterSunday(m.year) + m.fromEaster) };
  const pub = publicationDay(published);
  if (pub === null || published === null)
    return unresolved('a feast of Easter without a year needs the day of publication');
  const side = m.shift === 'last' ? -1 : m.shift === 'next' ? 1 : tense === 'past' ? -1 : 0;
  if (side === 0 && tense !== 'future')
    return unresolved('the sentence does not say whether the feast is past or ahead');
  const days = [published.year - 1, published.year, published.year + 1].map(
    (year) => easterSunday(year) + m.fromEaster,
  );
  const day =
    side < 0
      ? days.filter((n) => (m.shift === 'last' ? n < pub : n <= pub)).at(-1)
      : days.find((n) => (m.shift === 'next' ? n > pub : n >= pub));
  // Never reached: a feast falls once a year, so one lies within a year on either side.
  if (day === undefined) return unresolved('no such feast within a year of publication');
  return { date: dayValue(day) };
}
