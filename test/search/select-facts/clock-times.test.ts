/**
 * A time of day ("10am", "9.15pm", "10:30") is no count (src/search/select/fact-values.ts).
 */
import { describe, expect, it } from 'vitest';
import { factValues } from '../../../src/search/select/fact-values.js';
import { classifyFacts } from '../../../src/search/select/fact-relation.js';

describe('a time of day', () => {
  it('is not read as a count', () => {
    for (const text of [
      'Staff were told at 10am.',
      'The vote was at 9.15pm.',
      'They met at 10 a.m.',
      'The doors opened at 10:30.',
    ])
      expect(factValues(text).numbers).toEqual([]);
    // Counts beside it still are.
    expect(factValues('At 10am, 40 people and 2.5 tonnes of flour.').numbers).toEqual([
      '40',
      '2.5',
    ]);
  });

  it('is not a count on one side only', () => {
    expect(
      classifyFacts(
        'Staff were told at a meeting at 10am that the Harl Road depot would close by the end of March 2027.',
        'Staff were told at a meeting that the Harl Road depot would close by the end of March 2027.',
        { published: ['2026-09-08', '2026-09-08'] },
      ).kind,
    ).toBe('same-fact');
  });
});
