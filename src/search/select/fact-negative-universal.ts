/**
 * The negative universal pronouns: "no one", "no-one", "nobody" and "none (of the X)" say one
 * thing, that the predicate holds of nobody (a negative quantifier, the determiner "no" of
 * generalized quantifier theory: Barwise & Cooper 1981; the pronouns as one set in Quirk et al.,
 * "A Comprehensive Grammar of the English Language", 1985, §6.62). "No one was seriously
 * injured" and "None of the passengers was seriously hurt" have one subject told in two words,
 * so their words are read as one term, as a WordNet synonym is: the reports are then compared
 * as any two are, their polarity alike ("No one was injured" / "Two people were injured" still
 * differ on the number, fact-measures.ts, never one fact). "None of the X" names where none is
 * counted: "the passengers" is a detail one side adds, as any other.
 *
 * "No" before a noun ("no passengers") is a determiner, not a pronoun: its noun is the term.
 */
import { zeroCounts } from './fact-values.js';

/** The one term the negative universal pronouns are read as. */
export const NEGATIVE_UNIVERSAL_TERM = 'none';

/** The spans (offsets in `text`) of its negative universal pronouns: "no one", "nobody", "none". */
export function negativeUniversalSpans(text: string): Array<{ start: number; end: number }> {
  if (!/\bno/i.test(text)) return [];
  return zeroCounts(text)
    .filter((zero) => /^(?:none|nobody|no[\s-]one)\b/i.test(text.slice(zero.at, zero.end)))
    .map((zero) => ({ start: zero.at, end: zero.end }));
}
