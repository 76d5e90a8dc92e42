import { describe, expect, it } from 'vitest';
import { AUXILIARIES, MODALS } from '../../src/text/auxiliaries.js';
import { ARTICLES, DETERMINERS } from '../../src/text/determiners.js';
import { isPossessive } from '../../src/text/possessive.js';
import { tokenize } from '../../src/text/terms.js';
import { anyOf, anyOfAnyInitial, wordIn } from '../../src/text/word-class.js';

describe('closed word classes as patterns', () => {
  it('tests one whole word of a class, in any case', () => {
    const article = wordIn(ARTICLES);
    expect(['The', 'a', 'AN'].every((word) => article.test(word))).toBe(true);
    expect(article.test('then')).toBe(false);
    expect(article.test('the end')).toBe(false);
  });

  it('puts a class into a larger pattern as an alternation', () => {
    const beforeNoun = new RegExp(String.raw`\b(?:${anyOf(DETERMINERS)})\s+plan\b`, 'i');
    expect(beforeNoun.test('their plan was shelved')).toBe(true);
    expect(beforeNoun.test('a new plan')).toBe(false);
  });

  it('takes a capitalised word of a class in a case-sensitive pattern, never another casing', () => {
    const timeWord = new RegExp(String.raw`^(?:${anyOfAnyInitial(['noon', 'end'])})$`, 'u');
    expect(['noon', 'Noon', 'end', 'End'].every((word) => timeWord.test(word))).toBe(true);
    expect(['NOON', 'eNd', 'Ned'].some((word) => timeWord.test(word))).toBe(false);
  });

  it('writes each auxiliary once, the modals among them', () => {
    expect(new Set(AUXILIARIES).size).toBe(AUXILIARIES.length);
    expect(MODALS.every((modal) => AUXILIARIES.includes(modal))).toBe(true);
  });
});

describe('isPossessive', () => {
  it("reads a word's 's and a plural's apostrophe, straight or curly", () => {
    const text = "Holt’s boat, the fishers' nets and Spain's fleet sail";
    const possessive = tokenize(text)
      .filter((token) => isPossessive(text, token))
      .map((token) => token.word);
    expect(possessive).toEqual(['holt', 'fishers', 'spain']);
  });
});
