/**
 * How a passage presents what it says: as having happened, or as denied, possible, planned,
 * wished for, conditional, asked about, or alleged. Two passages report the same fact only when
 * they present it the same way: "the council will vote on Tuesday" is a plan, not a report of
 * the vote; "residents called for the road to close" is not a report that it closed; "critics
 * alleged the contract was awarded without a tender" is not a report that it was.
 *
 * A marker governs what follows it ("will" in "the council will vote on the barrier"), so it
 * counts for a comparison only when one of the words the two passages share first appears after
 * it: "formed a reserve … to be deployed in case extremists cross a line" still reports that the
 * reserve was formed. Read this way a marker in a side clause may still keep two passages apart;
 * that costs a missed "also reported by", never a false one.
 */
import { maskMonthMay, MONTH_RE, SEASON_RE, WEEKDAY_RE } from '../../text/months.js';
import { HEDGED_PERFORMATIVE_VERB } from './fact-hedged-performative.js';
import { DETERMINERS } from '../../text/determiners.js';
import { DEPENDENT_WH_INTERROGATIVE } from '../../text/interrogative-complement.js';
import { POSTPONE } from '../../timeline/postponed-slot.js';
import { TAKING_EFFECT_PATTERN } from '../../text/taking-effect.js';
import { YEAR_DIGITS } from '../../text/year.js';
import { matchesOf } from '../../text/matches-of.js';

/**
 * "Proposed" as an attributive adjective, after a determiner or a genitive and before the noun
 * it describes ("the proposed daily fee", "Wexbridge's proposed clean air zone"): a modifier
 * inside a noun phrase names what the thing is (a proposal), and takes no stance on the clause's
 * own predicate ("the consultation on the proposed zone closed" reports a closing that happened;
 * Huddleston & Pullum 2002, The Cambridge Grammar of the English Language, ch. 5, on
 * attributive modifiers). The verb stays a plan: "the council proposed a £9 charge", "a charge
 * proposed by the council", "a plan that proposed cuts" ("that" read as a relative, not a
 * determiner).
 */
const ATTRIBUTIVE_BEFORE = String.raw`(?<!(?:\b(?:${DETERMINERS.filter((word) => word !== 'that').join('|')})|\p{L}['’]s?)\s+)`;

/** The ways of presenting a statement other than as plain fact, with why two such differ. */
export type Stance =
  | 'negated'
  | 'reversed'
  | 'rescheduled'
  | 'modal'
  | 'obligation'
  | 'future'
  | 'conditional'
  | 'wished'
  | 'question'
  | 'alleged'
  | 'recalled';

/** The reason given when one passage has a stance and the other has not. */
export const STANCE_REASON: Readonly<Record<Stance, string>> = {
  negated: 'polarity',
  reversed: 'undone or called off',
  rescheduled: 'put off to a later time',
  modal: 'modality',
  obligation: 'obligation',
  future: 'plan or outcome',
  conditional: 'condition',
  wished: 'wish or attempt',
  question: 'question',
  alleged: 'allegation',
  recalled: 'an earlier statement recalled',
};

/** Verbs that report a statement. */
const REPORTING_VERB = String.raw`(?:said|told|insisted|denied|claimed|stated|maintained|announced|promised|pledged|vowed|argued|assured|confirmed|ruled out|made clear)`;
const REPORTING_GERUND = String.raw`(?:saying|telling|insisting|denying|claiming|stating|maintaining|announcing|promising|pledging|vowing|arguing|assuring|confirming|ruling out|making clear)`;

/**
 * What follows a verb used intransitively: a preposition or a conjunction opening what comes
 * next, or the end of its clause. "The bus overturned on the A40", "the lorry reversed into a
 * wall" tell a vehicle's motion, no act undone: "overturn" and "reverse" undo only what they take
 * as their object ("overturned the ruling", "the decision was reversed", "the ban, which the
 * court overturned, …"; Levin 1993, §45.4 and §51.3.2: the intransitive is a change of position
 * or a motion).
 */
const INTRANSITIVE_AFTER = String.raw`(?=\s*(?:[,.;:!?)]|$)|\s+(?:on|in|at|near|onto|into|off|over|across|down|after|when|while|as|and|but|during|before|outside|inside|along|beside|close|killing|injuring|leaving|trapping)\b)`;

