/**
 * The words that scale or write a figure's notation are defined once (notation-words.ts) and
 * every reader derives from that table: a scale word read as a multiplier is also read as a
 * cardinal's scale word, a notation's word and no content word; a currency named after an
 * amount is read as its currency and as no part of what is counted. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import {
  SCALE_ABBREVIATIONS,
  SCALE_VALUES,
  SCALE_WORD_VALUES,
} from '../../src/text/notation-words.js';
import { SCALE_TERMS } from '../../src/search/select/fact-measures.js';
import { factTerm } from '../../src/search/select/fact-term.js';
import {
  cardinalWords,
  factValues,
  notationWordSpans,
} from '../../src/search/select/fact-values.js';

const money = (text: string) =>
  factValues(text).positioned.flatMap((v) => ('number' in v ? [[v.number, v.currency]] : []));
const spanWords = (text: string) =>
  notationWordSpans(text).map((s) => text.slice(s.start, s.end).trim());

describe('one table of scale words', () => {
  it('keeps the abbreviations out of the scale words of a cardinal in words', () => {
    expect([...SCALE_WORD_VALUES.keys()].some((word) => SCALE_ABBREVIATIONS.has(word))).toBe(false);
    expect(cardinalWords('two k people', 0)).toBeNull();
    expect(cardinalWords('two thousand people', 0)?.value).toBe(2_000);
  });

  it('reads "trillion" as every other scale word: multiplier, cardinal word, notation', () => {
    expect(money('The debt is $1.2 trillion.')).toEqual([['1200000000000', '$']]);
    expect(money('The debt is $1,200bn.')).toEqual([['1200000000000', '$']]);
    expect(cardinalWords('two trillion dollars', 0)?.value).toBe(2_000_000_000_000);
    expect(spanWords('The debt is $1.2 trillion.')).toEqual(['trillion']);
  });

  it('reads every scale word and named currency as no content term of what is counted', () => {
    for (const word of [...SCALE_VALUES.keys(), 'mn', 'kronor', 'yen', 'francs'])
      expect(SCALE_TERMS.has(factTerm(word))).toBe(true);
  });

  it('reads a currency named after an amount once, as its sign or its name', () => {
    expect(money('It cost 3 million yen.')).toEqual([['3000000', '¥']]);
    expect(money('It cost 900 kroner.')).toEqual([['900', 'kroner']]);
    expect(spanWords('It cost 900 francs.')).toEqual(['francs']);
  });
});
