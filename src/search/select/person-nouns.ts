/**
 * Whether a word names who does something: a noun whose most frequent WordNet sense is filed
 * in noun.person or noun.group (lexnames(5WN) files 18 and 14: "vet", "volunteers",
 * "inspector"; "police", "crew"), read in its base forms ("volunteers" → "volunteer"). Only the
 * most frequent sense counts, as in described-subject.ts: a "fan" is a device before an admirer.
 */
import { NOUN_GROUP, NOUN_PERSON, usualNounFiles } from '../usual-noun-files.js';

/** True when `word` (as written, any case) is, in its most frequent sense, a person or a group. */
export function namesPersonOrGroup(word: string): boolean {
  return usualNounFiles(word.toLowerCase()).some(
    (file) => file === NOUN_PERSON || file === NOUN_GROUP,
  );
}
