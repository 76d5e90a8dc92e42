/**
 * A table from keys to lists of words, saved as one string and looked up in it where it
 * lies. The synonym tables hold tens of thousands of keys; saved as JSON lists they took a
 * third of the time of parsing a large index (36,652 entries of the State of the Union's,
 * `node --cpu-prof` on bench/probes/probe.ts) and as long again to turn into a `Map`, while a
 * question looks up a handful of keys. One string parses at the speed of a copy, and a lookup
 * is a binary search over its sorted lines (as `look(1)` searches a sorted file).
 *
 * Layout: one line per key, sorted by key in UTF-16 code-unit order (JavaScript's `<`), lines
 * parted by {@link LINE}; on a line, the key and then its words, parted by {@link FIELD}.
 */

import { keptIn } from '../text/bounded-memo.js';

/** Parts lines (entries). */
const LINE = '\n';
/** Parts a line's key and words. */
const FIELD = '\t';
/** Keys whose words {@link TermTable.get} keeps, so that a key asked again costs no split. */
const MAX_KEPT_KEYS = 10_000;
const NONE: readonly string[] = Object.freeze([]);

/** A table as saved: its lines, sorted by key. */
export interface PackedTermTable {
  lines: string;
}

/**
 * Packs entries (key, words) into the saved layout.
 *
 * @throws Error when a key repeats, or a key or word is empty or holds a line or field break
 *   (index terms never do: they are letters and digits, phrases of them parted by spaces).
 */
export function packTermTable(
  entries: Iterable<readonly [string, readonly string[]]>,
): PackedTermTable {
  const sorted = [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const lines: string[] = [];
  sorted.forEach(([key, words], i) => {
    if (i > 0 && sorted[i - 1]![0] === key) throw new Error(`term table: key "${key}" repeats`);
    for (const part of [key, ...words])
      if (part === '' || part.includes(LINE) || part.includes(FIELD))
        throw new Error(`term table: ${JSON.stringify(part)} cannot be saved in a term table`);
    lines.push([key, ...words].join(FIELD));
  });
  return { lines: lines.join(LINE) };
}

/** Looks keys up in a {@link PackedTermTable} without unpacking it. */
export class TermTable {
  private readonly kept = new Map<string, readonly string[]>();

  private constructor(private readonly lines: string) {}

  /** @throws Error when `packed` is not a saved table. */
  static unpack(packed: PackedTermTable): TermTable {
    if (typeof packed?.lines !== 'string') throw new Error('index: a term table is malformed');
    return new TermTable(packed.lines);
  }

  /** The words of `key`; empty when the table has no such key. The list is shared: do not change it. */
  get(key: string): readonly string[] {
    return keptIn(this.kept, key, MAX_KEPT_KEYS, (k) => this.find(k));
  }

  private find(key: string): readonly string[] {
    const { lines } = this;
    // Invariant: the line of `key`, if any, starts in [low, high); both are line starts.
    let low = 0;
    let high = lines.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const start = lines.lastIndexOf(LINE, middle - 1) + 1;
      let end = lines.indexOf(LINE, start);
      if (end < 0) end = lines.length;
      let keyEnd = lines.indexOf(FIELD, start);
      if (keyEnd < 0 || keyEnd > end) keyEnd = end;
      const order = compareTo(key, lines, start, keyEnd);
      if (order === 0) return keyEnd === end ? NONE : lines.slice(keyEnd + 1, end).split(FIELD);
      if (order < 0) high = start;
      else low = end + 1;
    }
    return NONE;
  }
}

/** `key` against `text[start, end)` in code-unit order: negative, zero or positive. */
function compareTo(key: string, text: string, start: number, end: number): number {
  const length = Math.min(key.length, end - start);
  for (let i = 0; i < length; i++) {
    const difference = key.charCodeAt(i) - text.charCodeAt(start + i);
    if (difference !== 0) return difference;
  }
  return key.length - (end - start);
}
