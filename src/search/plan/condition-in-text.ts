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

/** A wh-phrase of circumstance: a preposition of circumstance and a noun of condition, or the condition "for" an act. */
const CIRCUMSTANCE_PHRASE = String.raw`(?:under|in|on) (?:what|which) (?:(?:kind|sort|type)s? of )?(?:circumstances?|conditions?|situations?|terms|cases)|(?:what|which)(?:['’]s| is| are| was| were)? (?:the )?(?:pre)?conditions? (?:for|to|under)`;

/**
 * "What would they have to do before the troops are sent", "what must happen for the gates to
 * close": what an act needs done first is its necessary condition, "Y only if X" (Quirk et al.
 * 1985 §4.54 on "have to" and "need to" as modals of necessity, §15.36 on "only if"), which a
 * text states as a conditional clause ("if protesters start looting, troops are sent"). The
 * necessity is hypothetical or prospective ("would", "will", "must"; an event that "has to
 * happen"): "what did the council have to do before the vote" asks a past act, no condition. At
 * most five words between the wh-word and the modal.
 */
const NECESSITY_BEFORE = String.raw`(?:what|which)(?: [\p{L}’'-]+){0,5}? (?:(?:(?:would|will|[’']d)(?: [\p{L}’'-]+){0,3}? (?:have|need) to|must(?: [\p{L}’'-]+){0,3}?) (?:do|happen)|(?:has|have|needs|need) to happen) (?:before|for|so that)`;

/** Words that open no infinitive: prepositions and determiners after a causative's object. */
const NOT_AN_INFINITIVE = String.raw`(?:for|to|in|on|at|of|by|with|from|into|onto|over|under|the|a|an|this|that|these|those|its|their|his|her|our|my|your)`;

/**
 * "What would make him send the troops": a hypothetical "would" with a causative verb asks
 * for the condition of the hypothetical act, the protasis of "he would send them if …"
 * (Quirk et al. 1985 §14.23 on hypothetical "would" implying a condition, §16.52 on causative
 * "make" with an object and a bare infinitive, "cause", "lead", "prompt", "force" with an object
 * and "to"). "What would make a good gift" (an indefinite noun phrase after
 * "make": the thing made, no object of a causative) and "what would make sense" ask none. At most
 * eight words between "what" and "would". "Which N would make the squad" asks a member of N (its
 * wh-determiner's noun is what is asked, Huddleston & Pullum 2002 ch. 10 §7), so only "what" asks
 * the cause; the word after a causative's object is its infinitive, never a preposition or a
 * determiner ("make the squad for Saturday", "lead walkers to the harbour": a goal, no act).
 */
const HYPOTHETICAL_CAUSE = String.raw`what(?: [\p{L}’'-]+){0,8}? would (?:make (?!(?:a|an|sense|sure|up)\b)[\p{L}’'-]+ (?!${NOT_AN_INFINITIVE}\b)[\p{L}’'-]+|(?:cause|lead|prompt|force|drive)(?: [\p{L}’'-]+){1,3}? to (?!${NOT_AN_INFINITIVE}\b))`;

/** The question's wh-phrase asking a condition: of circumstance, of necessity, or of a hypothetical cause. */
export const CONDITION_QUESTION = [CIRCUMSTANCE_PHRASE, NECESSITY_BEFORE, HYPOTHETICAL_CAUSE].join(
  '|',
);

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
