/**
 * Calendar validity: which year, month and day numbers name a real day of the proleptic
 * Gregorian calendar (the one `Date` uses), and the partial ISO 8601 forms `YYYY`, `YYYY-MM`,
 * `YYYY-MM-DD` the metadata, the timeline filters and the index share.
 */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True for a Gregorian leap year: divisible by 4, and by 400 when divisible by 100. */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Number of days in `month` (1–12) of `year`: 28–31. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** True when `month` (1–12) and `day` (1–31) name a real day of `year` (no 31 April, no 29 February 2021). */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** A date known to the year, the month or the day. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` strictly: four-digit year, two-digit month and day,
 * a real month and day. Null for anything else (no trimming, no other separators).
 */
export function parsePartialDate(value: string): PartialDate | null {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (!isRealDate(year, month, 1)) return null;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  if (!isRealDate(year, month, day)) return null;
  return { year, month, day };
}

/**
 * A day of a month stated without its year, written as XML Schema's `gMonthDay` writes it
 * (`--MM-DD`, "--05-15" for 15 May; XML Schema Part 2 §3.2.12): what a dateline states when it
 * gives no year ("PORTMERE, May 15 (Northline News) - …"). No year is guessed, so none anchors
 * anything a year would.
 */
export interface MonthDay {
  month: number;
  day: number;
}

const MONTH_DAY = /^--(\d{2})-(\d{2})$/;

/** The `--MM-DD` form of a month's day; null when no year has that day (29 February is one). */
export function monthDayString(month: number, day: number): string | null {
  // 2000 was a leap year: the test is whether any year has the day.
  if (!isRealDate(2000, month, day)) return null;
  return `--${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses `--MM-DD` strictly (a real day of some year); null for anything else. */
export function parseMonthDay(value: string): MonthDay | null {
  const match = MONTH_DAY.exec(value);
  if (!match) return null;
  const [month, day] = [Number(match[1]), Number(match[2])];
  return isRealDate(2000, month, day) ? { month, day } : null;
}

/** True for `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real date. */
export function isPartialDate(value: string): boolean {
  return parsePartialDate(value) !== null;
}
