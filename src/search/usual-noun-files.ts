/**
 * A noun's kind by its usual reading: the WordNet lexicographer file of each of its base forms'
 * most frequent sense (lexnames(5WN): WordNet lists a lemma's senses by their frequency in its
 * tagged corpora, so the first is the usual one). Read so, a "fan" is a device, not an admirer,
 * and "vet" a person. The files the checks of who does or is something name are here, once.
 */
import { nounFiles } from '../timeline/event-noun.js';
import { baseForms } from './dictionary-words.js';

/** lexnames(5WN) file 4, noun.act: "survey", "audit", "inspection". */
export const NOUN_ACT = 4;
/** lexnames(5WN) file 9, noun.cognition: "review", "assessment", "inquiry". */
export const NOUN_COGNITION = 9;
/** lexnames(5WN) file 10, noun.communication: "report", "memo", "treaty". */
export const NOUN_COMMUNICATION = 10;
/** lexnames(5WN) file 21, noun.possession: "fine", "refund", "salary" (sums of money among them). */
export const NOUN_POSSESSION = 21;
/** lexnames(5WN) file 6, noun.artifact: "street", "library", "bus" (things made). */
export const NOUN_ARTIFACT = 6;
/** lexnames(5WN) file 5, noun.animal: "mare", "lynx". */
export const NOUN_ANIMAL = 5;
/** lexnames(5WN) file 14, noun.group: "police", "crew". */
export const NOUN_GROUP = 14;
/** lexnames(5WN) file 15, noun.location: "Ukraine", "city" (a place may stand for its people). */
export const NOUN_LOCATION = 15;
/** lexnames(5WN) file 18, noun.person: "vet", "volunteer", "driver". */
export const NOUN_PERSON = 18;
/** lexnames(5WN) file 28, noun.time: "week", "year", "hour" (time and temporal relations). */
export const NOUN_TIME = 28;

/**
 * The lexicographer file of the most frequent sense of each base form of `word` (WordNet's
 * detachment rules: "volunteers" → "volunteer"), in base-form order; empty for a word that is
 * no noun.
 *
 * @example usualNounFiles('volunteers') // [18]
 */
export function usualNounFiles(word: string): number[] {
  return baseForms(word).flatMap((lemma) => nounFiles(lemma).slice(0, 1));
}
