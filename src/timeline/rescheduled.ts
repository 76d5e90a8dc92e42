/**
 * Moved dates. "The vote was moved to October 14 from October 7", "postponed from 7 to 14
 * October", "rescheduled the regatta from Saturday to Sunday", "the hearing, brought forward from
 * Friday": the date a verb of moving takes an event *from* is the slot given up, a day on which
 * the event did not happen, and no event of its own; the date it is moved *to* is the new one. So
 * the slot given up is no mention, and "from Y to X" after such a verb is no range from Y to X.
 * The tense of the new date is read in plan.ts (`planTense`).
 */
import { WEEKDAY_RE } from '../text/months.js';
import type { Mention } from './mention.js';
import { PLAN_CUES } from './plan-words.js';
import { anyOf } from '../text/word-class.js';
import { STOP_WORDS } from '../text/stop-words.js';

/**
 * The object a phrasal verb's particle may follow ("brought the regatta forward", "put the vote
 * off"): a short noun phrase, up to three words, none a preposition or a conjunction. A
 * transitive phrasal verb's particle may come before its object or after a short one (particle
 * movement: Quirk et al. 1985, §16.4); a long object goes after the particle.
 */
const SHIFTED_OBJECT = String.raw`(?:\s+(?!(?:and|but|or|while|which|who|whom|that|when|to|into|onto|for|from|with|by|on|in|at|until|till)\b)[\p{L}'’-]+){0,3}?`;

/** The phrasal verbs of moving an event in time, as verb forms and their particle. */
const PHRASAL_MOVES: ReadonlyArray<readonly [verb: string, particle: string]> = [
  [String.raw`push(?:es|ed|ing)?`, 'back'],
  [String.raw`(?:bring|brings|bringing|brought)`, 'forward'],
  [String.raw`put(?:s|ting)?`, 'off'],
  [String.raw`pull(?:s|ed|ing)?`, 'forward'],
];

/**
 * The phrasal verbs above with their particle right after the verb or after a short object:
 * "pushed back", "brought the regatta forward". With `objectGroup`, the object is captured.
 */
export const phrasalMoveVerb = (objectGroup = false): string =>
  PHRASAL_MOVES.map(
    ([verb, particle]) =>
      String.raw`${verb}${objectGroup ? `(${SHIFTED_OBJECT})` : SHIFTED_OBJECT}\s+${particle}`,
  ).join('|');

/**
 * A verb (or its noun) whose object is always an event and whose goal ("to …") is always a
 * time: "postponed", "the postponement", "rescheduling", "brought forward", "put off", "brought
 * the regatta forward". Not "move", whose goal may be a place or a person ("support moved to
 * May").
 */
const TIME_ONLY_MOVE_VERB = String.raw`(?:postpone[sd]?|postponing|postponement|defer(?:s|red|ring|ral)?|adjourn(?:s|ed|ing|ment)?|re-?schedul(?:e[sd]?|ing)|${phrasalMoveVerb()})`;

/**
 * A verb (or its noun) that only ever moves an event in time, in any form: those above and
 * "moved", "moving".
 */
const RESCHEDULE_VERB = String.raw`(?:${TIME_ONLY_MOVE_VERB}|move[sd]?|moving)`;

/**
 * British "put back", to postpone, also to return a thing to its place, so a move only with a new
 * date beside it; its particle before its object or after a short one ("put the vote back until 3
 * March": particle movement, Quirk et al. 1985, §16.4), as the phrasal verbs above. With
 * `objectGroup`, the object is captured.
 */
export const putBackVerb = (objectGroup = false): string =>
  String.raw`put(?:s|ting)?${objectGroup ? `(${SHIFTED_OBJECT})` : SHIFTED_OBJECT}\s+back`;

/**
 * A verb that moves an event in time: those above, and verbs that also say something else
 * ("delayed from March onwards": late since March; "shifted", "switched", "pushed"; "put back":
 * {@link putBackVerb}), which move an event only with a new date beside them. Not the bare "shift"
 * or "switch", nouns as often as verbs ("the night shift from Monday").
 */
export const MOVE_VERB = String.raw`(?:${RESCHEDULE_VERB}|delay(?:s|ed|ing)?|shift(?:ed|ing)|switch(?:ed|ing)|pushed|${putBackVerb()})`;

