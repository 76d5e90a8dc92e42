/**
 * Malformed and mis-encoded article files, all invented: each is one problem naming its file
 * (validate), is left out of the load with the others read, and is refused quickly, never read
 * for minutes (html-scan.ts, decode.ts, files.ts).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_HTML_DEPTH, MAX_HTML_ELEMENTS } from '../../src/corpus/html-scan.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { validateCorpus } from '../../src/corpus/validate.js';
import { buildIndex } from '../../src/engine/index.js';
import { articleFolders } from '../support/corpus-fixture.js';

const GOOD =
  'Plant reopens\n\nThe Kestrel Bay water plant closed on 2 March after a pump failed, the operator said.\n';
const folders = articleFolders();
afterEach(() => folders.removeAll());

async function problemsOf(files: Record<string, string | Uint8Array>) {
  const report = await validateCorpus(await folders.corpusOf({ ...files, 'good.txt': GOOD }));
  return report.problems;
}

describe('a bad article file', () => {
  it('empty: is empty', async () => {
    expect(await problemsOf({ 'empty.txt': '' })).toEqual([
      { file: 'empty.txt', message: 'is empty' },
    ]);
  });

  it('binary with a .txt name: is not text (it holds NUL bytes)', async () => {
    const bytes = Uint8Array.from({ length: 4000 }, (_, i) => (i * 37 + (i >> 3)) % 256);
    const [problem] = await problemsOf({ 'photo.txt': bytes });
    expect(problem).toEqual({
      file: 'photo.txt',
      message: expect.stringMatching(/^is not text: it holds NUL bytes/),
    });
  });

  it('UTF-16 without a byte-order mark: says so, either byte order, ASCII or not', async () => {
    const little = Buffer.from(GOOD.replace('Plant', 'Café'), 'utf16le');
    const big = Buffer.from(Buffer.from(GOOD, 'utf16le')).swap16();
    expect(await problemsOf({ 'le.txt': little, 'be.txt': big })).toEqual([
      {
        file: 'be.txt',
        message: expect.stringMatching(/^is UTF-16 \(big-endian\) without a byte-order mark/),
      },
      {
        file: 'le.txt',
        message: expect.stringMatching(/^is UTF-16 \(little-endian\) without a byte-order mark/),
      },
    ]);
    // With its byte-order mark it is read.
    const marked = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD, 'utf16le')]);
    expect(await problemsOf({ 'bom.txt': marked })).toEqual([]);
  });

  it('HTML nested past a browser’s depth, or with more elements than any news page: refused at once', async () => {
    const deep = `<html><body>${'<div>'.repeat(MAX_HTML_DEPTH + 1)}<p>The plant reopens.</p></body></html>`;
    const many = `<html><body>${'<i>x</i>'.repeat(MAX_HTML_ELEMENTS)}<p>The plant reopens.</p></body></html>`;
    const started = performance.now();
    expect(await problemsOf({ 'deep.html': deep, 'many.html': many })).toEqual([
      {
        file: 'deep.html',
        message: expect.stringMatching(/^nests its elements more than 512 deep/),
      },
      {
        file: 'many.html',
        message: expect.stringMatching(/^holds more than 30,000 HTML elements/),
      },
    ]);
    // Read whole, the deep page alone took about a minute at 1,000 deep.
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it('a name holding a line break: named escaped, not read', async () => {
    const problems = await problemsOf({ 'plant\nreopens.txt': GOOD });
    expect(problems).toEqual([
      {
        file: '"plant\\nreopens.txt"',
        message: expect.stringMatching(/^its name holds a line break/),
      },
    ]);
  });

  it('Markdown with a 2 MB line: read, in bounded time', async () => {
    const line = 'The plant reopens on Monday and the operator says so '.repeat(40_000);
    const dir = await folders.corpusOf({
      'long.md': `# Plant reopens\n\n${line.trim()}.\n`,
      'good.txt': GOOD,
    });
    const corpus = await loadCorpus(dir);
    expect(corpus.articles).toHaveLength(2);
  }, 120_000);

  it('leaves no index behind when no article is left, and indexes the good ones otherwise', async () => {
    const bad = { 'empty.txt': '', 'le.txt': Buffer.from(GOOD, 'utf16le') };
    const none = await folders.corpusOf(bad);
    await expect(buildIndex({ corpusDir: none })).rejects.toThrow(/has no article with text/);
    expect(readdirSync(none)).toEqual(['articles']);
    const some = await folders.corpusOf({ ...bad, 'good.txt': GOOD });
    const stats = await buildIndex({ corpusDir: some });
    expect(stats.articles).toBe(1);
    expect(existsSync(path.join(some, '.coverage-index.json'))).toBe(true);
  }, 120_000);
});
