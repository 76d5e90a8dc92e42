/**
 * A condition a passage states, what "under what circumstances …?", "in what situation …?" or
 * "what is the condition for …?" asks for. English marks a condition with a conditional
 * subordinator or a complex one ("if", "unless", "provided that", "as long as", "on condition
 * that", "in case", "in the event of"), with the inversion of "should" ("should the situation
 * worsen"), or with "not … until", which states the condition an act waits for (Quirk et al.,
 * "A Comprehensive Grammar of the English Language", 1985, §15.33–15.40 on conditional clauses,
 * §15.27 on "until" after a negative).
 *
 * A condition is also stated with no such marker ("cooperation takes place at the request of
 * either party"), so, like a reason, the marker is evidence for a passage and its absence none
 * against it (answer-type.ts leaves conditions out of abstention).
 */

/** The question's wh-phrase asking a condition: a preposition of circumstance and a noun of condition, or the condition "for" an act. */
export const CONDITION_QUESTION = String.raw`(?:under|in|on) (?:what|which) (?:(?:kind|sort|type)s? of )?(?:circumstances?|conditions?|situations?|terms|cases)|(?:what|which)(?:['’]s| is| are| was| were)? (?:the )?(?:pre)?conditions? (?:for|to|under)`;

/** Conditional subordinators, complex ones, and prepositions of condition. */
const CONDITIONAL = String.raw`if|unless|provided(?: that)?|providing(?: that)?|(?:as|so) long as|on (?:the )?condition (?:that|of)|in (?:the )?case (?:of|that)|in the event (?:of|that)|subject to`;
/** "Should" opening a clause with its subject after it: "…, should the situation worsen". */
const SHOULD_INVERTED = String.raw`(?:^|[,;]\s*)should\s+(?:the|a|an|it|they|he|she|we|this|that|either|any)`;
/** "Not … until": the act waits for what "until" names (at most eight words between). */
const NOT_UNTIL = String.raw`(?:not|never|n['’]t)\s+(?:[\p{L}’'-]+\s+){0,8}?until`;

const CONDITION_IN_TEXT = new RegExp(
  String.raw`(?:\b(?:${CONDITIONAL})\b|${SHOULD_INVERTED}\b|\b${NOT_UNTIL}\b)`,
  'iu',
);

/**
 * True when `text` states a condition by one of the markers of English grammar (see the
 * module).
 *
 * @example statesCondition('It will not be used until the situation gets out of control.') // true
 * @example statesCondition('It could be launched in the event of riots.') // true
 * @example statesCondition('The agreement was signed in Moscow.') // false
 */
export function statesCondition(text: string): boolean {
  return CONDITION_IN_TEXT.test(text);
}
