/**
 * Where the sentence itself puts a past weekday naming the publication's own weekday: on the day
 * of writing (news names that day by its weekday too), a week before it, or on either.
 * - A week before, under the past perfect: "The skipper had checked the tide tables on Saturday
 *   morning", in an article of a Saturday. The past perfect puts its event before a reference
 *   time that is itself past (Reichenbach 1947, E < R < S; Quirk et al. 1985, 4.21–4.23 on the
 *   past perfect as the "past in the past"), and news tells an act of the day of writing in the
 *   simple past or the present perfect ("today", "this morning"), so its weekday is an earlier
 *   one (TimeML: a weekday's anchor and direction follow the tense, Mani & Wilson 2000).
 * - Either, under a past perfect reported after a past verb of saying or thinking ("The branch
 *   said it had sent inspectors to the site on Wednesday morning", lexicon.ts
 *   {@link SPEECH_VERBS} and {@link THOUGHT_PAST_VERBS}), outside a direct quotation: in
 *   indirect speech after a past reporting verb the past perfect is often only the backshift of
 *   the speaker's simple past or present perfect ("we sent inspectors this morning"; Quirk et
 *   al. 1985, 14.31; Huddleston & Pullum 2002, ch. 17 §10.1), so it does not put the act before
 *   the day of writing, and grammar leaves both days open. A direct quotation keeps the
 *   speaker's own tenses, no backshift (Quirk et al. 1985, 14.29).
 * - A week before, whatever the tense, when a stretch of days or weeks running from the event up
 *   to now follows the date: "brought the group to the surface on Wednesday, and in the week
 *   since then …", in an article of a Wednesday. "since" measures a span from a past point to
 *   the time of writing (Quirk et al. 1985, 9.34); one of a day or more cannot start on the day
 *   it ends.
 * - The day of writing, whatever the tense, after "this" ("had sent inspectors this Wednesday"):
 *   the determiner names the current week's weekday, today's when it is today's weekday.
 * All read the date's own sentence; resolve.ts counts the weekday from the day before
 * publication, or shows both readings' month, or none.
 */
import { quotationBalance } from '../text/quotation.js';
import { reportingClauseAfter } from './backshift.js';
import { SPEECH_VERBS, THOUGHT_PAST_VERBS } from './lexicon.js';
import { isPastForm } from './past-forms.js';
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

/** True when a past participle follows "had" at `words[index]`, {@link BETWEEN} words aside. */
function participleAfter(words: readonly string[], index: number): boolean {
  for (let j = index + 1; j <= Math.min(words.length - 1, index + 3); j++) {
    const word = words[j] ?? '';
    if (isPastForm(word)) return true;
    if (!BETWEEN.test(word)) return false;
  }
  return false;
}

/**
 * True when the date's governing verb is a past participle after "had" ({@link HAD}), or "had"
 * followed by one.
 */
function pastPerfectGoverns(sentence: string, start: number, end: number): boolean {
  const governor = governorOf(sentence, start, end);
  if (governor === null) return false;
  const { words, index } = governor;
  // "On Wednesday it had sent divers": a date opening its clause is governed by the first
  // marker after it, "had", the perfect's auxiliary when a past participle follows it; "had an
  // operation on Thursday": "had" is the verb itself.
  if (HAD.test(words[index] ?? '')) return participleAfter(words, index);
  for (let j = index - 1; j >= Math.max(0, index - 3); j--) {
    const word = words[j] ?? '';
    if (HAD.test(word)) return true;
    if (!BETWEEN.test(word)) return false;
  }
  return false;
}

/** The past verbs of saying and thinking, as one alternation. */
const REPORTING = [...SPEECH_VERBS, ...THOUGHT_PAST_VERBS].join('|');

/**
 * A past verb of saying or thinking with no clause break between it and the end of the text (the
 * date): the leftmost such verb, so that a reporting verb in the past perfect itself ("had told
 * the board it had sent …") is found too.
 */
const REPORTING_BEFORE = new RegExp(String.raw`\b(?:${REPORTING})\b(?=[^;:—–()]*$)`, 'iu');

/** The past perfect's "had" in the text after a reporting verb, before any clause break. */
const HAD_AFTER = /^[^;:—–()]*?(?:\bhad|\p{L}['’]d)\b/iu;

/** "this" right before the weekday: the current week's. */
const THIS_BEFORE = /\bthis\s+$/iu;

/**
 * True when the date at `start` of `sentence`, not in a direct quotation, stands in a clause
 * reported after a past verb of saying or thinking that has a past perfect's "had" after it:
 * the verb before the date ("said it had sent inspectors on Wednesday", "said that on Wednesday
 * it had sent"), or in a reporting clause closing the sentence after it ("…on Wednesday, the
 * branch said").
 */
function reportedPastPerfect(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start);
  if (quotationBalance(before).endsInside) return false;
  const verb = REPORTING_BEFORE.exec(before);
  if (verb !== null && HAD_AFTER.test(sentence.slice(verb.index + verb[0].length))) return true;
  return reportingClauseAfter(sentence, end) !== null;
}

/**
 * Where the sentence puts the past event dated at `start`–`end` of `sentence` (a bare weekday
 * naming the publication's weekday) against the day of writing (see the module note):
 * - `'before'`: a week before it: the past perfect, or a span of days or more "since" then
 *   follows the date;
 * - `'either'`: the day of writing or a week before, a past perfect reported after a past verb
 *   of saying or thinking;
 * - null: the day of writing, nothing puts it before (or "this" fixes it).
 */
export function beforeWritingDay(
  sentence: string,
  start: number,
  end: number,
): 'before' | 'either' | null {
  if (THIS_BEFORE.test(sentence.slice(0, start))) return null;
  if (SPAN_SINCE.test(sentence.slice(end))) return 'before';
  if (!pastPerfectGoverns(sentence, start, end)) return null;
  return reportedPastPerfect(sentence, start, end) ? 'either' : 'before';
}
