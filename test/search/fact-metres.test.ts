/**
 * "m" after a figure as metres or million by its context (metres-or-million.ts). Invented
 * sentences.
 */
import { describe, expect, it } from 'vitest';
import { factValues } from '../../src/search/select/fact-values.js';

/** Each number of `text` with what it counts and whether it was written rounded. */
const numbers = (text: string) =>
  factValues(text).positioned.flatMap((v) =>
    'number' in v ? [{ number: v.number, unit: v.unit, rounded: v.rounded }] : [],
  );

describe('"m" after a figure', () => {
  it('is metres before a dimension adjective, as "640 metres" is', () => {
    const metres = { number: '640', unit: factValues('It is 640 metres.').counts[0]?.unit };
    expect(numbers('The mine shaft is 640m deep.')).toEqual([{ ...metres, rounded: false }]);
    expect(numbers('A 640m-high mast was approved.')).toEqual([{ ...metres, rounded: false }]);
  });

  it('is metres beside another length in the sentence', () => {
    expect(numbers('The pier is 640m, with 2km of path beside it.')[0]?.number).toBe('640');
  });

  it('is million in money and in counts of things', () => {
    expect(numbers('The pier cost £640m, or 2km of track.')[0]?.number).toBe('640000000');
    expect(numbers('The app has 640m users.')).toEqual([
      expect.objectContaining({ number: '640000000', rounded: true }),
    ]);
  });
});
