/**
 * A plan's day a sentence reports moved, as the slot it was moved from: "The dockers' strike
 * has been postponed from 4 May to 18 June", "The union postponed the strike from 4 May to 18
 * June", "The vote was brought forward from 14 October to 7 October", "rescheduled the regatta
 * from 14 August to 21 August". The slot given up is no event (rescheduled.ts), but it is the day
 * of the plan the move is the outcome of, as "The strike planned for 4 May has been postponed"
 * names it (called-off.ts): the report is linked to the planned entry of that day
 * (later-outcome.ts), and its new date is an entry of its own by the date rules.
 *
 * Only a verb that moves an event in time and nothing else (postpone, defer, delay, put back,
 * push back, put off: to a later time; bring or pull forward: to an earlier one; move,
 * reschedule: either way, told by their new date) and the noun phrase of what it moves: the
 * passive's subject ("The dockers' strike has been postponed from"; in a content clause the
 * subject after its "that": "confirmed on Tuesday that the reopening had been pushed back from"),
 * or the active verb's object ("postponed the strike from", "brought forward the vote from"). A postponement is reported as
 * `postponed`, any other move as `moved`: the report's own verb says which.
 */
import { intervalOf } from '../text/calendar.js';
import { isUsuallyNoun } from '../text/nouns.js';
import { anyOf } from '../text/word-class.js';
import type { DateValue } from '../text/calendar.js';
import type { PlanOutcomeKind } from './called-off.js';
import { CLAUSE_OBJECT_VERBS } from './lexicon.js';
import type { Mention } from './mention.js';
import { phrasalMoveVerb, putBackVerb } from './rescheduled.js';
import { withYear } from './year-rules.js';

/** A verb of moving an event to a later time, as a past participle. */
export const POSTPONE = String.raw`(?:postponed|deferred|delayed|put\s+back|pushed\s+back|put\s+off)`;

/** A verb of moving an event to an earlier time. */
const ADVANCE = String.raw`(?:brought\s+forward|pulled\s+forward)`;

/** A verb of moving an event in time either way: its new date says which. */
const MOVE = String.raw`(?:moved|re-?scheduled)`;

/** Any of the above, as a past participle. */
const MOVED = String.raw`(?:${POSTPONE}|${ADVANCE}|${MOVE})`;

/**
 * The new date, when told before the slot given up: "(moved) to October 14 (from)", "until the
 * 14th,". A goal and a source of one verb of motion may come in either order (Quirk et al. 1985,
 * §9.17 on source and goal; §8.20 on the order of adjuncts), so "from" after the new date still
 * names the slot the event left. Only read where detect.ts has found the slot given up.
 */
const NEW_DATE_FIRST = String.raw`(?:(?:to|until|till)\s+(?:the\s+)?[\p{L}\d]+(?:,?\s+[\p{L}\d]+){0,3},?\s+)?`;

/** The passive: the subject back to a clause break, "be" (with "has been" and the like), the verb, "from". */
const PASSIVE_FROM = new RegExp(
  String.raw`(?:^|[,;:—–()])\s*([^,;:—–()]*?)\s+(?:has|have|had|was|were|is|are|will\s+be)\s+(?:(?:now|since|also|again|already|just)\s+)?(?:been\s+)?(${MOVED})\s+${NEW_DATE_FIRST}from\s+(?:the\s+)?$`,
  'iu',
);

/**
 * Up to and including the "that" opening a content clause after a verb that takes a clause as its
 * object ("confirmed on Tuesday that the reopening had been pushed back"): the clause's subject
 * starts after the subordinator (Quirk et al. 1985, §15.3–4 on that-clauses as object), so the
 * passive's subject is "the reopening", not the reporting clause before it. A "that" after no such
 * verb may open a relative clause on the subject ("The walkout that the dockers had called has
 * been postponed", §17.10), which stays part of it. Only forms whose usual reading is no noun
 * (text/nouns.ts `isUsuallyNoun`): "claims", "fears", "reports" mostly head a noun phrase whose
 * that-clause is appositive (§17.26: "the vote on fears that the strike would spread"), and the
 * subject postponed is that noun phrase's, not the clause's. Built on first use: the lexicon is
 * read when a timeline is built, not when a process starts.
 */
let beforeContentClause: RegExp | undefined;
function contentClauseOpening(): RegExp {
  beforeContentClause ??= new RegExp(
    String.raw`^.*\b(?:${anyOf([...CLAUSE_OBJECT_VERBS].filter((form) => !isUsuallyNoun(form)))})\b.*?\bthat\s+`,
    'iu',
  );
  return beforeContentClause;
}

