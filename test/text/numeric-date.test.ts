import { describe, expect, it } from 'vitest';
import { leadingNumericDate, numericDayAndMonth } from '../../src/text/numeric-date.js';

describe('numericDayAndMonth', () => {
  it('reads dots day first', () => {
    expect(numericDayAndMonth(5, 3, '.')).toEqual({ day: 5, month: 3 });
  });
  it('reads slashes only when one figure cannot be a month, or both are the same', () => {
    expect(numericDayAndMonth(10, 14, '/')).toEqual({ day: 14, month: 10 });
    expect(numericDayAndMonth(14, 10, '/')).toEqual({ day: 14, month: 10 });
    expect(numericDayAndMonth(7, 7, '/')).toEqual({ day: 7, month: 7 });
    expect(numericDayAndMonth(11, 5, '/')).toBeNull();
  });
  it('gives null for figures that are no day and month', () => {
    expect(numericDayAndMonth(14, 15, '/')).toBeNull();
    expect(numericDayAndMonth(0, 13, '/')).toBeNull();
    expect(numericDayAndMonth(32, 1, '.')).toBeNull();
  });
});

describe('leadingNumericDate', () => {
  it('reads the figures a text opens with, and where they end', () => {
    expect(leadingNumericDate('22/04/2026, 09:14')).toEqual({ date: '2026-04-22', end: 10 });
    expect(leadingNumericDate('5.3.2021')).toEqual({ date: '2021-03-05', end: 8 });
  });
  it('gives a null date for an order either way could mean, or a day the year lacks', () => {
    expect(leadingNumericDate('11/05/2026')).toEqual({ date: null, end: 10 });
    expect(leadingNumericDate('29.02.2025')).toEqual({ date: null, end: 10 });
  });
  it('gives null when the text opens with no date in figures', () => {
    expect(leadingNumericDate('April 22, 2026')).toBeNull();
    expect(leadingNumericDate('22/04/26')).toBeNull();
  });
});
