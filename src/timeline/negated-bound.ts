/**
 * A negated bound: "would not reopen before 4 April", "won't be finished by May", "not before 4
 * April". Negation over "before" or "by" turns a latest time into an earliest one: what the
 * sentence tells comes no earlier than the date (for "by", later than it), never by it, as with
 * "not until 4 April" ("before", "by" and "until" relate a time to another's beginning; Quirk et
 * al. 1985, 9.37–9.43, on prepositions of time). So such a date is no deadline: like "no earlier
 * than 4 April" and "not until 4 April", it is listed at its date with its tense's note, its
 * quote saying "not before". "no later than" and "not later than" are bounds themselves, not
 * negations of one (deadline.ts reads them whole).
 */

/**
 * A negator ("not", "n't", "never", "cannot") and up to four words of its verb group ("would not
 * be reopened", "is not expected to reopen") at the end of the text before a bound. Words only:
 * a comma or other clause break ends the negation's reach.
 */
const NEGATOR_BEFORE = /(?:\b(?:not|never|cannot)|n['’]t)\s+(?:[\p{L}'’-]+\s+){0,4}?$/iu;

/**
 * True when `lead`, the text of a sentence before a bound's "by", "before" or "on or before",
 * negates it ("the road would not reopen ", "…, not ").
 */
export function negatedBound(lead: string): boolean {
  return NEGATOR_BEFORE.test(lead);
}
