/**
 * A sentence whose subject is a third-person pronoun: "It closes on 17 April.", "She resigned
 * on 1 March after a row over the budget." The pronoun takes its referent from the discourse
 * before it, most often the previous sentence (centering theory's backward-looking center:
 * Grosz, Joshi & Weinstein 1995, "Centering: a framework for modeling the local coherence of
 * discourse", Computational Linguistics 21(2)), so such a sentence tells a reader who or what
 * only with the sentence before it. "It" is sometimes no one ("It is unclear when …"); quoting
 * the sentence before it then costs a longer quote, never a wrong one.
 */

/** A sentence (as written) opening with one of `pronouns`, after an opening quotation mark if any. */
function opening(pronouns: string): RegExp {
  return new RegExp(`^["“‘'„]?(?:${pronouns})\\b`, 'iu');
}

const SUBJECT_PRONOUN = opening('he|she|it|they');
/** Not "it" (often no one: "It is expected …") nor "we" (the writer). */
const PERSONAL_SUBJECT_PRONOUN = opening('he|she|they');

/**
 * True when `sentence` (as written) opens with a third-person subject pronoun.
 *
 * @example
 * opensWithSubjectPronoun('It closes on 17 April.') // true
 * opensWithSubjectPronoun('Its closure was announced.') // false: a determiner, not the subject
 */
export function opensWithSubjectPronoun(sentence: string): boolean {
  return SUBJECT_PRONOUN.test(sentence);
}

/**
 * True when `sentence` (as written) opens with a personal pronoun as its subject, naming someone
 * only through a sentence before: "She told us: …", "They say …".
 */
export function personalPronounSubject(sentence: string): boolean {
  return PERSONAL_SUBJECT_PRONOUN.test(sentence);
}