/** "from", "from the", "from Tuesday,": right before the slot given up. */
const FROM = String.raw`\bfrom\s+(?:the\s+)?(?:${WEEKDAY_RE},?\s+)?$`;

/**
 * A verb of moving, then what it moves ("the vote", "back"), then "from" right before the date:
 * "was postponed from", "moved the market from". What lies between holds no destination ("to",
 * "into": "pupils were moved to a new site from March 3" dates the start of a stay) and no break
 * of clause, so the verb is the date's own.
 */
const movedFrom = (verb: string): RegExp =>
  new RegExp(
    String.raw`\b${verb}\b(?:(?!\b(?:and|but|or|while|which|who|that|when|after|before|to|into|onto|until|till)\b)[^.;:!?,—–()]){0,40}?${FROM}`,
    'iu',
  );
const MOVED_FROM = movedFrom(MOVE_VERB);
const RESCHEDULED_FROM = movedFrom(RESCHEDULE_VERB);

/**
 * A verb that only moves an event in time, then what it moves (a few words, no clause break and
 * no preposition of its own: "postponed the ferry vote"), then "to" right before the date: "has
 * been postponed to", "put the hearing off to". The goal of such a verb is the new time, so a word
 * there that is also a name is read as the time (TimeML's TIMEX3 guidelines mark a temporal
 * expression by the slot it fills: Pustejovsky et al., TimeML 1.2.1, 2006). Not "deferred to"
 * with no object and no "be" before it, which is yielding to someone ("deferred to May on
 * fares"), nor a gerund as the object, whose own "to" it is ("put off talking to June").
 */
const MOVED_TO_TIME = new RegExp(
  String.raw`\b${TIME_ONLY_MOVE_VERB}(?!\s+\p{Ll}+ing\b)(?:\s+(?!(?:and|but|or|while|which|who|whom|that|when|to|into|onto|for|from|with|by)\b)[\p{L}'’-]+){0,6}?\s+to\s+$`,
  'iu',
);

/** "deferred to" as yielding: active, with nothing between the verb and "to". */
const DEFERRED_TO_SOMEONE =
  /(?<!\b(?:be|been|being|is|are|was|were)\s+)\bdefer(?:s|red|ring)?\s+to\s+$/iu;

/**
 * True when `before` (the text up to a word) ends in "to" whose verb only moves an event in
 * time, so the word after it is the new time: "The vote has been postponed to June".
 */
export function isMovedToTime(before: string): boolean {
  return MOVED_TO_TIME.test(before) && !DEFERRED_TO_SOMEONE.test(before);
}

/** What follows a slot given up: the new date ("to October 14", "until the 14th"). */
const THEN_TO = new RegExp(
  String.raw`^,?\s*(?:to|until|till)\s+(?:the\s+)?(?:${WEEKDAY_RE},?\s+)?$`,
  'iu',
);

/**
 * True when the words of `text` from `slotEnd` (the end of a slot given up) to `start` lead to
 * the new date there: "from 4 May to 18 June", "from August until the 14th".
 */
export function isNewDateAfter(text: string, slotEnd: number, start: number): boolean {
  return start >= slotEnd && THEN_TO.test(text.slice(slotEnd, start));
}

/** What follows the new date before the slot given up: "to October 14 from October 7". */
const THEN_FROM = new RegExp(String.raw`^,?\s*${FROM}`, 'iu');

/**
 * True when the words of `text` from `newEnd` (the end of a new date) to `slotStart` (the start
 * of a slot given up) lead from the one to the other: "(to October 14) from (October 7)".
 */
export function isNewDateBefore(text: string, newEnd: number, slotStart: number): boolean {
  return newEnd <= slotStart && THEN_FROM.test(text.slice(newEnd, slotStart));
}

/** "from March onwards", "from Monday on": the start of what lasts, not a slot given up. */
const ONWARDS = /^\s*(?:on|onwards?|forward)\b/iu;

/**
 * "to", "until", "to the", right before a new date, with the weekday written with it: "to Friday
 * 5 December" is a move to 5 December (the weekday is no mention of its own there). The new time
 * may be a part of a period or the time after it ("until the end of the summer", "until after
 * the summer"): "until" still marks the end of the period the event is put off for (Quirk et al.
 * 1985, §9.39), a time after the move, as postponed-until.ts reads it.
 */
