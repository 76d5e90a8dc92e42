/** Spellings of one word among a question word's WordNet synonyms (src/search/plan/spelling-variant.ts). */
import { describe, expect, it } from 'vitest';
import { isSpellingVariant } from '../../src/search/plan/spelling-variant.js';
import { stem } from '../../src/text/terms.js';

describe('another spelling of a word', () => {
  it('is a synonym whose stem differs by a letter or two', () => {
    for (const [a, b] of [
      ['analyzed', 'analysed'],
      ['colour', 'color'],
      ['defence', 'defense'],
      ['programme', 'program'],
      ['organization', 'organisation'],
    ])
      expect(isSpellingVariant(stem(a!), stem(b!)), `${a} ${b}`).toBe(true);
  });

  it('is not another word, a short one, or the word itself', () => {
    expect(isSpellingVariant(stem('analyze'), stem('study'))).toBe(false);
    // Short stems differ by a letter from many words.
    expect(isSpellingVariant('gray', 'grey')).toBe(false);
    expect(isSpellingVariant('bridg', 'bridg')).toBe(false);
    // Not the same first letters: another word, not a spelling.
    expect(isSpellingVariant('insur', 'ensur')).toBe(false);
  });
});
