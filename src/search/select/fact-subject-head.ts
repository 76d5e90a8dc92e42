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
 * postmodifier of place, purpose or accompaniment (a closed class, the common ones) and up to
 * three words of its object. Not "of" or "to": "Two of the men", "Up to 300 people" open with a
 * quantity, not a head.
 */
const OPENING_SUBJECT =
  /^\s*(?:(?:the|a|an|its|their)\s+)?(\p{L}[\p{L}’'-]*)\s+((?:at|in|for|on|from|with|near|inside|outside)(?:\s+[\p{L}’'-]+){1,3})/iu;

/** The head of a claim's opening subject, as a term, and its postmodifier as written. */
export interface OpeningSubject {
  head: string;
  postmodifier: string;
}

/**
 * The head noun a claim's subject opens with and what postmodifies it ({@link OPENING_SUBJECT}),
 * or null: no such subject, or a capitalised word after a determiner (a name's, "The Wendle
 * Park …").
 */
export function openingSubject(claim: string): OpeningSubject | null {
  const m = OPENING_SUBJECT.exec(claim);
  const word = m?.[1];
  const postmodifier = m?.[2];
  if (m === null || word === undefined || postmodifier === undefined) return null;
  if (STOP_WORDS.has(word.toLowerCase())) return null;
  const opensClaim = /^\s*$/.test(claim.slice(0, m[0].indexOf(word)));
  if (!opensClaim && /^\p{Lu}/u.test(word)) return null;
  return { head: factTerm(word), postmodifier: postmodifier.toLowerCase() };
}

/**
 * True when both claims open with a subject read ({@link openingSubject}), the same postmodifier
 * after two heads that are different words, not synonyms (`same`, fact-synonym-terms.ts): the
 * subjects differ in their head alone, so they name two things. A postmodifier written otherwise
 * ("Scientists at the Halden Marine Institute" / "The institute in Halden") may name one body
 * in other words, and is left to the other rules.
 */
export function subjectHeadsApart(claimA: string, claimB: string, same: SynonymousTerms): boolean {
  const x = openingSubject(claimA);
  const y = openingSubject(claimB);
  return (
    x !== null &&
    y !== null &&
    x.postmodifier === y.postmodifier &&
    x.head !== y.head &&
    !same(x.head, y.head)
  );
}
