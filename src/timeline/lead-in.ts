/**
 * A time of writing in a heading-like lead-in: "Elsewhere in the Post this week: plans for a
 * skate park go before the planning committee next month." A phrase with no verb, set before a
 * colon, is a heading for what follows it (a newsletter's or digest's framing), and a date
 * counted from the time of writing there ("this week", "today") is the time of the edition, not
 * of the clause after the colon, when that clause dates its act itself ("next month"). Such a
 * date tells no event. A lead-in that is the date alone ("Last week: …", a chronology's label),
 * one with a verb ("The council meets this week: …") or one whose clause has no date of its own
 * ("Also this week: the pool reopens") still dates what follows.
 */
import { PUNCTUATION_COLON } from './clock-colon.js';
import { taggedWords } from './wink.js';

/** The first colon of a sentence that is punctuation, not a clock time's (clock-colon.ts). */
const COLON = new RegExp(PUNCTUATION_COLON, 'u');

/**
 * True when the date at `start`–`end` of `sentence`, counted from the time of writing, lies in a
 * verbless lead-in before a colon, with other words besides it, and the clause after the colon
 * holds a date of its own (see the module note).
 *
 * @param sentence the sentence
 * @param start offset of the date in it
 * @param end offset just after the date
 * @param otherDates offsets in `sentence` where the sentence's other dates start
 */
export function framesLeadIn(
  sentence: string,
  start: number,
  end: number,
  otherDates: readonly number[],
): boolean {
  const colon = COLON.exec(sentence);
  if (colon === null || colon.index < end) return false;
  if (!otherDates.some((at) => at > colon.index)) return false;
  const lead = sentence.slice(0, colon.index);
  if (!/\p{L}/u.test(lead.slice(0, start) + lead.slice(end))) return false;
  return !taggedWords(lead).some((w) => w.tag === 'VERB' || w.tag === 'AUX');
}