/** Verbs (and their nouns) that undo an act: see 'reversed' below. */
const UNDOING_VERB = String.raw`call(?:s|ed|ing)?\s+(?:[\p{L}'’]+\s+){0,4}?off|cancel(?:s|l?ed|l?ing|lations?)?|scrap(?:s|ped|ping)?|abandon(?:s|ed|ing|ment)?|postpon(?:e|es|ed|ing|ements?)|suspen(?:d|ds|ded|ding|sions?)|shelv(?:e|es|ed|ing)|revok(?:e|es|ed|ing)|revocations?|rescind(?:s|ed|ing)?|(?:overturn(?:s|ed|ing)?|revers(?:e|es|ed|ing))\b(?!${INTRANSITIVE_AFTER})|(?<=\b(?:was|were|been|be|being|is|are)\s+)(?:overturned|reversed)|(?<=\b(?:which|that|whom)\s+(?:[\p{L}'’]+\s+){0,3})(?:overturn(?:s|ed|ing)?|revers(?:e|es|ed|ing))\b|reversals?|U-turns?|put\s+on\s+hold`;
/** What is put forward, so that withdrawing it undoes it. */
const PUT_FORWARD = String.raw`(?:offers?|bids?|plans?|proposals?|applications?|claims?|allegations?|appeals?|complaints?|objections?|motions?|bills?|support|backing|funding|licen[cs]es?|permission|threats?|charges?|nominations?|candidacy|resignations?|statements?)\b`;
/**
 * What follows a passive "dropped" of a thing moved to a place: a goal phrase of motion ("onto",
 * "into"; Quirk et al. 1985, §9.17: the prepositions of destination with verbs of motion). "Sandbags
 * were dropped onto the spillway" tells of something let fall, a verb of putting with a direction
 * (Levin 1993, §9.4: drop, lower, hoist), not of a scheme given up ("the scheme was dropped"),
 * which has no place it went to.
 */
const DROPPED_TO_A_GOAL = String.raw`\s+(?:[\p{L}'’]+\s+){0,2}?(?:onto|into)\b`;
/**
 * An act that undoes another (call off, cancel, scrap, abandon, withdraw, postpone, suspend,
 * shelve, revoke, rescind, overturn, reverse): "the strike has been called off" is a second event,
 * which the vote to strike is not, nor a disagreement with it. "Withdraw" and "drop" undo only
 * what was put forward (an offer, a plan, a claim), or "drop" in the passive ("the scheme was
 * dropped"): forces "to be withdrawn" are moved and prices that "dropped" fell, not undone.
 */
const UNDOING = new RegExp(
  String.raw`\b(?:${UNDOING_VERB})\b` +
    String.raw`|\b(?:withdr(?:aw|aws|awing|awn|ew|awals?)|drop(?:s|ped|ping)?)\s+(?:of\s+)?(?:[\p{L}'’]+\s+){0,3}?${PUT_FORWARD}` +
    String.raw`|\b${PUT_FORWARD}\s+(?:[\p{L}'’]+\s+){0,4}?withdrawn\b|\b(?:was|were|been|be|being)\s+dropped\b(?!${DROPPED_TO_A_GOAL})`,
  'iu',
);

/**
 * Letters every match of {@link UNDOING} holds, one alternative's each ("call" of "called off",
 * "revers" of "reversal", "hold" of "put on hold", "withdr" of "withdrawn", "drop" of
 * "dropped"), read with its flags: a text holding none has no act of undoing, and this one
 * alternation of words is far cheaper to run over a sentence than {@link UNDOING}, whose
 * look-behinds are tried at every word (session 45's first-sight profile). Most sentences hold
 * none. A word added to UNDOING needs its letters here (test/search/select-facts/undoing.test.ts
 * reads every form it names).
 */
const UNDOING_LETTERS =
  /call|cancel|scrap|abandon|postpon|suspen|shelv|revok|revocation|rescind|overturn|revers|u-turn|hold|withdr|drop/iu;

