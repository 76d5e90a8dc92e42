/**
 * Times of day two reports give (text/clock-time.ts `CLOCK_TIME`: "2am", "9.40 p.m.", "14:00",
 * "noon"): "failed at 2am" and "failed at 3am" are two moments, so never one fact, whatever
 * else the reports share; "about 2am" and "2am" may be one. An approximate time ("about",
 * "around": fact-values.ts `APPROXIMATE`) allows half a unit of its last significant digit either
 * side, as an approximate figure does (options.ts `approximateShare`): "about 2am" is 1.30–2.30,
 * "about 2.30am" 2.25–2.35. "Dawn" and "dusk" name no minute, and are not compared.
 */
import { CLOCK_TIME, HOUR_WORDS } from '../../text/clock-time.js';
import { APPROXIMATE } from './fact-values.js';
import { matchesOf } from '../../text/matches-of.js';

/** A time of day a report gives. */
interface ClockTime {
  /** Minutes after midnight. */
  minutes: number;
  /** True when it names no half of the day: compared modulo twelve hours. */
  twelveHour: boolean;
  /** Minutes either side it allows (0 for an exact time). */
  slack: number;
}

/** Reads one match of {@link CLOCK_TIME} (lower case); null for "dawn", "dusk". */
function readClock(word: string): { minutes: number; twelveHour: boolean } | null {
  if (word === 'noon' || word === 'midday') return { minutes: 720, twelveHour: false };
  if (word === 'midnight') return { minutes: 0, twelveHour: false };
  const m = /^(\d{1,2}|[a-z]+)(?:[.:](\d{2}))?\s*(?:(a)\.?m\.?|(p)\.?m\.?|o['’]clock)?$/.exec(word);
  if (m === null) return null;
  const hour = /^\d/.test(m[1]!) ? Number(m[1]) : HOUR_WORDS.indexOf(m[1]!) + 1;
  if (hour <= 0 || hour > 24) return null;
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  const half = m[3] !== undefined ? 'am' : m[4] !== undefined ? 'pm' : null;
  // "14:00" is a 24-hour time; "six o'clock" names no half of the day.
  const twelveHour = half === null && !word.includes(':');
  const h = half === null ? hour : (hour % 12) + (half === 'pm' ? 12 : 0);
  return { minutes: h * 60 + minute, twelveHour };
}

/**
 * {@link CLOCK_TIME} for finding every match: made once, not for every passage read
 * (`matchAll` works on a copy, so the shared expression's `lastIndex` is never moved).
 */
const EVERY_CLOCK_TIME = new RegExp(CLOCK_TIME.source, 'gi');

/** Each time of day a text gives that names a minute (not "dawn"), with where it stands. */
function readClocks(
  text: string,
): Array<{ start: number; end: number; minutes: number; twelveHour: boolean }> {
  const found: Array<{ start: number; end: number; minutes: number; twelveHour: boolean }> = [];
  for (const m of matchesOf(text, EVERY_CLOCK_TIME)) {
    const read = readClock(m[0].toLowerCase());
    if (read !== null) found.push({ start: m.index, end: m.index + m[0].length, ...read });
  }
  return found;
}

/**
 * Where a text gives times of day that name a minute (offsets): values, compared as times
 * (fact-relation.ts reads no words of them, so "3.40 pm" and "15:40" leave no "pm" behind).
 * "Dawn" and "dusk" name no minute: they stay words.
 */
export function clockSpans(text: string): Array<{ start: number; end: number }> {
  return readClocks(text).map(({ start, end }) => ({ start, end }));
}

/** The times of day a text gives, each with the slack its wording allows. */
export function clockTimes(text: string): ClockTime[] {
  const found: ClockTime[] = [];
  for (const { start, ...read } of readClocks(text)) {
    const approximate = APPROXIMATE.test(text.slice(0, start));
    // Half a unit of the last significant digit: the hour, ten minutes, or the minute.
    const minute = read.minutes % 60;
    const slack = !approximate ? 0 : minute === 0 ? 30 : minute % 10 === 0 ? 5 : 0.5;
    found.push({ minutes: read.minutes, twelveHour: read.twelveHour, slack });
  }
  return found;
}

/** True when two times of day can be one moment. */
function compatible(x: ClockTime, y: ClockTime): boolean {
  return gap(x, y) <= x.slack + y.slack;
}

/**
 * Times of one moment two reports may give apart, in minutes: less than an hour, the widest
 * slack a rounded time allows ("about 2am" is 1.30–2.30). Times an hour or more apart name
 * different hours, which may be two occurrences of one kind of event ("failed at 2am" / "failed
 * at 3pm"), as different weekdays may be (fact-relation.ts): they are told apart, never set
 * against each other.
 */
const ONE_MOMENT_MINUTES = 60;

/** The gap between two times of day, in minutes, the way round the clock that is shorter. */
function gap(x: ClockTime, y: ClockTime): number {
  const period = x.twelveHour || y.twelveHour ? 720 : 1440;
  const apart = Math.abs((x.minutes % period) - (y.minutes % period));
  return Math.min(apart, period - apart);
}

/**
 * True when each text gives one time of day, the two cannot be one moment, and they are less
 * than {@link ONE_MOMENT_MINUTES} apart: "was brought down at 2.10am" / "at 01:45" say
 * differently when one thing happened. With two times on a side, which one is the time of what
 * both report is not known.
 */
export function clockTimesDiffer(a: string, b: string): boolean {
  const x = clockTimes(a);
  const y = clockTimes(b);
  if (x.length !== 1 || y.length !== 1) return false;
  const [s, t] = [x[0]!, y[0]!];
  return !compatible(s, t) && gap(s, t) < ONE_MOMENT_MINUTES;
}

/** True when both texts give times of day and none of one can be a time of the other. */
export function clockTimesConflict(a: string, b: string): boolean {
  const x = clockTimes(a);
  const y = clockTimes(b);
  return x.length > 0 && y.length > 0 && !x.some((s) => y.some((t) => compatible(s, t)));
}
