/**
 * WordNet's files read by the line (src/search/wordnet-file.ts): read by the page, a file gives
 * the same lines as its bytes in memory, at every offset, lines crossing pages and a file
 * without a final newline included; and a lemma is found in an index read by the page.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bufferLines, pagedLines } from '../../src/search/wordnet-file.js';
import { indexLineOf } from '../../src/search/wordnet-index-search.js';

const folder = mkdtempSync(path.join(os.tmpdir(), 'wordnet-file-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Writes `text` to a file of the temporary folder, its path. */
function fileOf(name: string, text: string): string {
  const file = path.join(folder, name);
  writeFileSync(file, text, 'latin1');
  return file;
}

/** Lines of varied lengths, some longer than the pages of the tests, some empty. */
const LINES = ['  1 licence line', 'abbey n 1', '', 'x'.repeat(23), 'bridge n 4 3', 'y'.repeat(9)];

describe('a file read by the page', () => {
  for (const ending of ['\n', '']) {
    it(`gives the lines of its bytes at every offset (final newline ${JSON.stringify(ending)})`, () => {
      const text = `${LINES.join('\n')}${ending}`;
      const whole = bufferLines(Buffer.from(text, 'latin1'));
      for (const pageBytes of [1, 4, 7, 64]) {
        const paged = pagedLines(fileOf(`lines-${pageBytes}${ending.length}`, text), pageBytes);
        expect(paged.length).toBe(whole.length);
        for (let at = 0; at < text.length; at++) {
          expect(paged.lineStart(at), `start of ${at}, pages of ${pageBytes}`).toBe(
            whole.lineStart(at),
          );
          expect(paged.lineFrom(at).toString('latin1')).toBe(whole.lineFrom(at).toString('latin1'));
        }
      }
    });
  }

  it('finds each lemma of an index read in pages smaller than a line', () => {
    const lines = [
      '  1 This software and database is being provided to you, the LICENSEE, by',
      'abbey n 1 2 @ ~ 1 0 02699495',
      'bridge n 4 3 @ ~ + 4 2 02900160 09236472',
      'bridge_over n 1 1 @ 1 0 01234567',
      'ferry n 3 2 @ + 3 1 03329663 03329817',
    ];
    const index = pagedLines(fileOf('index.noun', `${lines.join('\n')}\n`), 5);
    for (const line of lines.slice(1))
      expect(indexLineOf(index, line.slice(0, line.indexOf(' ')))).toBe(line);
    expect(indexLineOf(index, 'bridges')).toBeNull();
  });

  it('throws on first use when the file is missing', () => {
    expect(() => pagedLines(path.join(folder, 'absent')).lineFrom(0)).toThrow(/ENOENT/);
  });
});