/** The active: the verb, its object (up to eight words, no clause break), "from". */
const ACTIVE_FROM = new RegExp(
  String.raw`\b(postpone[sd]?|defer(?:s|red)?|delay(?:s|ed)?|put(?:s)?\s+back|push(?:es|ed)?\s+back|put(?:s)?\s+off|(?:brings?|brought|pull(?:s|ed)?)\s+forward|move[sd]?|re-?schedule[sd]?)\s+((?:(?!from\b)[\p{L}'’-]+\s+){1,8}?)${NEW_DATE_FIRST}from\s+(?:the\s+)?$`,
  'iu',
);

/**
 * The active with the particle after a short object: "brought the regatta forward from", "put
 * the regatta back from" (rescheduled.ts `phrasalMoveVerb`, `putBackVerb`; "put back" is a move
 * only with a new date beside it, which detect.ts has found for a slot given up). The first group
 * is the verb and its particle, a later one the object.
 */
const SHIFTED_ACTIVE_FROM = new RegExp(
  String.raw`\b(${phrasalMoveVerb(true)}|${putBackVerb(true)})\s+${NEW_DATE_FIRST}from\s+(?:the\s+)?$`,
  'iu',
);

/**
 * Quick test, before the sentence's dates are read again: could it hold a postponed slot at all?
 * A verb of postponing, then "from".
 */
export const MAY_HOLD_POSTPONED_SLOT =
  /\b(?:postpone|defer|delay|put|push|brought|bring|pull|move|re-?schedul)[^.;:!?]*\bfrom\b/iu;

/** Which way a move took its event: to a later time, an earlier one, or either (its new date says). */
export type MoveDirection = 'later' | 'earlier' | 'either';

/** The way the verb of a move (as matched, any form) takes its event. */
function directionOf(verb: string): MoveDirection {
  if (/^(?:move|re-?schedul)/iu.test(verb)) return 'either';
  return /^(?:bring|brought|pull)/iu.test(verb) ? 'earlier' : 'later';
}

/**
 * What a sentence says of the plan whose slot starts at `start` (a slot given up, detect.ts
 * `givenUpSlots`): postponed, or moved (brought forward, moved, rescheduled), with the words
 * naming the moved event ("The dockers' strike", "the strike") and the way the move took it;
 * null when no such verb takes it from there.
 */
export function postponedPlan(
  sentence: string,
  start: number,
): { outcome: PlanOutcomeKind; phrase: string; direction: MoveDirection } | null {
  const before = sentence.slice(Math.max(0, start - 160), start);
  const passive = PASSIVE_FROM.exec(before);
  const active = passive ? null : ACTIVE_FROM.exec(before);
  const shifted = passive || active ? null : SHIFTED_ACTIVE_FROM.exec(before);
  const verb = passive?.[2] ?? active?.[1] ?? shifted?.[1] ?? '';
  const phrase = (
    passive?.[1]?.replace(contentClauseOpening(), '') ??
    active?.[2] ??
    shifted?.slice(2).find((object) => object !== undefined && object.trim() !== '') ??
    ''
  ).trim();
  if (phrase === '') return null;
  const direction = directionOf(verb);
  return { outcome: direction === 'later' ? 'postponed' : 'moved', phrase, direction };
}

/**
 * The date of a slot a move gave up that states no year (`slot`: "postponed from August to
 * October"), read from the new date (`moved`, October 2026, dated by the date rules) rather than
 * from publication, when the verb tells which way the move went (`direction`): to postpone is to
 * move an event to a later time (Merriam-Webster "postpone": "to hold back to a later time"), so
 * the slot given up starts before the new date starts, in the latest year that does so; to bring
 * forward is to move it to an earlier one (Merriam-Webster "bring forward": "to move (something)
 * to an earlier date or time"), so the slot starts after the new date, in the earliest year that
 * does so. Published mid-February, the nearer-year rule is a coin toss for August; the new date
 * settles it.
 *
 * @returns the slot's date (a day, month or season, as written); null when the slot states or
 *   counts its own year ("August 2025", "last August", "August of next year"), is no single
 *   calendar date, or the move may have gone either way ("moved", "rescheduled").
 */
export function slotOfMove(
  slot: Mention,
  moved: DateValue,
  direction: MoveDirection,
): DateValue | null {
  if (direction === 'either') return null;
  if (slot.kind !== 'calendar' || slot.until !== undefined || slot.since) return null;
  if (slot.year !== undefined || slot.yearOffset !== undefined || slot.shift !== null) return null;
  if (slot.month === undefined && slot.season === undefined) return null;
  const start = intervalOf(moved).first;
  const same = withYear(slot, moved.year);
  // A month or season of the new date's year, or else of the year before (after), starts before
  // (after) it.
  if (direction === 'later')
    return intervalOf(same).first < start ? same : withYear(slot, moved.year - 1);
  return intervalOf(same).first > start ? same : withYear(slot, moved.year + 1);
}
