/**
 * A proper name cut short ("vand" for Vandersloot) is read as the one name of the corpus it
 * starts (src/search/plan/clipped-names.ts): never a prefix of two names, of a word the corpus
 * writes in lower case, or a dictionary word. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { clippedName } from '../../src/search/plan/clipped-names.js';
import type { Vocabulary } from '../../src/search/plan/query-plan.js';

const TERMS = ['vandersloot', 'vanderslot', 'brackley', 'brackman', 'harbour', 'harbourmast'];
const LOWER = new Set(['harbour', 'harbourmast']);
const DICTIONARY = new Set(['harb', 'vane']);
const vocabulary = {
  has: (term: string) => TERMS.includes(term),
  isCommon: () => false,
  isDictionaryWord: (word: string) => DICTIONARY.has(word),
  completions: (prefix: string, limit: number) =>
    TERMS.filter((t) => t.startsWith(prefix)).slice(0, limit),
  writtenInLowerCase: (term: string) => LOWER.has(term),
} as unknown as Vocabulary;
const spellings = new Set(['vandersloot vanderslot']);
const sameName = (a: string, b: string) =>
  a === b || spellings.has(`${a} ${b}`) || spellings.has(`${b} ${a}`);

describe('clipped names', () => {
  it('reads a prefix of one name, with its other spellings', () => {
    expect(clippedName('vander', 'vander', vocabulary, sameName)).toEqual([
      'vandersloot',
      'vanderslot',
    ]);
  });
  it('reads no prefix of two names, of a lower-case word, a dictionary word or under 4 letters', () => {
    expect(clippedName('brack', 'brack', vocabulary, sameName)).toEqual([]);
    expect(clippedName('harbo', 'harbo', vocabulary, sameName)).toEqual([]);
    expect(clippedName('harb', 'harb', vocabulary, sameName)).toEqual([]);
    expect(clippedName('van', 'van', vocabulary, sameName)).toEqual([]);
  });
});
