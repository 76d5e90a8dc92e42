/**
 * A sorted list of words stored front-coded in blocks (Witten, Moffat and Bell, "Managing
 * Gigabytes", 2nd ed., §4.1): each word is kept as the number of leading characters it shares
 * with the word before it and the rest, and every {@link BLOCK}th word is kept whole, so that a
 * lookup binary-searches the whole words and decodes one block. English dictionary words
 * sorted share about half their letters with their neighbours: the saved index holds half the
 * characters, and a lookup needs neither a split of the whole list nor a set of its words.
 */

/** Words per block: the first kept whole, the rest front-coded against the one before. */
const BLOCK = 16;
/**
 * The shared length is written as one character, `String.fromCharCode(ZERO + shared)`
 * ('0' for none): one character, up to {@link MAX_SHARED}, however long the word.
 */
const ZERO = 48;
const MAX_SHARED = 40;

/**
 * `words` front-coded, one word a line (newline-joined): each line is the shared-length
 * character and the word's characters past the shared ones.
 *
 * @param words sorted by UTF-16 code units (`Array.prototype.sort`'s default order), none
 *   empty and none holding a line break; throws RangeError otherwise.
 */
export function frontCode(words: readonly string[]): string {
  const lines: string[] = [];
  let previous = '';
  words.forEach((word, i) => {
    if (word.length === 0 || word.includes('\n') || (i > 0 && word <= previous))
      throw new RangeError(
        `front coding: words must be non-empty, on one line, sorted and distinct; got ${JSON.stringify(word)} after ${JSON.stringify(previous)}`,
      );
    let shared = 0;
    if (i % BLOCK !== 0)
      while (
        shared < MAX_SHARED &&
        shared < word.length &&
        shared < previous.length &&
        word[shared] === previous[shared]
      )
        shared += 1;
    lines.push(String.fromCharCode(ZERO + shared) + word.slice(shared));
    previous = word;
  });
  return lines.join('\n');
}

/** The words of a list written by {@link frontCode}, looked up without decoding them all. */
export class FrontCodedWords {
  /** Offsets in `text` of each block's first line, found on first lookup. */
  private blockStarts: Int32Array | undefined;

  constructor(private readonly text: string) {}

  /** True when `word` is in the list: a binary search over the blocks, then one block decoded. */
  has(word: string): boolean {
    const starts = (this.blockStarts ??= this.findBlockStarts());
    let low = 0;
    let high = starts.length - 1;
    // The last block whose first word is at most `word`.
    let block = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.lineAt(starts[middle] as number).rest <= word) {
        block = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    if (block < 0) return false;
    let offset = starts[block] as number;
    let previous = '';
    for (let i = 0; i < BLOCK && offset <= this.text.length; i++) {
      const line = this.lineAt(offset);
      const current = previous.slice(0, line.shared) + line.rest;
      if (current === word) return true;
      if (current > word) return false;
      previous = current;
      offset = line.end + 1;
    }
    return false;
  }

  private lineAt(offset: number): { shared: number; rest: string; end: number } {
    let end = this.text.indexOf('\n', offset);
    if (end < 0) end = this.text.length;
    return {
      shared: this.text.charCodeAt(offset) - ZERO,
      rest: this.text.slice(offset + 1, end),
      end,
    };
  }

  private findBlockStarts(): Int32Array {
    if (this.text.length === 0) return new Int32Array(0);
    const starts: number[] = [];
    let line = 0;
    for (let offset = 0; offset <= this.text.length; line++) {
      if (line % BLOCK === 0) starts.push(offset);
      const end = this.text.indexOf('\n', offset);
      if (end < 0) break;
      offset = end + 1;
    }
    return Int32Array.from(starts);
  }
}
