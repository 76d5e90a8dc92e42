/**
 * The day of an occasion: "had secured a debate on rural hospital services for 12 February". A date
 * given with "for" to a debate, hearing, vote … is the day it is set for, whatever the tense of the
 * verb that arranged it.
 */
import { markerAt } from './tense-markers.js';

/**
 * Nouns that name an occasion held on an appointed day: "a debate for 12 February", "the hearing
 * on the appeal for Thursday". A date given to one of them with "for" is the day it is set for.
 *
 * A list, not WordNet's hypernyms: no set of WordNet ancestors takes these and leaves out the
 * nouns whose "for DATE" is a period covered, not an appointed day. Hearing, vote, election,
 * strike, protest and visit reach social_event, gathering or meeting only through group_action
 * (or not at all), and group_action also holds sale, payment, permit, funding, deal and trade
 * ("sales for March"); trial, inquest, inspection, audit, review, briefing, launch and deadline
 * reach none of them in their first three senses (WordNet 3.1, checked 2026-11).
 */
const OCCASION_NOUNS: ReadonlySet<string> = new Set(
  `debate debates hearing hearings meeting meetings vote votes ballot election referendum session
sessions appointment appointments trial inquest interview visit rally protest march strike summit
talks conference ceremony opening launch deadline date match concert event operation briefing
consultation inspection audit review`
    .split(/\s+/)
    .filter(Boolean),
);

/** How many words may stand between an occasion noun and the "for" of its date. */
const OCCASION_WINDOW = 6;

/**
 * True when the date after `before` (the words before it) is the day of an occasion: "for" right
 * before the date and, within {@link OCCASION_WINDOW} words before that with no verb or clause
 * break between, an occasion noun ("had secured a Westminster Hall debate on rural hospital
 * services for 12 February"). The occasion is set for that day, whatever the tense of the verb
 * that arranged it: the date is read as ahead.
 */
export function occasionFor(before: readonly string[]): boolean {
  if (!/^for$/iu.test(before[before.length - 1] ?? '')) return false;
  for (let i = before.length - 2; i >= Math.max(0, before.length - 2 - OCCASION_WINDOW); i--) {
    const word = (before[i] as string).toLowerCase();
    if (OCCASION_NOUNS.has(word)) return true;
    if (markerAt(before, i) !== null) return false;
  }
  return false;
}
