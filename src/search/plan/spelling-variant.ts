/**
 * Spellings of one word that a question and the coverage may use apart: "analyze" and
 * "analyse", "colour" and "color", "defence" and "defense", "programme" and "program". WordNet
 * lists such spellings as lemmas of one synset, so they reach the question as its synonyms;
 * among those, a spelling is told from another word by how little it differs. A claim that no
 * passage holds any form of the question's words counts them as the word itself
 * (engine/about-fallback.ts); the ranking still weighs them as synonyms.
 */
import { distance } from 'fastest-levenshtein';

/** Most edits (letters inserted, deleted or replaced) between the stems of two spellings: "organization" and "organisation" stem to "organ" and "organis". */
export const MAX_VARIANT_EDITS = 2;
/** Shortest stem compared (letters): short words differ by one letter from many others. */
export const MIN_VARIANT_LENGTH = 5;

/**
 * True when `synonym` (an index term WordNet gives as a synonym of `term`, the question word's
 * term) is another spelling of it: both stems of at least {@link MIN_VARIANT_LENGTH} letters,
 * at most {@link MAX_VARIANT_EDITS} apart, with the same first two letters.
 *
 * @example isSpellingVariant('analyz', 'analys') // true
 * @example isSpellingVariant('analyz', 'studi') // false
 */
export function isSpellingVariant(term: string, synonym: string): boolean {
  if (term === synonym) return false;
  if (Math.min(term.length, synonym.length) < MIN_VARIANT_LENGTH) return false;
  if (term.slice(0, 2) !== synonym.slice(0, 2)) return false;
  return distance(term, synonym) <= MAX_VARIANT_EDITS;
}
