import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldWord, tokenize } from '../../src/text/terms.js';

/** What tokenize gave with `matchAll` before it found words with `RegExp.test` (perf15). */
function byMatchAll(text: string) {
  const tokens = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu)) {
    const word = foldWord(match[0]);
    if (word.length === 0) continue;
    tokens.push({
      word,
      start: match.index,
      end: match.index + match[0].length,
      abbreviation: match[0].includes('.'),
    });
  }
  return tokens;
}

describe('tokenize', () => {
  it.each([
    '',
    '   ',
    'When did Putin and Lukashenka meet in Sochi?',
    "The U.S. didn't say; O’Brien's 3.5% rise — 12,000 people.",
    'Ünïcödé wörds: naïve café, Łódź and 東京 2020',
    // Letters outside the Basic Multilingual Plane are two code units each.
    'the 𝐀𝐁𝐂 notation and 𝔘𝔫𝔦 text, 𠀀𠀁 word',
    'trailing dot. and...dots a.b.c. x',
    "'quoted' words' ends",
    'a\u0301 combining e\u0301',
  ])('finds the words matchAll found: %s', (text) => {
    expect(tokenize(text)).toEqual(byMatchAll(text));
  });

  it('finds the words matchAll found in every bundled article', () => {
    const dir = path.join(import.meta.dirname, '../../corpus/articles');
    for (const file of readdirSync(dir)) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      expect(tokenize(text)).toEqual(byMatchAll(text));
    }
  });

  it('gives offsets into the text, a surrogate pair counted as two', () => {
    const tokens = tokenize('𝐀b c');
    expect(tokens.map((t) => [t.start, t.end])).toEqual([
      [0, 3],
      [4, 5],
    ]);
  });
});
