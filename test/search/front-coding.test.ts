/**
 * The front-coded word list (src/search/front-coding.ts): every word listed is found, no
 * other word is, across block boundaries, and the text is shorter than the words joined.
 */
import { describe, expect, it } from 'vitest';
import { FrontCodedWords, frontCode } from '../../src/search/front-coding.js';

/** Invented words sharing beginnings, sorted: more than two blocks of them. */
const WORDS = [
  'harbour',
  'harbourage',
  'harbourmaster',
  'harbours',
  'harp',
  'harpist',
  'harpoon',
  'harpsichord',
  'harvest',
  'harvester',
  'lantern',
  'lanterns',
  'lapse',
  'larder',
  'large',
  'largely',
  'larger',
  'largesse',
  'lark',
  'larkspur',
  'market',
  'marketplace',
  'markets',
  'marsh',
  'marshal',
  'marshes',
  'mortar',
  'mortgage',
  'mortgages',
  'mortuary',
  'quay',
  'quayside',
  'quays',
  'zebra',
].sort();

describe('front coding', () => {
  const text = frontCode(WORDS);
  const words = new FrontCodedWords(text);

  it('finds every word it lists, the first and last of each block included', () => {
    for (const word of WORDS) expect(words.has(word), word).toBe(true);
  });

  it('finds no other word: prefixes, extensions, and words before, between and after', () => {
    for (const word of ['a', 'harb', 'harbou', 'harboursx', 'harq', 'larges', 'mar', 'zz', 'quayz'])
      expect(words.has(word), word).toBe(false);
  });

  it('keeps fewer characters than the words joined', () => {
    expect(text.length).toBeLessThan(WORDS.join('\n').length * 0.75);
  });

  it('holds nothing when empty', () => {
    expect(frontCode([])).toBe('');
    expect(new FrontCodedWords('').has('harbour')).toBe(false);
  });

  it('refuses words out of order, repeated or empty', () => {
    expect(() => frontCode(['lark', 'harp'])).toThrow(RangeError);
    expect(() => frontCode(['harp', 'harp'])).toThrow(RangeError);
    expect(() => frontCode([''])).toThrow(RangeError);
  });
});
