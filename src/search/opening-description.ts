/**
 * A sentence's opening definite description as the index saves it, so that answering reads it
 * without wink's lexicon or WordNet (test/engine/no-tagger-at-question-time.test.ts): which of
 * the words after "The" may head the description (the description ends there: a verb, a
 * non-restrictive relative or an age follows it) and what each such head names, a person, a
 * body or neither (described-subject.ts `openingCode` reads it at build, by the rule given
 * there). Of a sentence's words only their places are saved; the words are read from its text.
 *
 * The code is one byte: two bits for each of the first {@link HEAD_PLACES} words after "The"
 * (the word right after "The" in the lowest two), {@link NOT_A_HEAD}, {@link HEAD},
 * {@link PERSON_HEAD} or {@link GROUP_HEAD}; 0 for a sentence opening with no such description.
 * The index saves the codes of the sentences that have one (search-index.ts
 * `openingDescriptions`).
 */
import { packInts, unpackInts, type PackedArray } from './packed.js';

/** What a description's head says its referent is. */
export type DescribedKind = 'person' | 'group';

/** A definite description as a sentence's subject: its head noun as written, and its kind. */
export interface DescribedHead {
  /** The head noun, as written ("31-year-old", "minister", "company"). */
  head: string;
  kind: DescribedKind;
}

/** At most this many modifiers stand between "The" and the head ("The former Dutch-born engineer"). */
export const MAX_MODIFIERS = 3;
/** The words after "The" a head may be: the modifiers', then the head's. */
export const HEAD_PLACES = MAX_MODIFIERS + 1;

/** A word after "The" no description ends at. */
export const NOT_A_HEAD = 0;
/** A word the description may end at, naming neither a person nor a body ("The railway"). */
export const HEAD = 1;
/** A head naming a person ("The 31-year-old", "The minister"). */
export const PERSON_HEAD = 2;
/** A head naming a body ("The company"). */
export const GROUP_HEAD = 3;

/** Bits per place in a code. */
const BITS = 2;
const PLACE_MASK = (1 << BITS) - 1;

/**
 * The words of a sentence a description may span, as written: "The" and what follows, up to
 * the word after a head's next two (what ends a description is read there).
 */
export function descriptionWords(text: string): string[] {
  return text.split(/\s+/u, MAX_MODIFIERS + 4);
}

/** A word of {@link descriptionWords} without the comma after it ("pensioner," → "pensioner"). */
export function withoutComma(written: string): string {
  return written.endsWith(',') ? written.slice(0, -1) : written;
}

/** `code` with the head at `place` (1 for the word after "The") marked `mark`. */
export function withHead(code: number, place: number, mark: number): number {
  return code | ((mark & PLACE_MASK) << (BITS * (place - 1)));
}

/** The mark of `place` (1 for the word after "The") in `code`. */
function markAt(code: number, place: number): number {
  return (code >> (BITS * (place - 1))) & PLACE_MASK;
}

/** The kind a head marked `mark` names, or null. */
function kindOfMark(mark: number): DescribedKind | null {
  return mark === PERSON_HEAD ? 'person' : mark === GROUP_HEAD ? 'group' : null;
}

/** The kind of the first head in `code` naming a person or a body, or null: the description's kind. */
export function kindIn(code: number): DescribedKind | null {
  for (let place = 1; place <= HEAD_PLACES; place++) {
    const kind = kindOfMark(markAt(code, place));
    if (kind !== null) return kind;
  }
  return null;
}

/**
 * The description `text` opens with, as `code` (its saved reading) gives it: the first head
 * naming a person or a body, as written, and its kind; null when there is none.
 *
 * @example
 * describedHeadIn('The minister promised grants.', withHead(0, 1, PERSON_HEAD)) // { head: 'minister', kind: 'person' }
 */
export function describedHeadIn(text: string, code: number): DescribedHead | null {
  if (code === 0) return null;
  for (let place = 1; place <= HEAD_PLACES; place++) {
    const kind = kindOfMark(markAt(code, place));
    if (kind === null) continue;
    const written = descriptionWords(text)[place];
    return written === undefined ? null : { head: withoutComma(written), kind };
  }
  return null;
}

/**
 * True when `text` opens with a description ending at `head` (a lower-case noun as written),
 * as `code` (its saved reading) gives it: "The railway reopened …" for "railway"; not "The
 * railway station is …" (no description ends at "railway" there).
 */
export function headedBy(text: string, code: number, head: string): boolean {
  if (code === 0) return false;
  const words = descriptionWords(text);
  for (let place = 1; place <= HEAD_PLACES; place++) {
    if (markAt(code, place) === NOT_A_HEAD) continue;
    const written = words[place];
    if (written !== undefined && withoutComma(written) === head) return true;
  }
  return false;
}

/** The saved codes: the sentences that have one (ascending) and their codes, packed. */
export interface PackedOpenings {
  sentences: PackedArray;
  codes: PackedArray;
}

/** Packs each sentence's code (`codes[s]`, 0 for none), keeping only the sentences that have one. */
export function packOpenings(codes: ArrayLike<number>): PackedOpenings {
  const sentences: number[] = [];
  const kept: number[] = [];
  for (let s = 0; s < codes.length; s++) {
    const code = codes[s] as number;
    if (code === 0) continue;
    sentences.push(s);
    kept.push(code);
  }
  return { sentences: packInts(sentences), codes: packInts(kept) };
}

/**
 * Each of `count` sentences' code, 0 for those saved without one.
 *
 * @throws Error when the two arrays differ in length, a sentence is out of range or a code is
 *   not one byte.
 */
export function unpackOpenings(packed: PackedOpenings, count: number): Uint8Array {
  const sentences = unpackInts(packed.sentences);
  const codes = unpackInts(packed.codes);
  if (sentences.length !== codes.length)
    throw new Error('index: the opening descriptions do not match their sentences');
  const all = new Uint8Array(count);
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as number;
    const code = codes[i] as number;
    if (!(s >= 0 && s < count) || !(code > 0 && code <= 0xff))
      throw new Error(`index: sentence ${s}'s opening description is not in the corpus`);
    all[s] = code;
  }
  return all;
}
