/**
 * Whether a word names who does something: a noun whose most frequent WordNet sense is filed
 * in noun.person or noun.group (lexnames(5WN) files 18 and 14: "vet", "volunteers",
 * "inspector"; "police", "crew"), read in its base forms ("volunteers" → "volunteer"). Only the
 * most frequent sense counts, as in described-subject.ts: "moor" is a Moor only rarely.
 */
import { baseForms } from '../dictionary-words.js';
import { nounFiles } from '../../timeline/event-noun.js';

/** WordNet's lexicographer files of nouns of persons and groups (lexnames(5WN)). */
const AGENT_FILES: ReadonlySet<number> = new Set([18 /* noun.person */, 14 /* noun.group */]);

/** True when `word` (as written, any case) is, in its most frequent sense, a person or a group. */
export function namesPersonOrGroup(word: string): boolean {
  return baseForms(word.toLowerCase()).some((lemma) => {
    const [first] = nounFiles(lemma);
    return first !== undefined && AGENT_FILES.has(first);
  });
}