/** Negation and denial, and the verbs that report something did not happen. */
export const NEGATION =
  /\b(?:not|no|never|none|nobody|nothing|neither|nor|denied|deny|denies|denying|denial|refuted|refutes|rejected|rejects|dismissed|dismisses|disputed|disputes|false|fabricated|untrue|baseless|fail to|failed to|fails to|failing to|refused to|refuses to|declined to|declines to|unable to|ruled out|rules out|yet to)\b|n[’']t\b/i;

const STANCE_PATTERNS: ReadonlyArray<[Stance, RegExp]> = [
  ['negated', NEGATION],
  // Epistemic modals and verbs of planning: a possibility or a plan.
  [
    'modal',
    // "Can confirm" performs the act (fact-hedged-performative.ts).
    new RegExp(
      String.raw`\b(?:may|might|could|can(?!\s+${HEDGED_PERFORMATIVE_VERB})|cannot|plans? to|planned to|planning to|intends? to|intended to|designed to|meant to|proposes|${ATTRIBUTIVE_BEFORE}proposed|expected to|likely|possibly|perhaps)\b`,
      'iu',
    ),
  ],
  // Deontic modals: an obligation, which is neither a fact nor a mere possibility ("may
  // exchange information" / "must exchange information").
  [
    'obligation',
    /\b(?:should|must|ought|(?:has|have|had) to|required to|obliged to|obligated to)\b/i,
  ],
  // The future, and the future in the past ("said it would reopen"): a plan, not its outcome.
  // "Due to" followed by a verb is a schedule; followed by a noun phrase it gives a cause.
  [
    'future',
    /\b(?:will|won[’']t|shall|would|wouldn[’']t|going to|(?:is|are|was|were) to (?!(?:the|a|an|be blamed)\b)\w+|set to|slated to|poised to|on (?:course|track|schedule) to|scheduled|due (?:on|by|in|at|next)\b|due to (?!(?:the|a|an|its|their|his|her|this|that|these|those|heavy|high|low|bad|poor|strong)\b)\w+|expects?|expected|upcoming|forthcoming)\b|[’']ll\b/i,
  ],
  // Conditions and indirect questions: the statement holds only if, or is left open ("whether",
  // and a dependent wh-clause: "agreed how the money will be spent" tells no way of spending it).
  [
    'conditional',
    new RegExp(
      String.raw`\b(?:if|unless|in case|in the event of|provided that|as long as|whether)\b|${DEPENDENT_WH_INTERROGATIVE.source}`,
      'i',
    ),
  ],
  // Wishes, requests, attempts, threats and promises: what someone wanted to happen. The noun
  // "demand" after a possessive or a determiner with nothing demanded after it names what the
  // sentence has told as done (", the union's main demand."), no wish of its own.
  [
    'wished',
    /\b(?:call(?:s|ed|ing)? for|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)? (?:\S+ ){0,4}?to\b|(?<!(?:['’]s|\b(?:the|its|their|his|her|our|main|key|chief|central|first|final|pay|wage))\s+)demand(?:s|ed|ing)?|(?<=(?:['’]s|\b(?:the|its|their|his|her|our|main|key|chief|central|first|final|pay|wage))\s+)demands?(?!\s*(?:[,.;:!?)]|$))|wants?|wanted|hop(?:e|es|ed|ing) (?:to|for|that)|seeks?|sought|tr(?:y|ies|ied|ying) to|attempt(?:s|ed|ing)?|threat(?:en|ens|ened|ening) to|vow(?:s|ed)? to|promis(?:e|es|ed|ing) to|pledg(?:e|es|ed|ing) to|aims? to|aimed to|offer(?:s|ed)? to|appeal(?:s|ed)? (?:to|for))\b/i,
  ],
  // Claims a party makes that the outlet does not state as fact.
  [
    'alleged',
    /\b(?:alleg(?:e|es|ed|edly|ing|ation|ations)|accus(?:e|es|ed|ing|ation|ations)|claimed|claiming|suspected|purportedly|unconfirmed|rumou?r(?:s|ed)?)\b/i,
  ],
  // A statement recalled as made before, which the passage no longer states as its speaker's
  // word now: in the past perfect ("the company had said it would not"), by its own speaker
  // looking back ("We said in March there was no intention…", "as I told the committee"), or as
  // what came before something else ("six months after insisting it had no plans"). Reporting
  // it is not reporting the statement itself: "also reported by" under the statement would make
  // the recall (often in an article on a reversal) look like corroboration. ("Previously" and
  // "earlier" already mark another occurrence: fact-relation.ts.)
  [
    'recalled',
    new RegExp(
      String.raw`\b(?:had|[’']d)\s+(?:\w+ly\s+)?${REPORTING_VERB}\b` +
        String.raw`|\b(?:we|I)\s+(?:\w+ly\s+)?${REPORTING_VERB}\b` +
        String.raw`|\b(?:after|since|despite)\s+(?:\w+ly\s+)?${REPORTING_GERUND}\b`,
      'i',
    ),
  ],
];

/**
 * The words that mark a plan or a schedule (a semi-auxiliary or its like: "is due to", "is set
 * to", "is scheduled for", "remains on course to", "is expected to"), which the 'future' stance
 * reads; a plan that holds ("remains on course to") is one marker, its "remains" no change.
 */
