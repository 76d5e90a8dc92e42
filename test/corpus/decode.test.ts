import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeArticle } from '../../src/corpus/decode.js';

const TEXT = 'The café owner said the crème brûlée was “the best” in town, at €4.';

describe('decodeArticle', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeArticle(Buffer.from(TEXT), 'a.txt', 'text')).toEqual({
      text: TEXT,
      encoding: 'utf-8',
    });
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]);
    expect(decodeArticle(withBom, 'a.txt', 'text')).toEqual({ text: TEXT, encoding: 'utf-8' });
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    expect(decodeArticle(bytes, 'a.txt', 'text')).toEqual({ text: TEXT, encoding: 'utf-16le' });
  });

  it('detects Windows-1252, including its curly quotes and euro sign', () => {
    expect(decodeArticle(iconv.encode(TEXT, 'windows-1252'), 'a.txt', 'text')).toEqual({
      text: TEXT,
      encoding: 'windows-1252',
    });
  });

  it('detects other single-byte encodings (Cyrillic windows-1251)', () => {
    const text =
      'Президент заявил в понедельник, что граница останется открытой, несмотря на давление соседних стран.';
    expect(decodeArticle(iconv.encode(text, 'windows-1251'), 'a.txt', 'text').text).toBe(text);
  });

  it("follows an HTML page's declared charset", () => {
    const html = '<meta charset="iso-8859-2"><p>Łódź: Zażółć gęślą jaźń.</p>';
    expect(decodeArticle(iconv.encode(html, 'iso-8859-2'), 'a.html', 'html')).toEqual({
      text: html,
      encoding: 'iso-8859-2',
    });
  });

  it('refuses bytes no encoding explains, naming the file', () => {
    const binary = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xff, 0x81]);
    expect(() => decodeArticle(binary, 'sub/notes.txt', 'text')).toThrow(
      /^corpus: sub\/notes\.txt: is not UTF-8 and no encoding fits it.*save it as UTF-8$/,
    );
  });
});