const TO_NEW_DATE = String.raw`\b(?:to|until|till)\s+(?:after\s+)?(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?(?:the\s+)?(?:${WEEKDAY_RE},?\s+(?:the\s+)?)?$`;

/**
 * "for", "for the", right before a new date after a verb that only moves an event in time, with
 * no comma between ("rescheduled the regatta for 11 October", "postponed for Friday 5 December"):
 * "for" there marks the time arranged, as it does after "scheduled" (plan-words.ts; OED
 * "reschedule": to arrange for a new time). Only after such a verb, as "for"
 * after "delayed" or "moved" as often gives a length ("delayed for a week") or a cause; and with no
 * comma, so "postponed the vote, scheduled for 3 March," keeps the slot given up its own.
 */
const FOR_NEW_DATE = String.raw`\bfor\s+(?:the\s+)?(?:${WEEKDAY_RE},?\s+(?:the\s+)?)?$`;

/**
 * A verb of moving, then "to"/"until" right before the new date ("was moved to"), or a verb that
 * only moves, then "for" ({@link FOR_NEW_DATE}: "was rescheduled for").
 */
const MOVED_TO_DATE = String.raw`(?:${MOVE_VERB}\b[^.;:!?]{0,50}?${TO_NEW_DATE}|${TIME_ONLY_MOVE_VERB}\b[^.,;:!?]{0,50}?${FOR_NEW_DATE})`;

/** A verb of moving, then "to"/"until" (or "for") right before the new date: "was moved to". */
export const MOVED_TO = new RegExp(String.raw`\b${MOVED_TO_DATE}`, 'iu');

/**
 * A move in the present perfect, then "to"/"until" right before the new date: "has been moved
 * to", "have postponed the vote until". The move holds at the time of writing, so the event now
 * stands at the new date, still ahead (one already held would be reported as held), as a
 * commitment in the present perfect is (tense-markers.ts); "was moved to" tells only when the
 * move was made.
 */
export const MOVED_TO_IN_FORCE = new RegExp(
  String.raw`\b(?:has|have|'ve|’ve)\s+(?:(?:now|since|again|already|just|also)\s+)?(?:been\s+)?${MOVED_TO_DATE}`,
  'iu',
);

/**
 * True when the date at `start` of `sentence` is the new date of a move told in the simple past
 * ("The council postponed the ferry vote to June", "the hearing was adjourned until May"), not in
 * the present perfect ({@link MOVED_TO_IN_FORCE}: ahead). What a move arranges lies after the
 * move, and a move told as news with no date of its own lies at or shortly before publication,
 * as a commitment does (committed-act.ts `actAfterCommitment`, which resolve.ts applies to both).
 * Not when the sentence names the slot given up ("from 9 October").
 */
export function movedToInPast(sentence: string, start: number): boolean {
  // "brought forward to 2 October from 9 October": a move that names the slot it gives up is
  // placed by that slot, near it, as the nearer year places it (resolve.ts).
  if (/\bfrom\s/iu.test(sentence)) return false;
  const before = sentence.slice(Math.max(0, start - 80), start);
  return MOVED_TO.test(before) && !MOVED_TO_IN_FORCE.test(before);
}

/** A verb of moving, its slot given up after "from", then "to"/"until" right before the new date. */
const MOVED_FROM_TO = new RegExp(
  String.raw`\b${MOVE_VERB}\b[^.;:!?]{0,60}?\bfrom\s[^.;:!?]{1,40}?${TO_NEW_DATE}`,
  'iu',
);

/** After the new date, the slot given up: "(to 2 October) from 9 October". */
const FROM_AFTER = /^[\p{L}\d .,]{0,20}?\sfrom\s/u;

/** A move in the present perfect: it holds at the time of writing (MOVED_TO_IN_FORCE). */
const MOVE_IN_FORCE = new RegExp(
  String.raw`\b(?:has|have|'ve|’ve)\s+(?:(?:now|since|again|already|just|also)\s+)?(?:been\s+)?${MOVE_VERB}\b`,
  'iu',
);

/**
 * True when the date at `start` of `sentence` is the new date of a move told in the simple past
 * that names the slot it gave up: "The council postponed the match from 14 August to 2 October",
 * "The vote was brought forward to 2 October from 9 October". Both lie after the move, which
 * news tells at or shortly before publication (committed-act.ts `dateAfterRecentMove`). Not a
 * move in the present perfect, which holds at the time of writing and puts its new date ahead.
 */
