/**
 * "has been postponed until 2 September", "has put the vote back until May": after a verb of
 * postponing (postpone, defer, delay, put back, push back, put off), "until" marks the end of the
 * period the event is put off for, which is when it is now to take place (Quirk et al. 1985,
 * §9.39 on "until" marking the end of a period; OED "postpone": "to put off to a later time").
 * The date is the event's new day, expected on it, not a deadline it must come by, even after a
 * verb that may grant time ("has been postponed until" is no "has until Friday to reply",
 * deadline.ts).
 */
import { POSTPONE } from './postponed-slot.js';

/**
 * A verb of postponing, at most six words of its object or adjuncts (no clause break), "until",
 * and at most three words ("the end of") before the date.
 */
const POSTPONED_UNTIL = new RegExp(
  String.raw`\b${POSTPONE}\s+(?:[^\s,;:.!?()—–]+\s+){0,6}?(?:until|till)\s+(?:[\p{L}]+\s+){0,3}?$`,
  'iu',
);

/**
 * True when the text before a date (`before`, ending just before it) puts an event off until it:
 * the date is the event's new day.
 */
export function postponedUntil(before: string): boolean {
  return POSTPONED_UNTIL.test(before);
}
