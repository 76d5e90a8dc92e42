/**
 * A time of writing in a heading-like lead-in: "Elsewhere in the Post this week: plans for a
 * skate park go before the planning committee next month." A phrase with no verb, set before a
 * colon, is a heading for what follows it (a newsletter's or digest's framing), and a date
 * counted from the time of writing there ("this week", "today") is the time of the edition, not
 * of the clause after the colon, when that clause dates its act itself ("next month"). Such a
 * date tells no event. A lead-in that is the date alone ("Last week: …", a chronology's label),
 * one with a verb ("The council meets this week: …") or one whose clause has no date of its own
 * ("Also this week: the pool reopens") still dates what follows. Such a lead-in has no verb, so a
 * date in it that needs a tense to be placed ("On Monday: the council voted to …", "Last
 * weekend, in brief: …") takes it from the clause after the colon, which it frames: a verbless
 * heading is no clause of its own (Quirk et al. 1985, 11.41, on block language), and the framed
 * clause is the one the time adjunct belongs to ({@link framedClauseStart}). But when that clause
 * dates itself ("In the Post on Tuesday: the scheme will go before the committee on 14 April",
 * "Tuesday: the council voted on 2 March"), its tense is its own date's, and a weekday (a weekend,
 * a feast of Easter) in the lead-in, placed only by a tense, is framed and dates nothing, even
 * alone: which Tuesday is in doubt.
 */
import { PUNCTUATION_COLON } from './clock-colon.js';
import { taggedWords } from './wink.js';

/** The first colon of a sentence that is punctuation, not a clock time's (clock-colon.ts). */
const COLON = new RegExp(PUNCTUATION_COLON, 'u');

/**
 * The colon ending the verbless lead-in of `sentence`, or null: the first punctuation colon
 * (not a clock time's), with no verb or auxiliary before it (wink-nlp's tags).
 */
function verblessLeadIn(sentence: string): RegExpExecArray | null {
  const colon = COLON.exec(sentence);
  if (colon === null) return null;
  const lead = sentence.slice(0, colon.index);
  return taggedWords(lead).some((w) => w.tag === 'VERB' || w.tag === 'AUX') ? null : colon;
}

/**
 * Offset in `sentence` where the clause after a verbless lead-in's colon begins, when the date
 * ending at `end` lies in that lead-in ("On Monday: the council voted …" → the offset after
 * the colon), or null: the clause whose verb governs the date's tense (see the module note).
 *
 * @param sentence the sentence
 * @param end offset just after the date
 */
export function framedClauseStart(sentence: string, end: number): number | null {
  const colon = COLON.exec(sentence);
  if (colon === null || colon.index < end) return null;
  return verblessLeadIn(sentence) === null ? null : colon.index + colon[0].length;
}

/**
 * True when the date at `start`–`end` of `sentence`, counted from the time of writing, lies in a
 * verbless lead-in before a colon, with other words besides it, and the clause after the colon
 * holds a date of its own (see the module note).
 *
 * @param sentence the sentence
 * @param start offset of the date in it
 * @param end offset just after the date
 * @param otherDates offsets in `sentence` where the sentence's other dates start
 * @param alone whether a lead-in that is the date alone frames too: so for a date whose side of
 *   the publication only a tense tells ("Tuesday: the council voted on 2 March"), since the
 *   only tense there is the framed clause's, which is its own date's
 */
export function framesLeadIn(
  sentence: string,
  start: number,
  end: number,
  otherDates: readonly number[],
  alone = false,
): boolean {
  const colon = COLON.exec(sentence);
  if (colon === null || colon.index < end) return false;
  if (!otherDates.some((at) => at > colon.index)) return false;
  const lead = sentence.slice(0, colon.index);
  if (!alone && !/\p{L}/u.test(lead.slice(0, start) + lead.slice(end))) return false;
  return verblessLeadIn(sentence) !== null;
}