const PLAN_MARKER =
  /\b(?:(?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?|(?:is|are|was|were)\s+still)\s+)?on\s+(?:course|track|schedule)\s+(?:to|for)\b|\b(?:set|slated|poised|scheduled|expected)\s+(?:to|for)\b|\bdue\s+(?:on|by|in|at|next|to(?!\s+(?:the|a|an|its|their|his|her|this|that|these|those|heavy|high|low|bad|poor|strong)\b))\b|\bscheduled\b/gi;

/**
 * Where a passage's words mark a plan or a schedule ({@link PLAN_MARKER}), as [start, end)
 * offsets. The marker is the stance (compared as such: two passages that take it alike plan
 * alike), not a word of what is planned: "is due to be completed" and "remains on course to be
 * finished" tell one plan in two wordings (Quirk et al. 1985, §3.45–3.47 on semi-auxiliaries of
 * the future: "be due to", "be set to", "be about to"), so their words are not counted as content.
 */
export function planMarkerSpans(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const match of matchesOf(text, PLAN_MARKER))
    spans.push({ start: match.index, end: match.index + match[0].length });
  return spans;
}

/** A date a rule or a figure starts from: a day of a month, a month, a weekday, a year, "next …". */
const START_DATE = String.raw`(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_RE}|${MONTH_RE}|${WEEKDAY_RE}|${YEAR_DIGITS}\b|next\s+(?:week|month|year|${SEASON_RE}))`;
/**
 * A postponement to a stated time: a verb of postponing (timeline/postponed-slot.ts `POSTPONE`:
 * "postponed", "deferred", "delayed", "put back", "put off"), at most six words of its object or
 * adjuncts ("the vote on the bypass", "from 7 October"), then "until", "till" or "to" and a time
 * ("Friday", "14 October", "the end of March", "next year", "a later date"). It holds the event
 * back to a later time and keeps it (WordNet 3.1 postpone.v.01 "hold back to a later time"), as
 * cancelling does not (cancel.v.01 "postpone indefinitely or annul"): a stance of its own, the
 * 'rescheduled' one, which only another rescheduling shares. A postponement with no time stated
 * ("was postponed", "postponed indefinitely") may be either, and stays with the acts of undoing.
 * The time is read as {@link START_DATE} reads one, month names capitalised.
 */
const RESCHEDULING = new RegExp(
  String.raw`\b${POSTPONE}\s+(?:[^\s,;:.!?()—–]+\s+){0,6}?(?:until|till|to)\s+(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+)?(?:${START_DATE}|(?:the\s+)?${SEASON_RE}\b|a\s+later\s+date\b|later\s+(?:this|in\s+the)\s+(?:week|month|year)\b)`,
  'g',
);

/** Words that say something holds from a start; see {@link holdsFromStart}. */
const FROM_START = new RegExp(
  String.raw`\b(?:${TAKING_EFFECT_PATTERN}|in\s+force\s+(?:from|since)|with\s+effect\s+from|[Ee]ffective\s+(?:from|on|as\s+of|immediately)|(?:[Aa]s\s+of|[Ff]rom|[Ss]tarting(?:\s+(?:on|in|from))?|[Bb]eginning(?:\s+(?:on|in))?)\s+${START_DATE}(?![^,;.]{0,24}?\b(?:to|until|till|through)\b))`,
);

/**
 * True when a passage says what it states holds from a start: a rule or a figure that "takes
 * effect in June", "comes into force", is "in force from", "effective from", "as of 1 May", "from
 * June", "starting in April". Its values are the next state, not the one in force as the passage
 * speaks: "the new 20mph limit on Harl Road takes effect in June" does not contradict "the limit
 * on Harl Road is 30mph". So such a value is compared only with one said to hold from a start
 * too, like with like (fact-event.ts, fact-measures.ts), and such a passage is never the same
 * fact as one that does not say so. The words qualify the whole statement wherever they stand
 * ("…, which applies from 1 June"). A span ("from May to September") is a period, not a start.
 * Month names are read capitalised (months.ts), so "from may" is not a start.
 */
export function holdsFromStart(text: string): boolean {
  return FROM_START.test(text);
}

/** A clause coordinated after the main one opens by "but" (read before a marker). */
const COORDINATED = /\S\s+but\b/i;