export function movedWithSlotInPast(sentence: string, start: number): boolean {
  const before = sentence.slice(Math.max(0, start - 140), start);
  const named =
    MOVED_FROM_TO.test(before) ||
    (MOVED_TO.test(before.slice(-80)) && FROM_AFTER.test(sentence.slice(start)));
  return named && !MOVE_IN_FORCE.test(before);
}

/**
 * True when `m`, a mention of the sentence `text` among its `mentions` (in text order), is the
 * slot an event was moved from: right after "from" under a verb of moving, with the new date
 * after it ("moved the vote from Tuesday to Thursday") or under a verb that only moves
 * ("postponed from October 7"), or after the new date ("moved to October 14 from October 7").
 */
export function isGivenUpSlot(m: Mention, mentions: readonly Mention[], text: string): boolean {
  if (ONWARDS.test(text.slice(m.end))) return false;
  const before = text.slice(Math.max(0, m.start - 120), m.start);
  if (RESCHEDULED_FROM.test(before)) return true;
  const newDateAfter = mentions.some((to) => isNewDateAfter(text, m.end, to.start));
  if (newDateAfter && MOVED_FROM.test(before)) return true;
  return mentions.some(
    (to) =>
      isNewDateBefore(text, to.end, m.start) &&
      MOVED_TO.test(text.slice(Math.max(0, to.start - 80), to.start)),
  );
}

/** A cue of a plan right before its date: "scheduled for", "was expected on", "set for the". */
const PLAN_CUE_BEFORE = new RegExp(
  String.raw`\b(?:${anyOf([...PLAN_CUES, 'intended'])})\s+(?:for|on|in|at)\s+(?:the\s+)?$`,
  'iu',
);

/**
 * What became of a plan that moved or dropped it ("postponed", "cancelled", "moved to"), unlike
 * "never came" or "did not take place", which tell that its day has passed.
 */
const GIVEN_UP_FATE = new RegExp(
  String.raw`\b(?:${MOVE_VERB}|cancell?ed|called\s+off|scrapped|abandoned|dropped)\b`,
  'iu',
);

/**
 * True when the date at `start` of `sentence` is the day of a plan its sentence says was moved or
 * dropped: "had been scheduled for October 7 but was postponed", "originally set for 7 October,
 * was moved to 14 October". The past tense of the plan tells when it was made or given up, not
 * on which side of the time of writing its day lies: a vote postponed the day before it was due
 * is told so. The year of such a day is the nearer one (resolve.ts).
 */
export function isGivenUpPlan(sentence: string, start: number): boolean {
  if (isUnfulfilledPlan(sentence, start)) return true;
  return (
    PLAN_CUE_BEFORE.test(sentence.slice(Math.max(0, start - 40), start)) &&
    GIVEN_UP_FATE.test(sentence)
  );
}

/**
 * "originally" or "initially" right before a cue of a plan, then the rest of its clause up to the
 * date: "was originally due to open in", "originally scheduled for", "initially set to reopen
 * on".
 */
const ORIGINAL_PLAN = new RegExp(
  String.raw`\b(?:originally|initially)\s+(?:${anyOf(PLAN_CUES)})\s+(?:to|for|on|in|at)\b[^.;:!?,—–()]{0,60}$`,
  'iu',
);

/**
 * True when the date at `start` of `sentence` is the day of a plan told as the original one
 * ("The library was originally due to open in September 2025", "The vote, initially set for 7
 * October, …"): "originally" says the plan was the first of more than one, since replaced (the
 * adverb of the plan's fate plan.ts `OUTCOME` reads as well). Its year is read by the tense
 * rules, as before; events.ts marks such a day that has come by the time of writing as a plan
 * given up.
 */
export function isOriginalPlan(sentence: string, start: number): boolean {
  return ORIGINAL_PLAN.test(sentence.slice(Math.max(0, start - 100), start));
}

/**
 * A plan in the past perfect, then the rest of its clause up to the date: "had been due to strike
 * on", "had been scheduled to open in".
 */
const PAST_PERFECT_PLAN = new RegExp(
  String.raw`\bhad\s+been\s+(?:${anyOf(PLAN_CUES)})\s+(?:to|for|on|in)\b[^.;:!?,]{0,60}$`,
  'iu',
);

