/**
 * One thing named at two levels of generality: a report may restate a thing by a noun of its
 * class ("a pact against smuggling" / "a cooperation agreement against smuggling"), the
 * superordinate kind of reiteration (Halliday & Hasan 1976, Cohesion in English, 6.1), which
 * definite descriptions also use to refer back (Vieira & Poesio 2000: hypernym links are a
 * common antecedent relation). So two heads, one of whose most frequent WordNet noun senses has
 * the other among its hypernyms a few links up (a compound hypernym counting by its last word,
 * an English compound naming a kind of its head: "written agreement" is a kind of "agreement"),
 * may name one thing, and are never read as two.
 */
import { baseForms } from '../dictionary-words.js';
import { lemmaSynsets, wordnetSynsets } from '../wordnet-relations.js';

/**
 * Hypernym links up within which a class restates a thing: a writer names a near class
 * ("agreement" of "pact", two links), not a remote one ("abstraction").
 */
const RESTATING_LINKS = 3;

/** The words a noun's most frequent senses are kinds of, within {@link RESTATING_LINKS}. */
function classWordsOf(noun: string): Set<string> {
  const nouns = lemmaSynsets('noun');
  const read = wordnetSynsets();
  const words = new Set<string>();
  let level = baseForms(noun).flatMap((lemma) => nouns(lemma));
  for (let link = 0; link < RESTATING_LINKS && level.length > 0; link++) {
    level = level.flatMap((synset) => synset.hypernyms.map(([pos, offset]) => read(pos, offset)));
    for (const synset of level)
      for (const word of synset.words) {
        words.add(word);
        // A compound class names a kind of its last word ("written agreement").
        const last = word.split(' ').at(-1);
        if (last !== undefined) words.add(last);
      }
  }
  return words;
}

/** Each noun's class words, kept: the same heads come back pair after pair. */
const kept = new Map<string, Set<string>>();
const MAX_KEPT = 5_000;

function classWords(noun: string): Set<string> {
  let words = kept.get(noun);
  if (words === undefined) {
    if (kept.size >= MAX_KEPT) kept.clear();
    kept.set(noun, (words = classWordsOf(noun)));
  }
  return words;
}

/**
 * True when one of the nouns `x` and `y` (as written, lower case: "pact", "agreements") names a
 * class the other is a kind of, by WordNet's hypernyms ({@link RESTATING_LINKS} links at most).
 *
 * @example restatedByClass('pact', 'agreement') // true
 * @example restatedByClass('kiosk', 'ballroom') // false
 */
export function restatedByClass(x: string, y: string): boolean {
  const above = (a: string, b: string) => {
    const words = classWords(a);
    return baseForms(b).some((form) => words.has(form));
  };
  return above(x, y) || above(y, x);
}
