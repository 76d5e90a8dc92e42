/**
 * The shared calendar (src/text/calendar.ts): day numbers, weekdays and dates, proleptic
 * Gregorian in UTC, for every layer. Years 0–99 are the years written, not 1900–1999.
 */
import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  dayStartMs,
  formatDate,
  fromDayNumber,
  intervalOf,
  parseIsoDate,
  utcDate,
  weekdayOf,
} from '../../src/text/calendar.js';

describe('day numbers', () => {
  it('counts days from 1970-01-01, a Thursday', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(weekdayOf(0)).toBe(4);
    expect(weekdayOf(dayNumber(2025, 10, 5))).toBe(0); // a Sunday
    expect(weekdayOf(dayNumber(1969, 12, 31))).toBe(3); // before day 0 too
  });

  it('carries a day past the month’s end into the next month', () => {
    expect(fromDayNumber(dayNumber(2024, 2, 30))).toEqual({ year: 2024, month: 3, day: 1 });
  });

  it('reads years 0–99 as written, not as 1900–1999', () => {
    const n = dayNumber(45, 3, 15);
    expect(fromDayNumber(n)).toEqual({ year: 45, month: 3, day: 15 });
    expect(n).toBeLessThan(dayNumber(1000, 1, 1));
    expect(formatDate({ ...fromDayNumber(n), precision: 'day' })).toBe('0045-03-15');
  });

  it('gives a season its three months, winter into the next year', () => {
    const winter = parseIsoDate('2025-12');
    const { first, last } = intervalOf({ ...winter!, precision: 'season', season: 'winter' });
    expect(fromDayNumber(first)).toEqual({ year: 2025, month: 12, day: 1 });
    expect(fromDayNumber(last)).toEqual({ year: 2026, month: 2, day: 28 });
  });

  it('gives the instant a day starts, and its Date, in UTC, years 0–99 as written', () => {
    expect(dayStartMs(dayNumber(2020, 11, 19))).toBe(Date.parse('2020-11-19T00:00:00Z'));
    expect(utcDate(2024, 2, 30).toISOString()).toBe('2024-03-01T00:00:00.000Z');
    expect(utcDate(79, 8, 24).getUTCFullYear()).toBe(79);
    expect(utcDate(79, 8, 24).getTime()).toBe(dayStartMs(dayNumber(79, 8, 24)));
  });
});
