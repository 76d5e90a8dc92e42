/**
 * isWordNetLemma: a binary search of sorted lemmas, newline-joined, any part of speech, as written.
 */
import { describe, expect, it } from 'vitest';
import { isWordNetLemma } from '../../src/search/dictionary-words.js';

const WORDS = ['besides', 'harbour', 'russian', 'southern', 'tide'];
const LEMMAS = WORDS.join('\n');

describe('isWordNetLemma', () => {
  it.each(WORDS)('finds "%s", first, middle or last', (word) => {
    expect(isWordNetLemma(word, LEMMAS)).toBe(true);
  });

  it.each(['bellhaven', 'harbours', 'a', 'zzz', 'Southern', ''])('does not find "%s"', (word) => {
    expect(isWordNetLemma(word, LEMMAS)).toBe(false);
  });

  it('finds nothing in an empty list', () => {
    expect(isWordNetLemma('tide', '')).toBe(false);
  });

  it('finds each line and nothing else, in lists of every length up to 40', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const pool = [...letters].flatMap((a, i) => [a, `${a}${letters[(i * 7) % 26]}x`]).sort();
    for (let count = 0; count <= 40; count++) {
      const words = pool.filter((_, i) => (i * 13) % 41 < count).sort();
      const lemmas = words.join('\n');
      for (const word of [...pool, '', 'zz', '0', 'a\nb'])
        expect(isWordNetLemma(word, lemmas), `${count}: ${word}`).toBe(words.includes(word));
    }
  });

  it('reads WordNet itself by default: adjectives and adverbs as well as nouns', () => {
    expect(isWordNetLemma('southern')).toBe(true);
    expect(isWordNetLemma('besides')).toBe(true);
    expect(isWordNetLemma('bellhaven')).toBe(false);
  });
});
