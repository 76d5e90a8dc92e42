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

/**
 * A verb (or its noun) that moves an event in time, in any form: "postponed", "is delaying",
 * "the postponement", "pushed back", "brought forward", "put off". Not the bare "shift" or
 * "switch", nouns as often as verbs ("the night shift from Monday").
 */
export const MOVE_VERB = String.raw`(?:postpone[sd]?|postponing|postponement|delay(?:s|ed|ing)?|defer(?:s|red|ring|ral)?|adjourn(?:s|ed|ing|ment)?|move[sd]?|moving|re-?schedul(?:e[sd]?|ing)|shift(?:ed|ing)|switch(?:ed|ing)|push(?:es|ed|ing)?\s+back|pushed|(?:bring|brings|bringing|brought)\s+forward|put(?:s|ting)?\s+off|pull(?:s|ed|ing)?\s+forward)`;

/** "from", "from the", "from Tuesday,": right before the slot given up. */
const FROM = String.raw`\bfrom\s+(?:the\s+)?(?:${WEEKDAY_RE},?\s+)?$`;

/**
 * A verb of moving, then what it moves ("the vote", "back"), then "from" right before the date:
 * "was postponed from", "moved the market from". What lies between holds no destination ("to",
 * "into": "pupils were moved to a new site from March 3" dates the start of a stay) and no break
 * of clause, so the verb is the date's own.
 */
const MOVED_FROM = new RegExp(
  String.raw`\b${MOVE_VERB}\b(?:(?!\b(?:and|but|or|while|which|who|that|when|after|before|to|into|onto|until|till)\b)[^.;:!?,—–()]){0,40}?${FROM}`,
  'iu',
);

/** A verb of moving, then "to"/"until" right before the new date: "was moved to". */
export const MOVED_TO = new RegExp(
  String.raw`\b${MOVE_VERB}\b[^.;:!?]{0,50}?\b(?:to|until|till)\s+(?:the\s+)?$`,
  'iu',
);

/**
 * A move in the present perfect, then "to"/"until" right before the new date: "has been moved
 * to", "have postponed the vote until". The move holds at the time of writing, so the event now
 * stands at the new date, still ahead (one already held would be reported as held), as a
 * commitment in the present perfect is (tense-markers.ts); "was moved to" tells only when the
 * move was made.
 */
export const MOVED_TO_IN_FORCE = new RegExp(
  String.raw`\b(?:has|have|'ve|’ve)\s+(?:(?:now|since|again|already|just|also)\s+)?(?:been\s+)?${MOVE_VERB}\b[^.;:!?]{0,50}?\b(?:to|until|till)\s+(?:the\s+)?$`,
  'iu',
);

/**
 * True when `m`, a mention of the sentence `text` among its `mentions` (in text order), is the
 * slot an event was moved from: right after "from" under a verb of moving ("postponed from
 * October 7", "moved the vote from Tuesday to Thursday"), or after the new date it was moved to
 * ("moved to October 14 from October 7").
 */
export function isGivenUpSlot(m: Mention, mentions: readonly Mention[], text: string): boolean {
  const before = text.slice(0, m.start);
  if (MOVED_FROM.test(before.slice(-120))) return true;
  const from = new RegExp(String.raw`^,?\s*${FROM}`, 'iu');
  return mentions.some(
    (to) =>
      to.end <= m.start &&
      from.test(text.slice(to.end, m.start)) &&
      MOVED_TO.test(text.slice(Math.max(0, to.start - 80), to.start)),
  );
}

/** A cue of a plan right before its date: "scheduled for", "was expected on", "set for the". */
const PLAN_CUE_BEFORE =
  /\b(?:scheduled|slated|set|planned|due|expected|intended)\s+(?:for|on|in|at)\s+(?:the\s+)?$/iu;

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
  return (
    PLAN_CUE_BEFORE.test(sentence.slice(Math.max(0, start - 40), start)) &&
    GIVEN_UP_FATE.test(sentence)
  );
}
