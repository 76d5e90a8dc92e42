import { describe, expect, it } from 'vitest';
import { numericDayAndMonth } from '../../src/text/numeric-date.js';

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
