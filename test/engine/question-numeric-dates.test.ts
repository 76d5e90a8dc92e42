import { describe, expect, it } from 'vitest';
import { withNumericDatesWritten } from '../../src/engine/question-numeric-dates.js';
import { searchableQuestion } from '../../src/engine/question.js';

describe('withNumericDatesWritten', () => {
  it('writes a US date with a year as news writes a date', () => {
    expect(withNumericDatesWritten('what happened 11/17/2026')).toBe(
      'what happened  17 November 2026 ',
    );
    expect(withNumericDatesWritten('what happened on 3/25/26?')).toBe(
      'what happened on  25 March 2026 ?',
    );
  });

  it('reads a day-first date the same way when only one order is a date', () => {
    expect(withNumericDatesWritten('what happened 17/11/2026')).toBe(
      'what happened  17 November 2026 ',
    );
  });

  it('writes a date without a year only where the question asks about a date', () => {
    expect(withNumericDatesWritten('what happened on 11/17')).toBe(
      'what happened on  17 November ',
    );
    expect(withNumericDatesWritten('what changed since 10/14?')).toBe(
      'what changed since  14 October ?',
    );
    expect(withNumericDatesWritten('how thick is the 1/16 inch plate')).toBe(
      'how thick is the 1/16 inch plate',
    );
  });

  it('leaves a date either order could name as typed, never guessing', () => {
    expect(withNumericDatesWritten('what happened on 11/05/2026')).toBe(
      'what happened on 11/05/2026',
    );
    expect(withNumericDatesWritten('what happened on 5/5/2026')).toBe(
      'what happened on  5 May 2026 ',
    );
  });

  it('leaves figures that name no real day, or longer runs of figures, as typed', () => {
    expect(withNumericDatesWritten('what happened on 2/30/2026')).toBe(
      'what happened on 2/30/2026',
    );
    expect(withNumericDatesWritten('route 1/2/3/14 closed')).toBe('route 1/2/3/14 closed');
    expect(withNumericDatesWritten('on 10/14/20265')).toBe('on 10/14/20265');
  });

  it('is applied to every question the engine searches', () => {
    expect(searchableQuestion('what happened 11/17/2026?')).toContain('17 November 2026');
  });
});
