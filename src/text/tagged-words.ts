/**
 * The words of a text as wink-nlp's part-of-speech tagger reads them, mapped back to character
 * offsets in the text, and their packed form: what sentence segmentation reads of a paragraph
 * when a build asks for its tags too (corpus/segment.ts), so that the sentences' event words are
 * taken from that one read of the text instead of a second read of each sentence
 * (search/article-events.ts).
 */

/** A word of a text as wink-nlp tags it, with its offsets in the text. */
export interface TaggedWord {
  value: string;
  /** Universal part-of-speech tag ("VERB", "NOUN", "AUX", "PART", …). */
  tag: string;
  start: number;
  end: number;
}

/**
 * Finds each of wink-nlp's token `values` (tagged `tags`, in the same order) in `text`, in order,
 * and gives `add` its offsets in `text` plus `offset`. A value not found verbatim from the end of
 * the last one found is skipped (wink-nlp gives the text's own characters, so none is in prose).
 */
export function readWords(
  text: string,
  values: readonly string[],
  tags: readonly string[],
  add: (value: string, tag: string, start: number, end: number) => void,
  offset = 0,
): void {
  let cursor = 0;
  values.forEach((value, i) => {
    const start = text.indexOf(value, cursor);
    if (start < 0) return;
    cursor = start + value.length;
    add(value, tags[i] ?? '', offset + start, offset + cursor);
  });
}

/**
 * Tagged words packed to pass between threads: flat start/end offset pairs, and the tags joined
 * by spaces (a tag is one word), in the order of the text. The values are the text's own slices.
 */
export interface PackedWords {
  bounds: Int32Array;
  tags: string;
}

/** Collects tagged words ({@link readWords}'s `add`) and packs them ({@link PackedWords}). */
export class WordPacker {
  readonly #bounds: number[] = [];
  readonly #tags: string[] = [];

  readonly add = (_value: string, tag: string, start: number, end: number): void => {
    this.#bounds.push(start, end);
    this.#tags.push(tag);
  };

  pack(): PackedWords {
    return { bounds: Int32Array.from(this.#bounds), tags: this.#tags.join(' ') };
  }
}

/**
 * Reads packed words of `text` ({@link PackedWords}) span by span, spans in increasing order:
 * each call gives the words wholly inside `[start, end)`, with offsets relative to `start`.
 */
export class PackedWordReader {
  readonly #text: string;
  readonly #bounds: Int32Array;
  readonly #tags: string[];
  #next = 0;

  constructor(text: string, packed: PackedWords) {
    this.#text = text;
    this.#bounds = packed.bounds;
    this.#tags = packed.tags.split(' ');
  }

  wordsIn(start: number, end: number): TaggedWord[] {
    const bounds = this.#bounds;
    const count = bounds.length / 2;
    while (this.#next < count && (bounds[2 * this.#next] as number) < start) this.#next++;
    const words: TaggedWord[] = [];
    while (this.#next < count && (bounds[2 * this.#next + 1] as number) <= end) {
      const from = bounds[2 * this.#next] as number;
      const to = bounds[2 * this.#next + 1] as number;
      words.push({
        value: this.#text.slice(from, to),
        tag: this.#tags[this.#next] as string,
        start: from - start,
        end: to - start,
      });
      this.#next++;
    }
    return words;
  }
}
