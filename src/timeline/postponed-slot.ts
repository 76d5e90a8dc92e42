/**
 * A plan's day a sentence reports postponed, as the slot it was moved from: "The dockers' strike
 * has been postponed from 4 May to 18 June", "The union postponed the strike from 4 May to 18
 * June". The slot given up is no event (rescheduled.ts), but it is the day of the plan the move
 * is the outcome of, as "The strike planned for 4 May has been postponed" names it
 * (called-off.ts): the report is linked to the planned entry of that day (later-outcome.ts), and
 * its new date is an entry of its own by the date rules.
 *
 * Only a verb that tells a move to a later time (postpone, defer, delay, put back, push back, put
 * off) and the noun phrase of what it moves: the passive's subject ("The dockers' strike has been
 * postponed from"), or the active verb's object ("postponed the strike from").
 */
import { intervalOf } from '../text/calendar.js';
import type { DateValue } from '../text/calendar.js';
import type { PlanOutcomeKind } from './called-off.js';
import type { Mention } from './mention.js';
import { withYear } from './year-rules.js';

/** A verb of moving an event to a later time. */
const POSTPONE = String.raw`(?:postponed|deferred|delayed|put\s+back|pushed\s+back|put\s+off)`;

/** The passive: the subject back to a clause break, "be" (with "has been" and the like), the verb, "from". */
const PASSIVE_FROM = new RegExp(
  String.raw`(?:^|[,;:—–()])\s*([^,;:—–()]*?)\s+(?:has|have|had|was|were|is|are|will\s+be)\s+(?:(?:now|since|also|again|already|just)\s+)?(?:been\s+)?${POSTPONE}\s+from\s+(?:the\s+)?$`,
  'iu',
);

/** The active: the verb, its object (up to eight words, no clause break), "from". */
const ACTIVE_FROM = new RegExp(
  String.raw`\b(?:postpone[sd]?|defer(?:s|red)?|delay(?:s|ed)?|put(?:s)?\s+back|push(?:es|ed)?\s+back|put(?:s)?\s+off)\s+((?:(?!from\b)[\p{L}'’-]+\s+){1,8}?)from\s+(?:the\s+)?$`,
  'iu',
);

/**
 * Quick test, before the sentence's dates are read again: could it hold a postponed slot at all?
 * A verb of postponing, then "from".
 */
export const MAY_HOLD_POSTPONED_SLOT =
  /\b(?:postpone|defer|delay|put\s+(?:back|off)|push(?:es|ed)?\s+back)[^.;:!?]*\bfrom\b/iu;

/**
 * What a sentence says of the plan whose slot starts at `start` (a slot given up, detect.ts
 * `givenUpSlots`): postponed, with the words naming the moved event ("The dockers' strike", "the
 * strike"); null when no verb of postponing takes it from there.
 */
export function postponedPlan(
  sentence: string,
  start: number,
): { outcome: PlanOutcomeKind; phrase: string } | null {
  const before = sentence.slice(Math.max(0, start - 160), start);
  const passive = PASSIVE_FROM.exec(before);
  const phrase = passive?.[1] ?? ACTIVE_FROM.exec(before)?.[1];
  return phrase === undefined || phrase.trim() === ''
    ? null
    : { outcome: 'postponed', phrase: phrase.trim() };
}

/**
 * The date of a slot a postponement gave up that states no year (`slot`: "postponed from August
 * to October"), read from the new date (`moved`, October 2026, dated by the date rules) rather
 * than from publication: to postpone is to move an event to a later time (the verb's meaning,
 * Merriam-Webster "postpone": "to hold back to a later time"), so the slot given up starts before
 * the new date starts, in the latest year that does so. Published mid-February, the nearer-year
 * rule is a coin toss for August; the new date settles it.
 *
 * @returns the slot's date (a day, month or season, as written); null when the slot states or
 *   counts its own year ("August 2025", "last August", "August of next year"), or is no single
 *   calendar date.
 */
export function slotBeforeNewDate(slot: Mention, moved: DateValue): DateValue | null {
  if (slot.kind !== 'calendar' || slot.until !== undefined || slot.since) return null;
  if (slot.year !== undefined || slot.yearOffset !== undefined || slot.shift !== null) return null;
  if (slot.month === undefined && slot.season === undefined) return null;
  const start = intervalOf(moved).first;
  // A month or season of the new date's year, or else of the year before, starts before it.
  const same = withYear(slot, moved.year);
  return intervalOf(same).first < start ? same : withYear(slot, moved.year - 1);
}
