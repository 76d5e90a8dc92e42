/**
 * Calendar arithmetic: partial dates (year, month, season or day), their intervals as day
 * numbers, weekdays and formatting. Everything is proleptic Gregorian in UTC; no function here
 * reads the clock. The one definition of day arithmetic for every layer: the timeline's dates,
 * and the corpus's dateline weekday (corpus/dateline-day.ts), which cannot import the timeline.
 */
import type { DatePrecision } from '../types/timeline.js';
import { daysInMonth, parsePartialDate } from './dates.js';

/** A season name as written in English news (autumn and fall are the same season). */
export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/** First month of each season (northern hemisphere, meteorological). */
export const SEASON_FIRST_MONTH: Record<Season, number> = {
  spring: 3,
  summer: 6,
  autumn: 9,
  winter: 12,
};

/** A date known to some precision. `month` is 1–12; for a season it is the season's first month. */
export interface DateValue {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
  season?: Season;
}

/** An inclusive interval of days, as days since 1970-01-01. */
export interface DayInterval {
  first: number;
  last: number;
}

/**
 * Milliseconds in a day: every day of an ECMAScript time value has exactly this many (time values
 * count no leap seconds; ECMA-262 §21.4.1.1, "Time Values and Time Range").
 */
export const MS_PER_DAY = 86_400_000;

/** The `Date` at the start (00:00 UTC) of a calendar day (a day past the month's end carries). */
export function utcDate(year: number, month: number, day: number): Date {
  // setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999 (ECMA-262 MakeFullYear).
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/** Days since 1970-01-01 of a calendar day (a day past the month's end carries into the next). */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(utcDate(year, month, day).getTime() / MS_PER_DAY);
}

/** The instant day number `n` starts (00:00 UTC), in milliseconds since 1970-01-01T00:00Z. */
export function dayStartMs(n: number): number {
  return n * MS_PER_DAY;
}

/** The calendar day of a day number. */
export function fromDayNumber(n: number): { year: number; month: number; day: number } {
  const d = new Date(dayStartMs(n));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * The month holding every day from day number `first` to `last`, or null when they fall in two
 * months. A date the text leaves in doubt between readings ("this week", whether weeks start on
 * Monday or Sunday; "last Friday" said on a Saturday) is shown at the precision all its readings
 * share, never as one of them.
 */
export function monthHolding(first: number, last: number): DateValue | null {
  const a = fromDayNumber(first);
  const b = fromDayNumber(last);
  return a.year === b.year && a.month === b.month
    ? { year: a.year, month: a.month, precision: 'month' }
    : null;
}

/** Day of the week of a day number: 0 Sunday … 6 Saturday. */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

/** Adds months to a year-month, carrying into the year. */
export function addMonths(
  year: number,
  month: number,
  delta: number,
): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The days a date covers: a day, a whole month, a season's three months or a whole year. */
export function intervalOf(date: DateValue): DayInterval {
  if (date.precision === 'day' && date.month !== undefined && date.day !== undefined) {
    const n = dayNumber(date.year, date.month, date.day);
    return { first: n, last: n };
  }
  if (date.precision === 'season' && date.month !== undefined) {
    const end = addMonths(date.year, date.month, 2);
    return {
      first: dayNumber(date.year, date.month, 1),
      last: dayNumber(end.year, end.month, daysInMonth(end.year, end.month)),
    };
  }
  if (date.precision === 'month' && date.month !== undefined) {
    return {
      first: dayNumber(date.year, date.month, 1),
      last: dayNumber(date.year, date.month, daysInMonth(date.year, date.month)),
    };
  }
  return { first: dayNumber(date.year, 1, 1), last: dayNumber(date.year, 12, 31) };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `YYYY`, `YYYY-MM` (month and season) or `YYYY-MM-DD`. */
export function formatDate(date: DateValue): string {
  const year = pad(date.year, 4);
  if (date.precision === 'year' || date.month === undefined) return year;
  if (date.precision !== 'day' || date.day === undefined) return `${year}-${pad(date.month)}`;
  return `${year}-${pad(date.month)}-${pad(date.day)}`;
}

/** Rank of a precision, coarsest first: used to order entries that start on the same day. */
export const PRECISION_RANK: Record<DatePrecision, number> = {
  year: 0,
  season: 1,
  month: 2,
  day: 3,
};

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` strictly (real months and days only).
 * Returns null for anything else.
 */
export function parseIsoDate(value: string): DateValue | null {
  const date = parsePartialDate(value);
  if (!date) return null;
  const { year, month, day } = date;
  if (month === undefined) return { year, precision: 'year' };
  if (day === undefined) return { year, month, precision: 'month' };
  return { year, month, day, precision: 'day' };
}
