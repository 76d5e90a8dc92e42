/**
 * A reason or an aim a passage states, what "why …?" asks for. English marks a cause with a
 * subordinator or a complex preposition ("because", "due to", "as a result of", "for lack
 * of") and a purpose with a purpose clause or a verb of intending ("so that", "in order to",
 * "in a bid to", "aims to", "hope … will"): the connectives of reason and purpose of any
 * English grammar (Quirk et al., "A Comprehensive Grammar of the English Language", 1985,
 * §15.45–15.49 and §8.89). A bare infinitive ("drove 200 kilometres to see the eclipse") is
 * left out: "to" starts as many complements as purposes.
 *
 * A reason is as often stated with no connective at all ("High tides flooded the compound."),
 * so a passage without one is not shown to give none: the marker is evidence for a passage,
 * its absence none against it (answer-type.ts `askedAnswerType` leaves reasons out of
 * abstention for this).
 */

/** Causes: subordinators and complex prepositions of reason, and nouns and clauses naming one. */
const CAUSE = String.raw`because|due to|owing to|on account of|as a (?:result|consequence) of|in consequence of|for (?:lack|want) of|thanks to|amid|caused by|the reasons? (?:for|why|was|is|being)|(?:which|that) is why|that['’]s why|hence`;

/**
 * Purposes and aims: purpose subordinators, "in a bid to"-like phrases, and verbs of intending
 * before an infinitive or, for hoping, before a clause with a modal ("hope the event will").
 */
const PURPOSE = String.raw`so that|in order (?:to|that)|so as to|in (?:a|an) (?:bid|effort|attempt) to|with the (?:aim|goal|intention) of|in the hope (?:of|that)|(?:aim|aims|aimed|aiming) (?:to|at)|(?:intend|intends|intended|designed|meant|seek|seeks|sought) to|(?:hope|hopes|hoped|hoping) (?:to|that|(?:[\p{L}’'-]+\s+){1,6}?(?:will|would|could|can|might|may))`;

const REASON_IN_TEXT = new RegExp(String.raw`\b(?:${CAUSE}|${PURPOSE})\b`, 'iu');

/**
 * True when `text` states a cause or a purpose by one of the markers of English grammar
 * ({@link CAUSE}, {@link PURPOSE}).
 *
 * @example statesReason('Astronomers hope the event will shed light on the corona.') // true
 * @example statesReason('Tim Vale drove 200 kilometres to see the eclipse.') // false
 */
export function statesReason(text: string): boolean {
  return REASON_IN_TEXT.test(text);
}
