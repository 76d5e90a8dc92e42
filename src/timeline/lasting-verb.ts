/**
 * "Last" as the verb of duration: "the strike would begin on Monday 15 June and last until
 * Thursday 18 June", "the closure will last for a week". Before "until", "till", "through",
 * "into" or "beyond" (or "for" and a count), "last" is the base or present form of the verb "to
 * last", whose past is "lasted"; it says nothing of past time, unlike the "last" of "last week"
 * that past-forms.ts lists as a word of the past.
 */

/** Words after which "last" is the verb: a bound or a span of the duration. */
const DURATION_AFTER = /^(?:until|till|through|throughout|into|beyond|longer|overnight|for)$/iu;

/** True when `words[i]` is "last" used as the verb of duration ({@link DURATION_AFTER}). */
export function lastingVerb(words: readonly string[], i: number): boolean {
  return /^last$/iu.test(words[i] ?? '') && DURATION_AFTER.test(words[i + 1] ?? '');
}
