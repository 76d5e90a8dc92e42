/**
 * A past date that the sentence itself puts before the day of writing, so that a bare weekday
 * naming the publication's own weekday is the one a week earlier, not the publication day:
 * - the past perfect: "He said the group had checked a forecast on Saturday morning", in an
 *   article of a Saturday. The past perfect puts its event before a reference time that is itself
 *   past (Reichenbach 1947, E < R < S; Quirk et al. 1985, 4.21–4.23 on the past perfect as the
 *   "past in the past"), and news tells an act of the day of writing in the simple past or the
 *   present perfect ("today", "this morning"), so its weekday is an earlier one (TimeML: a
 *   weekday's anchor and direction follow the tense, Mani & Wilson 2000);
 * - a stretch of days or weeks running from the event up to now: "brought the group to the
 *   surface on Wednesday, and in the week since then …", in an article of a Wednesday. "since"
 *   measures a span from a past point to the time of writing (Quirk et al. 1985, 9.34); one of a
 *   day or more cannot start on the day it ends.
 * Both read the date's own sentence; resolve.ts counts the weekday from the day before
 * publication.
 */
import { governorOf } from './tense.js';

/** The past perfect's auxiliary, contracted too ("they'd checked"). */
const HAD = /^(?:had|['’]d)$/iu;

/** Words that may stand between "had" and its participle: adverbs ("had already", "had not") and "been". */
const BETWEEN =
  /^(?:not|never|already|also|just|only|still|since|previously|earlier|been|\p{Ll}+ly)$/iu;

/**
 * A span of whole days or more from the event to the time of writing, after the date: "in the
 * week since (then)", "in the three days since", "over the past fortnight since".
 */
const SPAN_SINCE =
  /\b(?:in|over|during|for)\s+the\s+(?:\p{L}+\s+)?(?:days?|weeks?|fortnight|months?|years?)\s+since\b/iu;

/** True when the date's governing verb is a past participle after "had" ({@link HAD}). */
function pastPerfectGoverns(sentence: string, start: number, end: number): boolean {
  const governor = governorOf(sentence, start, end);
  if (governor === null) return false;
  const { words, index } = governor;
  // "had an operation on Thursday": "had" is the verb itself, not the perfect's auxiliary.
  if (HAD.test(words[index] ?? '')) return false;
  for (let j = index - 1; j >= Math.max(0, index - 3); j--) {
    const word = words[j] ?? '';
    if (HAD.test(word)) return true;
    if (!BETWEEN.test(word)) return false;
  }
  return false;
}

/**
 * True when the sentence puts the past event dated at `start`–`end` of `sentence` before the day
 * of writing: its verb is in the past perfect, or a span of days or more "since" then follows it.
 */
export function beforeWritingDay(sentence: string, start: number, end: number): boolean {
  return pastPerfectGoverns(sentence, start, end) || SPAN_SINCE.test(sentence.slice(end));
}
