/**
 * A month typed in lower case is written as the month when the question's shape makes it a
 * date, and left as typed otherwise (src/engine/question-months.ts).
 */
import { describe, expect, it } from 'vitest';
import { withMonthsOfDates } from '../../src/engine/question-months.js';
import { searchableQuestion } from '../../src/engine/question.js';

describe('withMonthsOfDates', () => {
  it('reads a month next to a day number or a year as the month', () => {
    expect(withMonthsOfDates('what happened on 7 march 2026')).toBe(
      'what happened on 7 March 2026',
    );
    expect(withMonthsOfDates('what happened in april 2026?')).toBe('what happened in April 2026?');
    expect(withMonthsOfDates('what did the post say on 26 MARCH')).toBe(
      'what did the post say on 26 March',
    );
    expect(withMonthsOfDates('news from may 2026')).toBe('news from May 2026');
    expect(withMonthsOfDates('what was decided on sept 3rd')).toBe('what was decided on Sept 3rd');
    expect(withMonthsOfDates('the 7th of march')).toBe('the 7th of March');
  });

  it('reads "what happened in <month>" as the month', () => {
    expect(withMonthsOfDates('what happened in march?')).toBe('what happened in March?');
    expect(withMonthsOfDates('What took place during may')).toBe('What took place during May');
  });

  it('leaves the verb and the modal as typed', () => {
    expect(withMonthsOfDates('they may march on the town hall')).toBe(
      'they may march on the town hall',
    );
    expect(withMonthsOfDates('will they march in may?')).toBe('will they march in may?');
    expect(withMonthsOfDates('may 1000 people march?')).toBe('may 1000 people march?');
    // 2150 is no year in prose (text/year.ts: 1500–2099), so "may" stays the modal.
    expect(withMonthsOfDates('may 2150 staff strike?')).toBe('may 2150 staff strike?');
  });

  it('leaves "march" before a measured number as typed: a distance, not a day', () => {
    expect(withMonthsOfDates('did they march 10 km?')).toBe('did they march 10 km?');
    expect(withMonthsOfDates('will they march 5 miles on sunday')).toBe(
      'will they march 5 miles on sunday',
    );
    expect(withMonthsOfDates('what happened on march 10?')).toBe('what happened on March 10?');
  });

  it('keeps the length, so offsets hold, and is applied to every searched question', () => {
    const question = 'what happened on 7 march 2026';
    expect(withMonthsOfDates(question)).toHaveLength(question.length);
    expect(searchableQuestion(question)).toBe('what happened on 7 March 2026');
  });
});