/**
 * What tells that a plan changed or was not carried out: a contrast ("but", "yet"), a
 * replacement ("instead"), a denial of the event ("never", "did not", "no longer", a negated verb
 * of occurring: "would not go ahead on that date", "will not take place"), or a verb of its fate
 * ("postponed", "cancelled", "shelved").
 */
const FATE_TOLD =
  /\b(?:but|yet|instead|never|did\s+not|didn['’]t|no\s+longer|postponed|delayed|cancell?ed|called\s+off|scrapped|abandoned|shelved|suspended|put\s+on\s+hold)\b|(?:\bnot|n['’]t)\s+(?:go\s+ahead|take\s+place|happen|proceed|be\s+held)\b/iu;

/**
 * True when the date at `start` of `sentence` is the day of a plan told in the past perfect
 * whose sentence also tells that it changed or was not carried out ("had been due to strike on
 * 2 November but was called off", "had been scheduled for October 7; it was postponed"). The past
 * perfect alone places the planning before a past reference time (Quirk et al. 1985, §4.22ff,
 * 4.58); it does not say the plan was given up ("said that a full repair had been planned for
 * this summer" may be reported speech, backshifted from "has been planned"), so such a plan is
 * read as any plan told in the past (plan.ts), ahead when its day lies after publication.
 */
function isUnfulfilledPlan(sentence: string, start: number): boolean {
  const before = sentence.slice(Math.max(0, start - 100), start);
  return PAST_PERFECT_PLAN.test(before) && FATE_TOLD.test(sentence);
}

/** The head noun of a plan's subject right before "had been" + a cue: "The regatta had been due". */
const PLAN_SUBJECT = new RegExp(
  String.raw`\b(?<noun>\p{L}[\p{L}'’-]*)\s*(?:,\s*(?:which|that)\s+|\s+)had\s+been\s+(?:${anyOf(PLAN_CUES)})\s+(?:to|for|on|in)\b[^.;:!?,]{0,60}$`,
  'iu',
);

/**
 * The head noun of the event a past-perfect plan is told of, when the date at `start` of
 * `sentence` is that plan's day and its sentence tells no fate of its own: "The regatta had been
 * due on 2 August" and "the regatta, which had been due to take place on 2 August" give
 * "regatta". Null otherwise.
 */
export function pastPerfectPlanNoun(sentence: string, start: number): string | null {
  const before = sentence.slice(Math.max(0, start - 120), start);
  if (FATE_TOLD.test(sentence)) return null;
  const noun = PLAN_SUBJECT.exec(before)?.groups?.noun?.toLowerCase();
  // "The fair that had been due", "It had been due": a pronoun or a relative names no event
  // another sentence can repeat.
  return noun === undefined || STOP_WORDS.has(noun) ? null : noun;
}

/**
 * True when `text` (an article's title, headline and text) tells that the event its noun `noun` names
 * was moved or given up: a verb of moving or of a plan's fate with that noun as its object or
 * subject, a few words apart in one sentence ("Organisers rescheduled the regatta for 11 October",
 * "Regatta postponed to October", "When we postponed the regatta in July"). A plan told in the
 * past perfect is placed before a past reference time (Quirk et al. 1985, §4.22ff); when the
 * article tells the same event moved or called off, that time is before the change, and the day
 * is the day once planned, a plan since changed, not the event's day. The noun is the event's
 * only name the article repeats: coreference by the same head noun (a definite description
 * repeated, Quirk et al. 1985, 5.32).
 */
export function articleTellsChange(text: string, noun: string): boolean {
  const word = noun.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  // Verbs that only move an event in time, or "moved" and "delayed", never a verb of moving with
  // other senses ("switched on", "shifted", "pushed"), which would tell no change of the plan.
  const fate = String.raw`(?:${RESCHEDULE_VERB}|delay(?:s|ed|ing)?|cancell?ed|called\s+off|scrapped|abandoned|shelved)`;
  const near = new RegExp(
    String.raw`\b${fate}\b[^.;:!?]{0,30}?\b${word}\b|\b${word}\b[^.;:!?]{0,30}?\b(?:(?:was|has\s+been|had\s+been|is|will\s+be)\s+)?${fate}\b`,
    'iu',
  );
  return near.test(text);
}
