/**
 * An apostrophe after a word: a possessive's ("the miners' union", "Wales' largest port") or a
 * quotation's closing mark ("in ‘Kelby’"), read once (text/possessive.ts). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import {
  endsPossessive,
  insideQuotation,
  isPossessive,
  withoutClosingMark,
} from '../../src/text/possessive.js';

const span = (text: string, word: string) => {
  const start = text.indexOf(word);
  return { start, end: start + word.length };
};

describe('an apostrophe after a word', () => {
  it("is a possessive after a plural or a name in -s, and in 's", () => {
    for (const [text, word] of [
      ["the miners' union met", 'miners'],
      ["Wales' largest port", 'Wales'],
      ['the Kelby’s harbour', 'Kelby’s'],
    ] as const)
      expect(isPossessive(text, span(text, word))).toBe(true);
  });

  it('closes a quotation opened before the word, and after any other word', () => {
    for (const [text, word] of [
      ['the mill in ‘Kelby’ closed', 'Kelby'],
      ["the mill in 'Kelby' closed", 'Kelby'],
      ['the ‘miners’ they hired', 'miners'],
      ["he called it 'the old mills' then", 'mills'],
    ] as const)
      expect(isPossessive(text, span(text, word))).toBe(false);
    expect(insideQuotation('the mill in ‘Kelby', 18)).toBe(true);
    expect(insideQuotation('the ‘old’ mill in Kelby', 18)).toBe(false);
  });

  it('is no part of a name read up to it', () => {
    expect(withoutClosingMark('Kelby’')).toBe('Kelby');
    expect(withoutClosingMark("Kelby'")).toBe('Kelby');
    expect(withoutClosingMark("O'Neill")).toBe("O'Neill");
    const text = "the ferry from Wales' largest port";
    expect(endsPossessive(text, "Wales'", text.indexOf('Wales'))).toBe(true);
    const quoted = 'the ferry from ‘Wales’ sailed';
    expect(endsPossessive(quoted, 'Wales’', quoted.indexOf('Wales'))).toBe(false);
  });
});
