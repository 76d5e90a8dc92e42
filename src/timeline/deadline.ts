/**
 * Deadlines: a date given as the latest time for something ("no later than 31 March", "must be
 * done by 1 May", "before the end of June", "has until Friday to reply") is not the day of an
 * event. What the sentence tells happens on or before it (or never), so the timeline lists it
 * under that date marked as a deadline, never as something that happened on the day.
 */
import { negatedBound } from './negated-bound.js';
import { postponedUntil } from './postponed-until.js';

/** A part of a period the deadline may fall in: "the end of", "the middle of", "mid-", "early". */
const PART = String.raw`(?:the\s+)?(?:(?:end|beginning|start|middle|close)\s+of\s+(?:the\s+)?|(?:early|late|mid)(?:\s+|-))?`;

/**
 * Not after a count of units or a day: "two days before 31 March", "the day before Friday",
 * "the night before Saturday" are days of their own, offsets (offset.ts), not bounds.
 */
export const NOT_AFTER_UNIT = String.raw`(?<!\b(?:days?|weeks?|months?|years?|hours?|night|morning|evening)\s+)`;

/**
 * A time of day the bound names before the date's "on": "by noon on Tuesday", "before 6pm on
 * 3 March", "by 18:00 on Friday". Only a clock time with "am"/"pm" or a colon, or a named time:
 * a bare number after "by" is an amount ("rose by 3.50 on Tuesday").
 */
const CLOCK_ON = String.raw`(?:(?:noon|midday|midnight|lunchtime|dawn|nightfall|\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?)\s+on\s+)?`;

/**
 * The word that places a yearless month or season before it, which the date's own words leave
 * out ("by next spring", "before this October", "by last summer"; date-rules.ts `withShift`).
 */
const SHIFT = String.raw`(?:(?:next|this|last)\s+)?`;

/**
 * Words right before a deadline: "by", "before", "no later than", "not later than", "on or
 * before", also across a time of day ("by noon on Tuesday": {@link CLOCK_ON}) and a word placing
 * the date ("by next spring": {@link SHIFT}). Not "before"
 * after a count of units or a day ("two days before 31 March", "the day before Friday": a day of
 * its own, not a bound).
 */
const BOUND_BEFORE = new RegExp(
  String.raw`${NOT_AFTER_UNIT}\b(?:by|before|no\s+later\s+than|not\s+later\s+than|on\s+or\s+before)\s+${CLOCK_ON}${PART}${SHIFT}$`,
  'iu',
);

/**
 * A bound right before a month or season named whole, with no part of it ("before the autumn",
 * "by the summer", "not until the spring", "before October"; not "before the end of the
 * summer"): what the bound names is the period's onset, its first day ("before", "by" and
 * "until" relate a time to another's beginning; Quirk et al. 1985, 9.37–9.43, on prepositions
 * of time).
 */
const BOUND_AT_ONSET = new RegExp(
  String.raw`${NOT_AFTER_UNIT}\b(?:by|before|until|till)\s+(?:the\s+)?$`,
  'iu',
);

/**
 * True when the date at `start` of `sentence` is bounded at its onset ({@link BOUND_AT_ONSET}):
 * told as ahead of writing, the bound lies ahead, so the month or season must begin after
 * publication ("will not reopen before the autumn", published 25 February 2025, is autumn 2025;
 * "before the winter" then is the winter from December 2025, not the one under way).
 */
export function boundAtOnset(sentence: string, start: number): boolean {
  return BOUND_AT_ONSET.test(sentence.slice(0, start));
}

/**
 * "has until Friday to reply", "was given until March to pay", "gave the trust until 31 March":
 * the time left for an act, up to a few words after the verb that grants or holds it.
 */
const GRANTED_UNTIL = new RegExp(
  String.raw`\b(?:has|have|had|having|given|gave|give|gives|get|gets|got|granted|grants?)\s+(?:[\p{L}'’]+\s+){0,3}?until\s+${PART}$`,
  'iu',
);

/**
 * True when the date at `start`–`end` of `sentence` is a deadline: "by", "before", "no later
 * than" or "on or before" right before it (across "the end of", "mid-" and the like), or
 * "until" after a verb granting or holding time ("has until 31 March to reply"). Not a
 * possessive ("by Friday's vote": the date names the vote), nor a plain "until", which ends a
 * state ("is closed until Friday": something does change on that day), nor "has been postponed
 * until", the event's new day (postponed-until.ts), nor a negated bound
 * ("would not reopen before 4 April": an earliest time, negated-bound.ts).
 *
 * @param sentence the sentence
 * @param start offset of the date in the sentence
 * @param end offset just after the date
 */
export function isDeadline(sentence: string, start: number, end: number): boolean {
  return (
    boundBefore(sentence, start, end) ||
    (!possessive(sentence, start, end) &&
      GRANTED_UNTIL.test(sentence.slice(0, start)) &&
      !postponedUntil(sentence.slice(0, start)))
  );
}

/** True when the date at `start`–`end` is a possessive ("Friday's vote"): it names an occasion. */
const possessive = (sentence: string, start: number, end: number): boolean =>
  /['’]s$/u.test(sentence.slice(start, end));

/**
 * True when the date at `start`–`end` of `sentence` is bounded by "by", "before", "no later
 * than" or "on or before" ({@link BOUND_BEFORE}), not negated: the latest time for what the
 * sentence tells, a deadline when that is still to be done, the time it was done by when the
 * sentence reports it (accomplished-by.ts). Not a possessive, nor "has until" (time granted is
 * always a deadline), nor a negated bound ("would not reopen before 4 April": an earliest time,
 * negated-bound.ts).
 */
export function boundBefore(sentence: string, start: number, end: number): boolean {
  if (possessive(sentence, start, end)) return false;
  const before = sentence.slice(0, start);
  const bound = BOUND_BEFORE.exec(before);
  return bound !== null && !negatedBound(before.slice(0, bound.index));
}

/**
 * True when the date at `start` of `sentence` follows a negated "by" ("will not be finished by
 * the end of April", negated-bound.ts): what it tells comes after the date, at no day stated,
 * as after "after 3 May" with no count (offset.ts), so it dates nothing.
 */
export function negatedBy(sentence: string, start: number): boolean {
  const before = sentence.slice(0, start);
  const bound = BOUND_BEFORE.exec(before);
  return bound !== null && /^by\b/iu.test(bound[0]) && negatedBound(before.slice(0, bound.index));
}
