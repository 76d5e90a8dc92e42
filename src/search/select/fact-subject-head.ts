/**
 * The head noun of the subject a passage's claim opens with, when a postmodifying prepositional
 * phrase follows it ("Capacity at Wendle Park will reach 19,800 seats": capacity; "The cost of
 * the scheme rose": cost). The head of a noun phrase says what it is about; its modifiers only
 * narrow it (Quirk et al. 1985, A Comprehensive Grammar of the English Language, 17.2-17.5 and
 * 17.36 on postmodification by prepositional phrases). Two reports whose subjects have different
 * heads are about two things, whatever else they share ("Capacity at Wendle Park …" /
 * "Parking at Wendle Park …"): the same rule as different words in one place of shared wording
 * (fact-slots.ts), read here on the subject itself, where a word of a name elsewhere in the
 * other passage ("Park" of "Wendle Park", the stem of "Parking") cannot pass for the head.
 */
import { STOP_WORDS } from '../../text/stop-words.js';
import { factTerm } from './fact-term.js';
import type { SynonymousTerms } from './fact-synonym-terms.js';

/**
 * A claim's opening subject: an optional determiner, one word, then a preposition that opens a
 * postmodifier of place, purpose or accompaniment (a closed class, the common ones). Not "of" or
 * "to": "Two of the men", "Up to 300 people" open with a quantity, not a head.
 */
const OPENING_SUBJECT =
  /^\s*(?:(?:the|a|an|its|their)\s+)?(\p{L}[\p{L}’'-]*)\s+(?:at|in|for|on|from|with|near|inside|outside)\s/iu;

/**
 * The term of the head noun a claim's subject opens with ({@link OPENING_SUBJECT}), or null:
 * no such subject, or a capitalised word after a determiner (a name's, "The Wendle Park …").
 */
export function openingSubjectHead(claim: string): string | null {
  const m = OPENING_SUBJECT.exec(claim);
  const word = m?.[1];
  if (word === undefined || STOP_WORDS.has(word.toLowerCase())) return null;
  const opensClaim = /^\s*$/.test(claim.slice(0, (m?.index ?? 0) + m![0].indexOf(word)));
  if (!opensClaim && /^\p{Lu}/u.test(word)) return null;
  return factTerm(word);
}

/**
 * True when both claims open with a subject whose head is read ({@link openingSubjectHead}) and
 * the two heads are different words, not synonyms (`same`, fact-one-way-types.ts): two things.
 */
export function subjectHeadsApart(claimA: string, claimB: string, same: SynonymousTerms): boolean {
  const x = openingSubjectHead(claimA);
  const y = openingSubjectHead(claimB);
  return x !== null && y !== null && x !== y && !same(x, y);
}
