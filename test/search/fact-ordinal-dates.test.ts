/**
 * A day of the month written as an ordinal in words ("the twenty-fifth of November 2024", "March
 * the first") is a date, as "25 November 2024" is; a compound ordinal ("twenty-fifth") is one
 * ordinal (Quirk et al. 1985, §6.63–6.64), never a count of twenty and a "fifth".
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { factValues } from '../../src/search/select/fact-values.js';
import { contentTerms } from '../../src/search/select/fact-content-terms.js';

const close = { published: ['2024-11-26', '2024-11-27'] as const };
const digits = 'The Harrow Lane bridge reopened on 25 November 2024 after repairs.';

describe('a day of the month as an ordinal in words', () => {
  it('is read as the date, and its words as no count and no content', () => {
    const words = 'The Harrow Lane bridge reopened on the twenty-fifth of November 2024.';
    const values = factValues(words);
    expect(values.dates).toEqual([{ day: 25, month: 11, year: 2024 }]);
    expect(values.numbers).toEqual([]);
    expect([...contentTerms(words).keys()]).not.toContain('fifth');
    expect(factValues('It opened on the first of March.').dates).toEqual([
      { day: 1, month: 3, year: null },
    ]);
    expect(factValues('It opened on March the thirty-first.').dates).toEqual([
      { day: 31, month: 3, year: null },
    ]);
    expect(factValues('It opened on the 1st of March.').dates).toEqual([
      { day: 1, month: 3, year: null },
    ]);
  });

  it('reads a compound ordinal outside a date as one ordinal, not a count', () => {
    const values = factValues('They marked the twenty-fifth anniversary of the flood.');
    expect(values.numbers).toEqual([]);
    expect(values.ordinals).toEqual([25]);
    // A tens word with a cardinal or a unit after its hyphen is still a count.
    expect(factValues('a twenty-mile walk by twenty-five people').numbers).toEqual(['20', '25']);
  });

  it('is one fact with the date in figures, and another day is not', () => {
    for (const words of [
      'The Harrow Lane bridge reopened on the twenty-fifth of November 2024 after repairs.',
      'The Harrow Lane bridge reopened on November the twenty-fifth after repairs.',
      'The Harrow Lane bridge reopened on the 25th of November after repairs.',
    ]) {
      expect(classifyFacts(digits, words, close), words).toEqual({ kind: 'same-fact' });
      expect(classifyFacts(words, digits, close), words).toEqual({ kind: 'same-fact' });
    }
    for (const words of [
      'The Harrow Lane bridge reopened on the twentieth of November 2024 after repairs.',
      'The Harrow Lane bridge reopened on the twenty-fourth of November 2024 after repairs.',
    ])
      expect(classifyFacts(digits, words, close).kind, words).not.toBe('same-fact');
  });
});
