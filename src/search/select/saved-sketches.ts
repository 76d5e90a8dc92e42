/**
 * Each sentence's disagreement sketch (fact-relation.ts `DisagreementSketch`) as an index saves
 * it: the stems of its content terms as compared, as numbers into one list of stems, in order of
 * first occurrence, and its sketch bits. A term as compared is its stem cut to
 * `SEARCH_OPTIONS.facts.namePrefix` letters, so the stems alone give both.
 */
import type { Sentence } from '../../corpus/types.js';
import { SEARCH_OPTIONS } from '../options.js';
import { keptIn } from '../../text/bounded-memo.js';
import {
  IntLists,
  packInts,
  packLists,
  unpackInts,
  type PackedArray,
  type PackedLists,
} from '../packed.js';
import { disagreementSketchOf, type DisagreementSketch } from './fact-relation.js';
import { factTextAt } from './value-kinds.js';

/** The sketches of a corpus's sentences, as saved. */
export interface PackedSketches {
  /** Every stem of a term as compared, once. */
  factStems: string[];
  /** Per sentence, its terms' stems as indexes into `factStems`. */
  factTerms: PackedLists;
  /** Per sentence, its sketch bits (disagreement-sketch.ts). */
  factSketches: PackedArray;
}

/** Sketches made at most, kept: a question tests its fifty best candidates against each other. */
const MAX_KEPT_SKETCHES = 20_000;

/** Per sentence of `sentences`, the sketch of its text as analysed (value-kinds.ts `factTextAt`). */
export function packSketches(
  sentences: readonly Sentence[],
  textOf: (sentence: number) => string,
): PackedSketches {
  const ids = new Map<string, number>();
  const factStems: string[] = [];
  const terms: number[][] = [];
  const sketches = new Uint8Array(sentences.length);
  for (let s = 0; s < sentences.length; s++) {
    const { stems, sketch } = disagreementSketchOf(factTextAt(sentences, textOf, s));
    sketches[s] = sketch;
    terms.push(
      Array.from(stems.values(), (stem) => {
        let id = ids.get(stem);
        if (id === undefined) {
          ids.set(stem, (id = factStems.length));
          factStems.push(stem);
        }
        return id;
      }),
    );
  }
  return { factStems, factTerms: packLists(terms), factSketches: packInts(sketches) };
}

/** Saved sketches unpacked; {@link SavedSketches.of} a sentence is made on first use and kept. */
export class SavedSketches {
  readonly #stems: readonly string[];
  readonly #terms: IntLists;
  readonly #sketches: Int32Array;
  readonly #kept = new Map<number, DisagreementSketch>();

  /** Throws when the saved lists are not one per sentence of `sentences`. */
  constructor(packed: PackedSketches, sentences: number) {
    this.#stems = packed.factStems;
    this.#terms = IntLists.unpack(packed.factTerms);
    this.#sketches = unpackInts(packed.factSketches);
    if (this.#terms.length !== sentences || this.#sketches.length !== sentences)
      throw new Error('index: the fact sketches do not match the sentences');
  }

  /** The sketch of sentence `s`. Throws when a saved stem is out of range. */
  of(s: number): DisagreementSketch {
    return keptIn(this.#kept, s, MAX_KEPT_SKETCHES, this.#make);
  }

  readonly #make = (s: number): DisagreementSketch => {
    const stems = new Map<string, string>();
    const prefix = SEARCH_OPTIONS.facts.namePrefix;
    for (const id of this.#terms.get(s)) {
      const stem = this.#stems[id];
      if (stem === undefined) throw new Error('index: a fact stem is out of range');
      stems.set(stem.slice(0, prefix), stem);
    }
    return { stems, sketch: this.#sketches[s] ?? 0 };
  };
}
