/**
 * An act attempted: "Opposition councillors tried to delay the vote until after the summer",
 * "sought to hold the vote on 3 March". A verb of attempt (try, attempt, seek) or of wanting
 * takes an infinitive whose act it does not assert: the act may or may not have followed
 * (Quirk et al. 1985, §16.38 on verbs of attempt with a to-infinitive; Karttunen 1971,
 * "Implicative verbs", Language 47: "try" and "want" are non-implicative, unlike "manage"). Told
 * in the past, the attempt is over and its outcome untold, so a yearless date in the infinitive's
 * clause dates no event on either side of the time of writing: no tense places its year.
 */

/**
 * A verb of attempt or of wanting in the past, simple or progressive ("was trying"), or "made"
 * with a noun of attempt and at most three words before it ("made an attempt", "made every
 * effort", "made a last-ditch bid": the noun keeps the verb's non-implicative sense), then at
 * most two adverbs of manner or repetition ("tried hard", "tried in vain", "sought
 * repeatedly"), then "to" and the infinitive's verb. An adverb modifies the attempt and leaves
 * its complement untold as done (Quirk et al. 1985, §16.38).
 */
const ATTEMPT_TO = String.raw`\b(?:tried|attempted|sought|wanted|(?:was|were|had\s+been)\s+(?:\p{L}+ly\s+)?(?:trying|attempting|seeking)|made\s+(?:[\p{L}-]+\s+){0,3}?(?:attempts?|efforts?|bids?))(?:\s+(?:hard|again|twice|in\s+vain|\p{L}+ly)){0,2}\s+to\s+\p{L}+`;

/**
 * The rest of the infinitive's clause up to the date: no comma or other break, no conjunction or
 * relative word opening another clause ("tried to delay it but it was held on 3 March").
 */
const SAME_CLAUSE = String.raw`(?:(?!\b(?:and|but|or|while|which|who|whom|that|when|because|although|though|so|then|yet)\b)[^.,;:!?—–()]){0,70}$`;

const ATTEMPTED_ACT = new RegExp(ATTEMPT_TO + SAME_CLAUSE, 'iu');

/**
 * True when the date at `start` of `sentence` lies in the clause of an infinitive after a verb
 * of attempt or of wanting in the past ("tried to delay the vote until"): its act is not told as
 * done.
 */
export function inAttemptedAct(sentence: string, start: number): boolean {
  return ATTEMPTED_ACT.test(sentence.slice(Math.max(0, start - 120), start));
}
