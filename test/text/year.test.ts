/**
 * A year written in prose (src/text/year.ts): four digits from 1500 to 2099, or from 1000 right
 * after a word of time; and how the readers that share it tell a year from a count. Invented
 * sentences.
 */
import { describe, expect, it } from 'vitest';
import { isYear, YEAR_DIGITS } from '../../src/text/year.js';
import { answerTypeOf, answerTypeScore } from '../../src/search/plan/answer-type.js';
import { timeFramesApart } from '../../src/search/select/fact-time-frame.js';
import { factValues } from '../../src/search/select/fact-values.js';

describe('a year in prose', () => {
  it.each([
    ['1500', undefined, true],
    ['1838', undefined, true],
    ['2099', undefined, true],
    ['1499', undefined, false],
    ['2100', undefined, false],
    ['2150', 'in', false],
    ['1340', 'in', true],
    ['1340', 'Around', true],
    ['1340', 'by', false],
    ['1340', 'of', false],
    ['0999', 'in', false],
    ['18380', undefined, false],
  ] as const)('%s after %j → %s', (word, before, expected) => {
    expect(isYear(word, before)).toBe(expected);
  });

  it('is one pattern source with no group or boundary', () => {
    const year = new RegExp(`^${YEAR_DIGITS}$`);
    expect(['1500', '1999', '2026', '2099'].every((y) => year.test(y))).toBe(true);
    expect(['1499', '2100', '3000'].some((y) => year.test(y))).toBe(false);
  });
});

describe('a year or a count, as the answer readers tell them', () => {
  const when = answerTypeOf('When was the charter signed?')!;
  const howMany = answerTypeOf('How many members joined?')!;

  it('reads a year of 1500 to 1699 written alone as a date', () => {
    expect(answerTypeScore('The 1650 charter names the abbey.', when)).toBe(1);
  });

  it('reads a number after "by" below 1500 or from 2100 as a count, not a date', () => {
    expect(answerTypeScore('Membership grew by 1200.', howMany)).toBe(0.5);
    expect(answerTypeScore('Membership grew by 5000.', howMany)).toBe(0.5);
    expect(answerTypeScore('Membership grew by 1200.', when)).toBe(0);
  });

  it('gives no frame of time to a figure "by" a count', () => {
    expect(timeFramesApart('Membership rose by 1000.', 'Membership rose by 1200.')).toBe(false);
    expect(timeFramesApart('95 jobs would go by 2030.', '70 jobs would go by 2028.')).toBe(true);
  });

  it('reads four digits after a month as its year only when they are a year in prose', () => {
    expect(factValues('In March 1200 people marched to the town hall.').counts).toEqual([
      { value: '1200', unit: 'peopl' },
    ]);
    expect(factValues('In March 2020 people marched to the town hall.').dates).toEqual([
      { month: 3, day: null, year: 2020 },
    ]);
  });
});
