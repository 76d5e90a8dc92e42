/**
 * Each sentence's values told as irrealis (irrealis-values.ts `irrealisValueSpans`) as the
 * index saves them: read at build, so that a question of a realised act reads a candidate's
 * text without them (search-index.ts `realisTextOf`) by blanking saved spans instead of reading
 * every value's clause anew. At full State of the Union scale about one sentence in twenty holds
 * any, so they are saved sparsely: one packed array of (sentence, start, end) triples, the
 * sentences ascending, the offsets into the sentence's text (UTF-16, end exclusive).
 */
import { packInts, unpackInts, type PackedArray } from './packed.js';

const NONE = new Int32Array(0);

/**
 * Packs each sentence's spans (flat start/end pairs, in text order), in corpus order.
 *
 * @throws Error when a sentence's spans are not pairs.
 */
export function packRealisBlanks(perSentence: ReadonlyArray<ArrayLike<number>>): PackedArray {
  const triples: number[] = [];
  perSentence.forEach((spans, s) => {
    if (spans.length % 2 !== 0)
      throw new Error(`index: the irrealis spans of sentence ${s} are not pairs`);
    for (let i = 0; i < spans.length; i += 2)
      triples.push(s, spans[i] as number, spans[i + 1] as number);
  });
  return packInts(triples);
}

/** Saved spans unpacked: {@link RealisBlanks.of} a sentence is its flat start/end pairs. */
export class RealisBlanks {
  private constructor(private readonly bySentence: ReadonlyMap<number, Int32Array>) {}

  /**
   * Unpacks what {@link packRealisBlanks} saved, for sentences of the lengths `lengthOf` gives
   * (`sentences` of them).
   *
   * @throws Error when the saved form is malformed, out of order, or names a sentence or an
   * offset outside the corpus.
   */
  static unpack(
    packed: PackedArray,
    sentences: number,
    lengthOf: (sentence: number) => number,
  ): RealisBlanks {
    const triples = unpackInts(packed);
    if (triples.length % 3 !== 0) throw new Error('index: the irrealis spans are malformed');
    const bySentence = new Map<number, Int32Array>();
    let i = 0;
    let last = -1;
    while (i < triples.length) {
      const s = triples[i] as number;
      if (!(s > last && s < sentences))
        throw new Error(`index: sentence ${s} of the irrealis spans is out of order or range`);
      const length = lengthOf(s);
      let j = i;
      const pairs: number[] = [];
      let at = 0;
      while (j < triples.length && triples[j] === s) {
        const start = triples[j + 1] as number;
        const end = triples[j + 2] as number;
        if (!(start >= at && end >= start && end <= length))
          throw new Error(`index: an irrealis span of sentence ${s} is out of its text`);
        pairs.push(start, end);
        at = end;
        j += 3;
      }
      bySentence.set(s, Int32Array.from(pairs));
      last = s;
      i = j;
    }
    return new RealisBlanks(bySentence);
  }

  /** The spans of `sentence`: flat start/end pairs, empty when it holds none. */
  of(sentence: number): Int32Array {
    return this.bySentence.get(sentence) ?? NONE;
  }
}
