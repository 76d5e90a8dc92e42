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
import { DETERMINERS } from '../../text/determiners.js';
import { wordIn } from '../../text/word-class.js';
import { MONTH_RE, WEEKDAY_RE } from '../../text/months.js';
import { stemsTo, tokenize } from '../../text/terms.js';

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

/**
 * News writing gives the cause of an act in a clause after it, as often with "after" or
 * "following" as with "because" ("was closed in 1971 after the breath of visitors damaged its
 * paintings", "shut following complaints"), or with "over" and a noun of complaint ("closed over
 * safety fears"). Such a clause is temporal as often as causal ("after two years", "after
 * March"), so it counts only beside the act asked about, and not before a number or a unit of time.
 */
const CAUSAL_AFTER = String.raw`(?:after|following)\s+(?!(?:\d|(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|several|many|few|some|last|next)\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?)\b|${MONTH_RE}|${WEEKDAY_RE}|(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|that|this|which)\b))`;
const OVER_COMPLAINT = String.raw`over\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:concerns?|fears?|worries|complaints?|disputes?|rows?|claims?|allegations?|protests?|objections?|doubts?)`;
const ATTACHED_REASON = new RegExp(
  String.raw`\b(?:${CAUSE}|${PURPOSE}|${CAUSAL_AFTER}|${OVER_COMPLAINT})\b`,
  'giu',
);

/** Determiners and possessives, which open a noun phrase. */
const DETERMINER = wordIn([...DETERMINERS, 'every', 'each']);

/** Words between the act and the marker of its reason, at most: one clause ("closed to the public in 1971 after"). */
const ACT_DISTANCE = 8;

/**
 * True when `text` states a reason ({@link statesReason}'s markers, or a causal "after",
 * "following" or "over" a complaint) within a clause's reach of a word whose stem is in `act`
 * (the stems of the act a "why" question asks about: "close" of "why did Kellby close?"),
 * after it or opening the sentence before it, with no semicolon, colon or dash between, and
 * the sentence holding two of the act's words when it has two or more: the reason of that act,
 * not of another told in the same sentence. A word after a determiner is a noun, not the act.
 * `act` is a handful of stems (answer-type.ts reads at most eight).
 *
 * @example reasonAttachedTo('The cave was closed in 1971 after visitors damaged it.', ['close']) // true
 * @example reasonAttachedTo('The cave, which closed in 1971, reopened after a year.', ['close']) // false
 */
export function reasonAttachedTo(text: string, act: readonly string[]): boolean {
  if (act.length === 0) return false;
  const tokens = tokenize(text);
  const held = new Set<string>();
  const acts = tokens.filter((token, i) => {
    // stemsTo, not a look-up of each word's stem: most words fail its cheap test.
    const own = act.find((term) => stemsTo(token.word, term));
    if (own === undefined) return false;
    held.add(own);
    // After a determiner the word is a noun ("the duty of legislation"), not the act.
    return !DETERMINER.test(tokens[i - 1]?.word ?? '');
  });
  // The act of the question, not the same verb of another subject or object ("dropped its
  // threat" for "why was the barrier plan dropped"): two of its words when it has two.
  if (acts.length === 0 || held.size < Math.min(2, act.length)) return false;
  ATTACHED_REASON.lastIndex = 0;
  for (let m = ATTACHED_REASON.exec(text); m !== null; m = ATTACHED_REASON.exec(text)) {
    const at = m.index;
    // A reason before its act opens the sentence, as a fronted adverbial ("Because of the
    // flood, the pool was closed"); within a sentence it follows the act it gives the reason of.
    const fronted = !/[\p{L}\p{N}]/u.test(text.slice(0, at));
    for (const token of acts) {
      if (token.start < at ? false : !fronted) continue;
      const between = at > token.end ? text.slice(token.end, at) : text.slice(at, token.start);
      if (/[;:—–]/.test(between)) continue;
      if (tokenize(between).length <= ACT_DISTANCE) return true;
    }
  }
  return false;
}
