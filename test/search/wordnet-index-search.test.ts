/**
 * A lemma's line in a WordNet index file by binary search (src/search/wordnet-index-search.ts),
 * on a tiny invented index laid out as wndb(5WN) lays them out: licence lines opening with a
 * space, then one line per lemma in byte order, multiword lemmas joined by "_".
 */
import { describe, expect, it } from 'vitest';
import { bufferLines } from '../../src/search/wordnet-file.js';
import { indexLineOf } from '../../src/search/wordnet-index-search.js';

const LINES = [
  '  1 This software and database is being provided to you, the LICENSEE, by',
  '  2 Princeton University under the following license.',
  'abbey n 1 2 @ ~ 1 0 02699495',
  'bridge n 4 3 @ ~ + 4 2 02900160 09236472',
  'bridge_over n 1 1 @ 1 0 01234567',
  'bridgehead n 1 1 @ 1 0 02900905',
  "cat's_cradle n 1 1 @ 1 0 00482043",
  'ferry n 3 2 @ + 3 1 03329663 03329817',
  'zymurgy n 1 1 @ 1 0 06078978',
];
const INDEX = Buffer.from(`${LINES.join('\n')}\n`, 'latin1');

describe('a lemma in a WordNet index file', () => {
  it('finds every lemma, first and last too, as its whole line', () => {
    for (const line of LINES.slice(2))
      expect(indexLineOf(bufferLines(INDEX), line.slice(0, line.indexOf(' ')))).toBe(line);
  });

  it('finds a multiword lemma written with spaces', () => {
    expect(indexLineOf(bufferLines(INDEX), 'bridge over')).toBe(LINES[4]);
  });

  it('finds no lemma the file lacks, nor a prefix of one, nor a licence line', () => {
    // Near misses: a prefix ("bridg"), a longer word ("bridges"), between two lemmas.
    for (const missing of ['bridg', 'bridges', 'aardvark', 'zzz', 'cat', 'catalogue'])
      expect(indexLineOf(bufferLines(INDEX), missing)).toBeNull();
    expect(indexLineOf(bufferLines(INDEX), '')).toBeNull();
    expect(indexLineOf(bufferLines(INDEX), '1')).toBeNull();
    // Upper case and letters outside ASCII are spelt in no index file.
    expect(indexLineOf(bufferLines(INDEX), 'Ferry')).toBeNull();
    expect(indexLineOf(bufferLines(INDEX), 'café')).toBeNull();
  });

  it('reads a file without a final newline', () => {
    const unended = Buffer.from(LINES.join('\n'), 'latin1');
    expect(indexLineOf(bufferLines(unended), 'zymurgy')).toBe(LINES.at(-1));
    expect(indexLineOf(bufferLines(unended), 'abbey')).toBe(LINES[2]);
  });
});
