import { describe, expect, it } from 'vitest';
import { daysInMonth, isPartialDate, isRealDate, parsePartialDate } from '../../src/text/dates.js';
import { escapeRegExp } from '../../src/text/escape.js';
import {
  MONTH_ABBREVIATIONS,
  MONTH_RE,
  WEEKDAY_RE,
  monthNumber,
  monthNumberIgnoringCase,
} from '../../src/text/months.js';
import { EVENT_STOP_WORDS, STOP_WORDS } from '../../src/text/stop-words.js';

describe('dates', () => {
  it('knows leap years and month lengths', () => {
    expect(daysInMonth(2020, 2)).toBe(29);
    expect(daysInMonth(2021, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2021, 4)).toBe(30);
    expect(daysInMonth(2021, 12)).toBe(31);
  });

  it('tells real days from impossible ones', () => {
    expect(isRealDate(2020, 2, 29)).toBe(true);
    expect(isRealDate(2021, 2, 29)).toBe(false);
    expect(isRealDate(2021, 4, 31)).toBe(false);
    expect(isRealDate(2021, 13, 1)).toBe(false);
    expect(isRealDate(2021, 0, 1)).toBe(false);
    expect(isRealDate(2021, 1, 0)).toBe(false);
  });

  it('parses the partial ISO forms strictly', () => {
    expect(parsePartialDate('2020')).toEqual({ year: 2020 });
    expect(parsePartialDate('2020-11')).toEqual({ year: 2020, month: 11 });
    expect(parsePartialDate('2020-11-19')).toEqual({ year: 2020, month: 11, day: 19 });
    for (const bad of ['2020-13', '2020-02-30', '20-11-19', '2020/11/19', ' 2020', '2020-1']) {
      expect(parsePartialDate(bad)).toBeNull();
      expect(isPartialDate(bad)).toBe(false);
    }
  });
});

describe('month and weekday names', () => {
  it('reads full names and abbreviations, with or without their dot', () => {
    expect(monthNumber('September')).toBe(9);
    expect(monthNumber('Sept.')).toBe(9);
    expect(monthNumber('Sep')).toBe(9);
    expect(monthNumber('may')).toBeUndefined();
    expect(monthNumberIgnoringCase('SEPT.')).toBe(9);
    expect(monthNumberIgnoringCase('december')).toBe(12);
    expect(monthNumberIgnoringCase('Decembre')).toBeUndefined();
  });

  it('matches names in text, capitalised only', () => {
    const month = new RegExp(`^${MONTH_RE}$`);
    for (const name of ['March', 'Mar.', 'Mar', 'May', 'Sept.', 'December']) {
      expect(month.test(name)).toBe(true);
    }
    expect(month.test('march')).toBe(false);
    expect(month.test('May.')).toBe(false);
    expect(new RegExp(`^${WEEKDAY_RE}$`).test('Thursday')).toBe(true);
    expect(MONTH_ABBREVIATIONS).not.toContain('May');
  });
});

describe('escapeRegExp', () => {
  it('makes every special character literal', () => {
    const text = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o';
    expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
    expect(new RegExp(escapeRegExp('U.S.')).test('UxSx')).toBe(false);
  });
});

describe('stop words', () => {
  it('drops units of time and reporting verbs only when comparing events', () => {
    expect(EVENT_STOP_WORDS.has('said')).toBe(true);
    expect(EVENT_STOP_WORDS.has('year')).toBe(true);
    expect(STOP_WORDS.has('said')).toBe(false);
    for (const word of STOP_WORDS) expect(EVENT_STOP_WORDS.has(word)).toBe(true);
  });
});