/** A sentence that asks (its last character before closing quotes is "?"). */
const QUESTION = /\?[\s"”’'»)]*$/;

/**
 * A closing frame that hedges the whole sentence before it: "…, a leaked forecast suggested.",
 * "…, critics claimed." Its verb comes after everything it governs, so it is read as governing
 * from the start.
 */
const TRAILING_HEDGE =
  /,\s*[^,;:]{0,60}?\b(?:(suggest(?:s|ed)?|predict(?:s|ed)?|forecast|estimat(?:es|ed)|believ(?:es|ed)|thinks?|thought|fear(?:s|ed)?)|(claim(?:s|ed)?|alleg(?:es|ed)))\s*[.!?"”’']*\s*$/i;

/**
 * Stances a later clause may take on what an earlier one tells ("…; the company denies this",
 * "…, but the museum disputes the figure"). The others (a plan, a possibility, a wish, a
 * condition, an obligation) are of the later clause's own event ("…, but expects the number to
 * rise").
 */
export const BEARING_ON_EARLIER: readonly Stance[] = [
  'negated',
  'reversed',
  'rescheduled',
  'alleged',
  'recalled',
  'question',
];

/**
 * The stances of a passage that bear on what it tells up to offset `end` (the end of a clause):
 * those marked before it, and those after it that bear on an earlier clause
 * ({@link BEARING_ON_EARLIER}).
 */
export function stancesUpTo(text: string, end: number): Set<Stance> {
  const found = new Set<Stance>();
  for (const [stance, at] of stancesOf(text))
    if (at < end || BEARING_ON_EARLIER.includes(stance)) found.add(stance);
  return found;
}

/** The stances a passage takes, each with the offset of its first marker in `text`. */
export function stancesOf(text: string): ReadonlyMap<Stance, number> {
  const found = new Map<Stance, number>();
  // "May" capitalised inside a sentence is the month ("began in May"), not the modal; masked
  // with as many letters, so that offsets stay those of `text`.
  const read = maskMonthMay(text);
  for (const [stance, pattern] of STANCE_PATTERNS) {
    const at = read.search(pattern);
    if (at >= 0) found.set(stance, at);
  }
  // What an act of undoing undoes may stand before it (the passive: "The strike … has been
  // called off") as well as after it, so it governs the whole sentence; but one in a clause
  // coordinated after the main one ("was proposed in 2009 but shelved") adds a second event
  // and leaves the first as told: it governs only what follows it.
  // A postponement to a stated time is a rescheduling, no undoing: read as such and masked
  // (with as many spaces) before the acts of undoing are looked for. It governs the sentence as
  // an undoing does ("The vote … was postponed until Friday").
  let undone = read;
  for (const match of matchesOf(read, RESCHEDULING)) {
    if (!found.has('rescheduled'))
      found.set('rescheduled', COORDINATED.test(read.slice(0, match.index)) ? match.index : 0);
    undone =
      undone.slice(0, match.index) +
      ' '.repeat(match[0].length) +
      undone.slice(match.index + match[0].length);
  }
  const undoing = UNDOING_LETTERS.test(undone) ? undone.search(UNDOING) : -1;
  if (undoing >= 0) found.set('reversed', COORDINATED.test(read.slice(0, undoing)) ? undoing : 0);
  const hedge = TRAILING_HEDGE.exec(text);
  if (hedge !== null) found.set(hedge[1] !== undefined ? 'modal' : 'alleged', 0);
  // A question asks about all of itself.
  if (QUESTION.test(text.trim())) found.set('question', 0);
  return found;
}

/**
 * The stances that govern what two passages share: those whose marker comes before the first
 * occurrence (`firstAt`, offsets in the passage) of one of `shared` (terms both passages hold).
 * With nothing shared every stance counts.
 */
export function governingStances(
  stances: ReadonlyMap<Stance, number>,
  shared: readonly string[],
  firstAt: ReadonlyMap<string, number>,
): Set<Stance> {
  const governing = new Set<Stance>();
  for (const [stance, at] of stances)
    if (shared.length === 0 || shared.some((term) => (firstAt.get(term) ?? -1) > at))
      governing.add(stance);
  return governing;
}

/**
 * The first stance one passage takes and the other does not, or null when they take the same.
 * The order of {@link STANCE_PATTERNS} decides which is named when several differ.
 */
export function stanceDifference(a: ReadonlySet<Stance>, b: ReadonlySet<Stance>): Stance | null {
  for (const stance of Object.keys(STANCE_REASON) as Stance[])
    if (a.has(stance) !== b.has(stance)) return stance;
  return null;
}
