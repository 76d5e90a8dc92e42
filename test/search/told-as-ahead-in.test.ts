/**
 * told-as-ahead.ts `toldAsAheadIn`, the reader of many words of one sentence that the build's
 * irrealis spans use: it answers as `toldAsAhead` does for each word, whichever clause it is in
 * and in whatever order the words are asked, though it reads each clause once. Invented
 * sentences with a future clause, a past one and a clause saying the act is not done.
 */
import { describe, expect, it } from 'vitest';
import { toldAsAhead, toldAsAheadIn } from '../../src/search/told-as-ahead.js';

const SENTENCES = [
  'The pier opened in 2019; the second berth will open on 4 May, and the cost rose to £14 million.',
  'Officials said the review would be published in May, but the inquiry has not yet reported.',
  'The council, which met on Tuesday, may still ask for 12 more staff to be hired by June.',
];

/** Each word of `text` with its offsets. */
function wordsOf(text: string): Array<[start: number, end: number]> {
  return [...text.matchAll(/[\p{L}\d£.,]+/gu)].map((m) => [m.index, m.index + m[0].length]);
}

describe('toldAsAheadIn', () => {
  it.each(SENTENCES)('answers as toldAsAhead for every word, in any order: %s', (text) => {
    const words = wordsOf(text);
    const expected = words.map(([start, end]) => toldAsAhead(text, start, end));
    const forward = toldAsAheadIn(text);
    expect(words.map(([start, end]) => forward(start, end))).toEqual(expected);
    const backward = toldAsAheadIn(text);
    const reversed = [...words].reverse().map(([start, end]) => backward(start, end));
    expect(reversed.reverse()).toEqual(expected);
  });

  it('tells a future clause from a past one in one sentence', () => {
    const text = SENTENCES[0] as string;
    const ahead = toldAsAheadIn(text);
    const at = (word: string) => [text.indexOf(word), text.indexOf(word) + word.length] as const;
    expect(ahead(...at('2019'))).toBe(false);
    expect(ahead(...at('4'))).toBe(true);
  });
});
