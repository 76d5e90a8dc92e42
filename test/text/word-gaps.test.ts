/**
 * splitsIntoAtMost counts a text's words only as far as a limit, as `split(/\s+/)` would count
 * them all: the line rules ask it of every line, a whole paragraph set on one line among them.
 */
import { describe, expect, it } from 'vitest';
import { splitsIntoAtMost } from '../../src/text/word-gaps.js';

const TEXTS = [
  '',
  ' ',
  'Politics',
  'Local News',
  ' Local  News ',
  'Arts and Culture',
  'Water Services Authority of the Republic of Dunmere',
  'one\ttwo\nthree\u00a0four',
];

describe('splitsIntoAtMost', () => {
  it('agrees with splitting the whole text on whitespace runs', () => {
    for (const text of TEXTS)
      for (let most = 1; most <= 10; most++)
        expect(splitsIntoAtMost(text, most), `${JSON.stringify(text)} ≤ ${most}`).toBe(
          text.split(/\s+/).length <= most,
        );
  });

  it('answers for a long line from its first words', () => {
    const speech = 'Fellow citizens of the Senate and House of Representatives. '.repeat(20_000);
    expect(splitsIntoAtMost(speech, 3)).toBe(false);
    expect(splitsIntoAtMost(speech, 2_000_000)).toBe(true);
  });
});
