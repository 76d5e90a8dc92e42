/**
 * isWordNetLemma: a binary search of a sorted lemma list, any part of speech, as written.
 */
import { describe, expect, it } from 'vitest';
import { isWordNetLemma } from '../../src/search/dictionary-words.js';

const LEMMAS = ['besides', 'harbour', 'russian', 'southern', 'tide'];

describe('isWordNetLemma', () => {
  it.each(LEMMAS)('finds "%s", first, middle or last', (word) => {
    expect(isWordNetLemma(word, LEMMAS)).toBe(true);
  });

  it.each(['bellhaven', 'harbours', 'a', 'zzz', 'Southern', ''])('does not find "%s"', (word) => {
    expect(isWordNetLemma(word, LEMMAS)).toBe(false);
  });

  it('finds nothing in an empty list', () => {
    expect(isWordNetLemma('tide', [])).toBe(false);
  });

  it('reads WordNet itself by default: adjectives and adverbs as well as nouns', () => {
    expect(isWordNetLemma('southern')).toBe(true);
    expect(isWordNetLemma('besides')).toBe(true);
    expect(isWordNetLemma('bellhaven')).toBe(false);
  });
});
