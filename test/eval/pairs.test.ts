import { describe, expect, it } from 'vitest';
import { publishedOf } from './pair-dates.js';
import {
  DEVELOPMENT_ONLY_FILES,
  PAIRS_FILES,
  pairSplit,
  parsePairs,
  predictPair,
  readPairs,
  scorePairs,
  type PairsFile,
} from './pairs.js';

const spec: PairsFile = { file: 'sets/x-pairs.json', corpus: 'bundled', label: 'test' };

describe('pairs files', () => {
  it('gives a pair without a corpus the file’s corpus, and keeps one that names its own', () => {
    const pairs = parsePairs(
      JSON.stringify({
        pairs: [
          { a: 'A.', b: 'B.', label: 'same-fact' },
          { a: 'C.', b: 'D.', label: 'disagree', aspect: 'place', corpus: 'news', note: 'x' },
        ],
      }),
      spec,
    );
    expect(pairs.map((p) => p.corpus)).toEqual(['bundled', 'news']);
  });

  it('names the file and the field when the format is wrong', () => {
    expect(() => parsePairs('{', spec)).toThrow(/sets\/x-pairs\.json is not JSON/);
    expect(() =>
      parsePairs(JSON.stringify({ pairs: [{ a: 'A.', b: 'B.', label: 'same' }] }), spec),
    ).toThrow(/sets\/x-pairs\.json: pairs\.0\.label/);
    expect(() =>
      parsePairs(
        JSON.stringify({ pairs: [{ a: 'A.', b: 'B.', label: 'same-fact', corpus: 'x' }] }),
        spec,
      ),
    ).toThrow(/pairs\.0\.corpus/);
  });
});

describe('scorePairs', () => {
  const claim = 'The port authority said 40 trawlers were impounded in Grimsvik on Monday.';
  const denial =
    'The port authority denied that any trawlers were impounded in Grimsvik on Monday.';
  const same = 'In Grimsvik on Monday, the port authority said 40 trawlers were impounded.';
  const other = 'The port authority said 41 trawlers were impounded in Grimsvik on Monday.';

  it('counts precision and recall of "same fact" and "disagree" against the gold labels', () => {
    const s = scorePairs([
      { a: claim, b: same, label: 'same-fact', corpus: 'bundled' },
      { a: claim, b: denial, label: 'same-fact', corpus: 'bundled' },
      { a: claim, b: other, label: 'disagree', corpus: 'news' },
      { a: claim, b: denial, label: 'different-fact', corpus: 'news' },
    ]);
    expect(s.pairs).toBe(4);
    expect(s.sameFact).toEqual({ predicted: 1, correct: 1, gold: 2 });
    expect(s.disagree).toEqual({ predicted: 1, correct: 1, gold: 1 });
  });

  it('predicts a relation only when both orders find it', () => {
    expect(predictPair({ a: claim, b: same }).kind).toBe('same-fact');
    expect(predictPair({ a: same, b: claim }).kind).toBe('same-fact');
  });
});

describe('pairs with the publication dates of their articles', () => {
  const a = 'The harbour board said 40 trawlers were impounded in Grimsvik this year.';
  const b = 'In Grimsvik 40 trawlers were impounded this year, the harbour board said.';
  const dates = new Map([
    [
      'news' as const,
      new Map<string, string | null>([
        ['a.txt', '2021-05-03'],
        ['b.txt', '2021-11-26'],
        ['c.txt', '2022-01-10'],
        ['undated.txt', null],
      ]),
    ],
  ]);
  const pair = (aFile: string | null, bFile: string | null) => ({
    a,
    b,
    aFile,
    bFile,
    corpus: 'news' as const,
  });

  it('compares time counted from publication only between articles of the same date', () => {
    expect(predictPair(pair('a.txt', 'b.txt'), dates).kind).toBe('same-fact');
    expect(predictPair(pair('a.txt', 'c.txt'), dates).kind).toBe('different-fact');
    expect(predictPair(pair('a.txt', 'undated.txt'), dates).kind).toBe('different-fact');
    // Without the dates, as before they were read: never the same fact.
    expect(predictPair(pair('a.txt', 'b.txt')).kind).toBe('different-fact');
  });

  it('reads an invented sentence (no file) as undated, and refuses a file the corpus lacks', () => {
    expect(publishedOf(dates, 'news', null)).toBeNull();
    expect(publishedOf(dates, 'news', 'b.txt')).toBe('2021-11-26');
    expect(() => publishedOf(dates, 'news', 'gone.txt')).toThrow(/gone\.txt.*news corpus/);
  });
});

describe('pairs written by someone who read the code', () => {
  it('are development pairs only, so the test part stays unseen', () => {
    for (const file of DEVELOPMENT_ONLY_FILES) {
      const spec = PAIRS_FILES.find((f) => f.file === file);
      expect(spec).toBeDefined();
      const pairs = readPairs(spec as PairsFile) ?? [];
      expect(pairs.length).toBeGreaterThan(0);
      expect(pairs.filter((p) => pairSplit({ ...p, file }) !== 'dev').map((p) => p.a)).toEqual([]);
    }
  });

  it('read an invented article’s given publication date', () => {
    const a = 'Kelby council approved a new bus depot on Tuesday.';
    const b = 'Kelby council approved a new bus depot on March 2.';
    expect(predictPair({ a, b, aPublished: '2021-03-03', bPublished: '2021-03-04' }).kind).toBe(
      'same-fact',
    );
    expect(predictPair({ a, b }).kind).toBe('different-fact');
    expect(() =>
      parsePairs(JSON.stringify({ pairs: [{ a, b, label: 'same-fact', aPublished: 'x' }] }), spec),
    ).toThrow(/pairs\.0\.aPublished/);
  });
});
