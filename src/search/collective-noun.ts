/**
 * Collective nouns of persons: "staff", "crew", "police", "personnel". A collective noun takes
 * plural concord when its members are meant (Quirk et al. 1985, §5.108: "the staff are"), and
 * "how many" then counts its members, persons, whom a text may count by any description of
 * them ("employs 38 people"). A regular plural ("teams") counts the groups themselves.
 */
import { nounSensesOf } from './noun-senses.js';
import { NOUN_GROUP } from './usual-noun-files.js';

/**
 * True when `word` (folded, as the question writes it) has a sense in WordNet's noun.group and
 * no regular plural ending (a final "s" after another letter than "s"), so "how many WORD"
 * counts a group's members: true for "staff", "crew"; false for "teams", "boats".
 */
export function collectiveOfPersons(word: string): boolean {
  return (
    !/[^s]s$/u.test(word) && nounSensesOf(word).some((synset) => synset.lexFile === NOUN_GROUP)
  );
}
