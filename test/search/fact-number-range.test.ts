/**
 * A figure stated as a range gives two bounds, not one value: a single figure of another report
 * is never "sources differ" with it, in digits or in words.
 */
import { describe, expect, it } from 'vitest';
import { statesNumberRange } from '../../src/search/select/fact-number-range.js';
import { classifyFacts } from '../../src/search/select/fact-relation.js';

const sameDay = { published: ['2025-03-14', '2025-03-14'] as const };

describe('a range of numbers', () => {
  it('is read in digits and in words, a cardinal of several words as one number', () => {
    for (const text of [
      'The vigil drew between 200 and 300 people.',
      'The vigil drew between two hundred and three hundred people.',
      'The vigil drew two to three hundred people.',
      'Nine or ten homes were damaged.',
      'About 10-15 people waited.',
    ])
      expect(statesNumberRange(text), text).toBe(true);
    for (const text of [
      'Three hundred and fifty homes lost power.',
      '250 people came on 12 March.',
      'Flights to 12 cities resumed.',
      // A tally is one value of two numbers.
      'The board voted 8-5 to sell the slipway.',
      'The board voted by nine votes to four.',
    ])
      expect(statesNumberRange(text), text).toBe(false);
  });

  it('is no disagreement with one figure, inside the bounds or not', () => {
    for (const range of [
      'The vigil drew between two hundred and three hundred people on Sunday.',
      'The vigil drew between nine and twelve people on Sunday.',
      'The vigil drew two to three hundred people on Sunday.',
    ])
      for (const one of [
        'The vigil drew 250 people on Sunday.',
        'The vigil drew 10 people on Sunday.',
      ])
        expect(classifyFacts(range, one, sameDay).kind, `${range} / ${one}`).not.toBe('disagree');
  });

  it('near miss: two single figures written in words and digits still differ', () => {
    expect(
      classifyFacts(
        'Three hundred and fifty homes lost power on Sunday.',
        '400 homes lost power on Sunday.',
        sameDay,
      ),
    ).toMatchObject({ kind: 'disagree', aspect: 'number' });
  });
});
