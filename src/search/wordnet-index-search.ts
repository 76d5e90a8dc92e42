/**
 * A lemma's line in one of WordNet's `index.<pos>` files, found by binary search on the file's
 * bytes. The files are sorted by lemma, byte by byte, so that a program can search them without
 * reading them whole (wndb(5WN); WordNet's own `bin_search`, binsrch.c): a look-up reads about 17
 * lines of index.noun's 118,000, where parsing every line into a map costs some 0.4 s of CPU in
 * each process that asks one noun (timeline/event-noun.ts), and only the pages of the file
 * holding those lines are read (wordnet-file.ts).
 */
import type { FileLines } from './wordnet-file.js';

const SPACE = 0x20;

/** Lemmas as the index files write them: printable ASCII, no space (multiword lemmas use "_"). */
const INDEX_KEY = /^[\x21-\x7e]+$/;

/**
 * The line of `lemma` (lower case; a multiword lemma with spaces or underscores: "come into
 * force") in `data`, the lines of an `index.<pos>` file (wordnet-file.ts), without its newline;
 * null when the file has no such lemma. The licence lines open with a space, so they sort before
 * every lemma.
 *
 * @example indexLineOf(pagedLines('dict/index.verb'), 'find') // 'find v 16 6 @ ~ * $ + ; …'
 */
export function indexLineOf(data: FileLines, lemma: string): string | null {
  const written = lemma.replace(/ /g, '_');
  if (!INDEX_KEY.test(written)) return null;
  const key = Buffer.from(written, 'latin1');
  // [low, high): byte offsets; `low` is always the start of a line.
  let low = 0;
  let high = data.length;
  while (low < high) {
    const start = data.lineStart((low + high) >>> 1);
    const line = data.lineFrom(start);
    const space = line.indexOf(SPACE);
    const order = Buffer.compare(line.subarray(0, space < 0 ? line.length : space), key);
    if (order === 0) return line.toString('latin1');
    if (order < 0) low = start + line.length + 1;
    else high = start;
  }
  return null;
}
