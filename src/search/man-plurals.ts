/**
 * The plurals of nouns of persons compounded with "man" or "woman": "fisherman" → "fishermen",
 * "chairwoman" → "chairwomen", "spokesman" → "spokesmen". A compound whose head is "man" takes
 * the head's irregular plural (Quirk et al. 1985, §5.84), which the Porter stemmer does not
 * unite with its singular ("fishermen" / "fisherman"). WordNet lists no such plural in its
 * exception list `noun.exc` (only "men", "women" and a few): its morphological processor derives
 * them by the noun detachment rule "-men" → "-man" (morphy(7WN); dictionary-words.ts holds the
 * rules for reading a question's words). Here the rule is run the other way, from WordNet's
 * lemmas, for a lemma with a person sense among its usual ones (lexnames(5WN) noun.person):
 * "Oman", "dolman" and "liman" are no compounds of "man", and their "-men" forms are other words
 * ("omen", "dolmen", "limen"). A person's name in "-man" ("Truman", "German") gains a "-men" form
 * that no text writes, so its link is never used.
 */
import { lemmaSynsets } from './wordnet-relations.js';
import { NOUN_PERSON } from './usual-noun-files.js';

/**
 * `[form, lemma]` pairs ("fishermen", "fisherman") of the one-word noun `lemmas` (lower case,
 * WordNet's) that end in "man" and have a person sense among their usual ones (`isPerson`, by
 * default WordNet's noun.person file). About 340 pairs of WordNet's lemmas; reads the synsets of
 * the 372 nouns in "-man" (index time).
 *
 * @example manCompoundPlurals(['fisherman', 'oman']) // [['fishermen', 'fisherman']]
 */
export function manCompoundPlurals(
  lemmas: Iterable<string>,
  isPerson: (lemma: string) => boolean = (lemma) =>
    lemmaSynsets('noun')(lemma).some((sense) => sense.lexFile === NOUN_PERSON),
): Array<[form: string, lemma: string]> {
  const pairs: Array<[string, string]> = [];
  for (const lemma of lemmas)
    if (/^[a-z]+man$/.test(lemma) && isPerson(lemma))
      pairs.push([`${lemma.slice(0, -2)}en`, lemma]);
  return pairs;
}
