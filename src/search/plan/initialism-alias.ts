/**
 * Whether a question's word that stems to an alias member names that member, when the member
 * is an initialism. The stemmer conflates the inflected and derived forms of one word (Porter,
 * "An algorithm for suffix stripping", 1980), so "used", "uses" and "use" all give the term
 * "us"; an initialism is no word's stem but a name spelled by the first letters of another
 * member of its group ("US" of "United States"), and takes no suffixes of its own. So "would be
 * used" does not name the United States, while "the US" and "the U.S." (written as the term
 * itself) do. An alias of words ("Rosgvardia" / "National Guard") is matched by stems as before:
 * "guards" is a form of "guard".
 */
import { spellsInitialism } from '../initialism.js';

/**
 * True when the alias `group` (members as index terms) matched the question at a word written
 * as `written` (folded, as tokenised) whose term `term` is a one-term member that spells the
 * initials of another member, and the word is not written as that term: a word stemmed into
 * the initialism, not the initialism.
 *
 * @example
 * stemmedIntoInitialism([['us'], ['unit', 'state']], 'us', 'used') // true
 * stemmedIntoInitialism([['us'], ['unit', 'state']], 'us', 'us') // false
 */
export function stemmedIntoInitialism(
  group: readonly (readonly string[])[],
  term: string,
  written: string,
): boolean {
  if (written === term) return false;
  return group.some((member) => member.length >= 2 && spellsInitialism(term, member));
}
