/**
 * Damaged UTF-8 is refused by name, never decoded by a guessed charset and quoted as mojibake
 * (damaged-utf8.ts, decode.ts); a genuine legacy file, Shift_JIS Japanese or Windows-1252
 * English, is still read (plausibility.ts). Invented texts: English with truncated UTF-8
 * sequences, as a cut download or a bad copy leaves them; Japanese news sentences.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeArticle } from '../../src/corpus/decode.js';
import { utf8Damage } from '../../src/corpus/damaged-utf8.js';
import { implausibility } from '../../src/corpus/plausibility.js';
import { validateCorpus } from '../../src/corpus/validate.js';
import { buildIndex } from '../../src/engine/index.js';
import { articleFolders } from '../support/corpus-fixture.js';

const folders = articleFolders();
afterEach(() => folders.removeAll());

const bytes = (latin1: string) => Buffer.from(latin1, 'latin1');

/** English whose curly quote lost its last byte ("\xe2\x80") and whose "é" lost its second ("\xc3"). */
const CUT = bytes(
  'Wagon leak\n\nThe wagon \xe2\x80 leaked \xc3 badly on the viaduct approach near the river.\n',
);
/** UTF-8 with curly quotes and accents, one character of which lost its last byte. */
const MOSTLY_UTF8 = Buffer.concat([
  Buffer.from('Harbour reopens\n\nThe mayor said “we will rebuild” and the café reopened.\n'),
  bytes('The crowd \xe2\x80 cheered.\n'),
]);
/** Japanese news, with Latin words in it as Japanese writes them (NHK, full-width ＮＨＫ). */
const JAPANESE =
  '大雨で川が増水\n\nNHKによると、東京～大阪の新幹線は第①便から運休した。ＮＨＫの記者が伝えた。計画では、大雨の際に川の水位が上がった場合、住民に早めの避難を呼びかける。\n';
const GOOD =
  'Council approves budget\n\nThe council approved its annual budget on Monday after a long debate.\n';

describe('utf8Damage', () => {
  it('counts what the WHATWG decoder finds ill-formed and where the first is', () => {
    expect(utf8Damage(CUT)).toEqual({
      illFormed: 2,
      wellFormed: 0,
      cutShort: true,
      first: { offset: 22, line: 3, bytes: Buffer.from([0xe2, 0x80]) },
    });
    expect(utf8Damage(MOSTLY_UTF8)).toMatchObject({ illFormed: 1, wellFormed: 3 });
    expect(utf8Damage(Buffer.from(JAPANESE))).toBeNull();
  });

  it('counts a U+FFFD written in the file as a well-formed character, not a damaged place', () => {
    const written = Buffer.concat([Buffer.from('a\uFFFDb\uFFFD\n€'), bytes('\xe2\x80A')]);
    expect(utf8Damage(written)).toEqual({
      illFormed: 1,
      wellFormed: 3,
      cutShort: true,
      first: { offset: 12, line: 2, bytes: Buffer.from([0xe2, 0x80]) },
    });
  });
});

describe('implausibility in CJK writing', () => {
  it('counts CJK characters amid Latin writing, not Latin words or symbols in CJK writing', () => {
    expect(implausibility('The wagon 窶 leaked ﾃ badly.')).toBe(2);
    expect(implausibility(JAPANESE)).toBe(0);
  });
});

describe('decodeArticle on damaged UTF-8', () => {
  it('refuses English with cut-short sequences, naming where and no charset', () => {
    expect(() => decodeArticle(CUT, 'garbled.txt', 'text')).toThrow(
      'corpus: garbled.txt: is damaged UTF-8, so it is not read (its quotes would be garbled): 2 places in it are not valid UTF-8 (the first on line 3, at byte 22: bytes E2 80, a character cut short), and no other encoding reads it as plain writing; save the original article again as UTF-8',
    );
  });

  it('refuses UTF-8 with one damaged place, pointing at it rather than at a valid character', () => {
    expect(() => decodeArticle(MOSTLY_UTF8, 'harbour.txt', 'text')).toThrow(
      /: 1 place in it is not valid UTF-8 \(on line 4, at byte 88: bytes E2 80, a character cut short\), while 3 of its 4 characters beyond ASCII are valid UTF-8; save the original article again as UTF-8$/,
    );
  });

  it('tells an HTML page with no charset it may declare one', () => {
    const page = Buffer.concat([
      bytes('<html><body><p>The wagon \xe2\x80 leaked.</p></body></html>'),
    ]);
    expect(() => decodeArticle(page, 'wagon.html', 'html')).toThrow(
      /save the original article again as UTF-8 \(or, if the page is really in another encoding, declare it: <meta charset="…">\)$/,
    );
  });
});

describe('decodeArticle on genuine legacy files', () => {
  it('reads Shift_JIS and EUC-JP Japanese holding Latin words and full-width letters', () => {
    for (const encoding of ['shift_jis', 'euc-jp'])
      expect(decodeArticle(iconv.encode(JAPANESE, encoding), 'ja.txt', 'text')).toEqual({
        text: JAPANESE,
        encoding,
        detected: true,
      });
  });

  it('reads Windows-1252 whose "é’" happens to look like a cut UTF-8 sequence', () => {
    const text = 'The café’s owner said dues will rise.\n';
    expect(decodeArticle(iconv.encode(text, 'windows-1252'), 'a.txt', 'text')).toEqual({
      text,
      encoding: 'windows-1252',
      detected: true,
    });
  });
});

describe('a corpus holding damaged UTF-8', () => {
  it('is invalid, names the file, and quotes none of it', async () => {
    const report = await validateCorpus(
      await folders.corpusOf({ 'garbled.txt': CUT, 'good.txt': GOOD }),
    );
    expect(report.problems).toEqual([
      {
        file: 'garbled.txt',
        message: expect.stringMatching(/^is damaged UTF-8, so it is not read/),
      },
    ]);
    expect(report.counts.articles).toBe(1);
  });

  it('leaves no index when nothing else is left, and indexes without it otherwise', async () => {
    const alone = await folders.corpusOf({ 'garbled.txt': CUT });
    await expect(buildIndex({ corpusDir: alone })).rejects.toThrow();
    expect(readdirSync(alone)).toEqual(['articles']);
    const mixed = await folders.corpusOf({ 'garbled.txt': CUT, 'good.txt': GOOD });
    expect((await buildIndex({ corpusDir: mixed })).articles).toBe(1);
    const index = JSON.parse(readFileSync(path.join(mixed, '.coverage-index.json'), 'utf8')) as {
      articles: { meta: { file: string } }[];
    };
    expect(index.articles.map((article) => article.meta.file)).toEqual(['good.txt']);
  }, 120_000);
});
