/**
 * The values an attribute noun takes, by WordNet: "colour" is answered by "red", "navy blue" or
 * "crimson", "size" by "large" or "tiny". WordNet files a noun naming a property of things in
 * its attribute file (lexnames(5WN) 7, noun.attribute: "colour", "size", "shape", "price") and
 * links it to the adjectives of its values (the "=" pointer: "size" to "large" and "small",
 * whose similar satellites, "huge", "tiny", say values too) and, by hyponymy, to the kinds of
 * it ("chromatic colour" → "red" → "crimson"; Miller, "Nouns in WordNet", and Gross & Miller,
 * "Adjectives in WordNet", 1990). A value of an attribute is a kind of it or an adjective of it
 * (Pustejovsky 1995, The Generative Lexicon: an attribute's formal quale is the set of its
 * values), so what words may give it can be read off the lexicon, noun by noun, with no list.
 */
import { keptIn } from '../text/bounded-memo.js';
import { baseForms } from './dictionary-words.js';
import { nounIndexEntry, wordnetSynsets, type Synset } from './wordnet-relations.js';

/** lexnames(5WN) file 7, noun.attribute: "colour", "size", "shape", "price", "speed". */
export const NOUN_ATTRIBUTE = 7;

/**
 * The most synsets read below one attribute: a noun with more kinds than this ("property",
 * "quality") names so general an attribute that almost any word gives one of its values, and
 * no passage can be said to lack one.
 */
const MAX_VALUE_SYNSETS = 1500;

/** Value words by noun, as {@link attributeValuesOf} returns them: questions repeat nouns. */
const known = new Map<string, ReadonlySet<string> | null>();
/** Nouns kept at most: a question's noun is the user's, so the memo is bounded (bounded-memo.ts). */
const MAX_KEPT_NOUNS = 1_000;

/**
 * The words (WordNet lemmas, lower case, multiword ones with spaces) that give a value of the
 * attribute `noun` names (as written, folded; its inflections read through its base forms),
 * when its usual sense ({@link usualOffset}) is one of noun.attribute: the words of each of its
 * noun.attribute senses and of every kind or instance below them, and the adjectives linked to
 * any of them as their values, with their similar satellites. Null when its usual sense is no
 * attribute ("role", usually an act; "insurer", a body), or names one so general that its kinds
 * pass {@link MAX_VALUE_SYNSETS}.
 *
 * @example attributeValuesOf('colour')?.has('red') // true
 * @example attributeValuesOf('insurer') // null: a body, no attribute
 */
export function attributeValuesOf(noun: string): ReadonlySet<string> | null {
  return keptIn(known, noun, MAX_KEPT_NOUNS, readValues);
}

/**
 * The synset offset of `lemma`'s usual noun sense, or null. WordNet lists a lemma's senses by
 * their frequency in its tagged concordances, so the first is the usual one when any was tagged;
 * a lemma none of whose senses was tagged lists them in no order ("colour" first lists
 * "colouring material"), and its usual sense is the one a tagged synonym uses first ("color"'s
 * first sense, the visual attribute, which "colour" shares).
 */
function usualOffset(lemma: string): string | null {
  const entry = nounIndexEntry(lemma);
  if (entry === null) return null;
  if (entry.tagged > 0) return entry.allOffsets[0] ?? null;
  const read = wordnetSynsets();
  for (const offset of entry.allOffsets)
    for (const word of read('n', offset).words) {
      const other = word === lemma ? null : nounIndexEntry(word);
      if (other !== null && other.tagged > 0 && other.allOffsets[0] === offset) return offset;
    }
  return null;
}

function readValues(noun: string): ReadonlySet<string> | null {
  const read = wordnetSynsets();
  // A plural's base form first, as noun-senses.ts reads one: "colours" is first a plural of
  // "colour", not the lemma "colours" (a flag). Only a noun's inflection, the plural, is read
  // back: "ranger" is no form of "range".
  const bases = /s$/.test(noun) ? baseForms(noun).slice(1) : [];
  const lemmas = [...new Set([...bases, noun])];
  const usual = lemmas.map(usualOffset).find((offset) => offset !== null);
  if (usual === undefined || usual === null || read('n', usual).lexFile !== NOUN_ATTRIBUTE)
    return null;
  const senses = lemmas.flatMap((lemma) =>
    (nounIndexEntry(lemma)?.allOffsets ?? [])
      .map((offset) => read('n', offset))
      .filter((synset) => synset.lexFile === NOUN_ATTRIBUTE),
  );
  const words = new Set<string>();
  const seen = new Set<Synset>();
  const queue = [...senses];
  while (queue.length > 0) {
    const synset = queue.pop()!;
    if (seen.has(synset)) continue;
    seen.add(synset);
    if (seen.size > MAX_VALUE_SYNSETS) return null;
    synset.words.forEach((word) => words.add(word));
    for (const [pos, offset] of synset.attributes) {
      const adjective = read(pos, offset);
      adjective.words.forEach((word) => words.add(word));
      for (const [p, o] of adjective.similar) read(p, o).words.forEach((word) => words.add(word));
    }
    for (const [pos, offset] of synset.hyponyms) queue.push(read(pos, offset));
  }
  return words;
}
