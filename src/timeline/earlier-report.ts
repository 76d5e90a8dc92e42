/**
 * Reported speech about an earlier report: "In a report on 3 May we said the fire started on
 * Friday evening", "We also said …", "It was reported that …", "The earlier article stated …".
 * A day that report counted ("on Friday", "yesterday", "last week") was counted from the
 * report's own date, not from the date of the article that now restates it: it is counted from
 * the report's date when the sentence states it ("In a report on 3 May", "On 3 May we reported",
 * "We said on 3 May that"), and left undated otherwise. (A correction that restates the report's
 * error takes the error back instead: retracted.ts.)
 *
 * Only the outlet's own or an earlier version's words: "we said", "it was reported", "our
 * article of 2 March said", "the earlier report stated". A report by someone else ("the
 * inspectors' report said the fire started on Friday") is paraphrased by the writer, who counts
 * its days from the time of writing.
 */
import { clauseBounds } from './clause.js';
import { MONTH_RE, WEEKDAY_RE } from '../text/months.js';
import { YEAR_DIGITS } from '../text/year.js';
import { matchesOf } from '../text/matches-of.js';

/** A piece of the outlet's coverage: "article", "report", "edition", "broadcast". */
const PUBLICATION_NOUN = String.raw`(?:article|story|report|piece|post|item|version|issue|edition|broadcast|bulletin|newsletter)`;

/**
 * The words that restate what an earlier report said: the outlet's own "we (also) said",
 * the impersonal "it was (wrongly) reported", or an earlier piece named as such ("our article of
 * 2 March said", "the earlier report stated", "an earlier version gave"). Global: read with
 * `matchAll`.
 */
const EARLIER_REPORT = new RegExp(
  String.raw`\b(?:we\s+(?:(?:had\s+)?(?:also|originally|previously|earlier|first|initially|wrongly|incorrectly|mistakenly)\s+)?(?:said|reported|stated|wrote|claimed|suggested|gave|described)|it\s+was\s+(?:(?:also|originally|previously|earlier|first|initially|wrongly|incorrectly|mistakenly)\s+)?(?:reported|stated|said|claimed|suggested)|(?:our|this)\s+(?:earlier\s+|previous\s+|original\s+)?${PUBLICATION_NOUN}\b[^.;:!?]{0,60}?\b(?:said|stated|reported|gave|described|claimed|suggested)|(?:the|an?)\s+(?:earlier|previous|original)\s+${PUBLICATION_NOUN}\b[^.;:!?]{0,60}?\b(?:said|stated|reported|gave|described|claimed|suggested))\b`,
  'giu',
);

/**
 * What may stand between the reporting verb and what it reports without starting it: the time
 * of the saying ("said on 3 May that", "reported last week that", "said yesterday", "said in 2019":
 * a year in prose, text/year.ts) and "that".
 */
const BEFORE_REPORTED = new RegExp(
  String.raw`^(?:,?\s+(?:yesterday|(?:on|in|at|last|this|earlier|early|late)(?:\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?|${YEAR_DIGITS}|${MONTH_RE}|${WEEKDAY_RE}|week|month|year|morning|afternoon|evening|night)(?![\p{L}]),?)+))?(?:,?\s+that(?![\p{L}]))?`,
  'u',
);

/** Where an earlier report's words are and what they report, in a sentence's offsets. */
export interface EarlierReport {
  /** Where the words reporting it start ("we said", "our article of 2 March said"). */
  start: number;
  /** Where what it reported starts: after the verb, its time and "that". */
  reported: number;
  /** The end of the clause the report is in: what follows is the writer's own again. */
  end: number;
  /** The start of that clause: a date of the report's own stands between it and `reported`. */
  clause: number;
}

/**
 * The earlier report whose reported words hold `start`–`end` of `sentence`, or null: the
 * nearest such report before it in its clause ({@link EARLIER_REPORT}), whose reported words
 * (after the verb, the time of the saying and "that") begin at or before the date.
 */
export function earlierReportAround(
  sentence: string,
  start: number,
  end: number,
): EarlierReport | null {
  let found: EarlierReport | null = null;
  for (const m of matchesOf(sentence, EARLIER_REPORT)) {
    const verbEnd = m.index + m[0].length;
    if (verbEnd > start) break;
    const reported = verbEnd + (BEFORE_REPORTED.exec(sentence.slice(verbEnd))?.[0].length ?? 0);
    if (reported > start) continue;
    const { from, to } = clauseBounds(sentence, m.index, verbEnd);
    if (to < end) continue;
    found = { start: m.index, reported, end: to, clause: from };
  }
  return found;
}

/**
 * True when the date at `start`–`end` of `sentence` is the earlier report's own date, stated
 * with it: after its noun ("In a report on 3 May", "Our article of 2 March"), or the time of its
 * saying ("On 3 May we said", "We said on 3 May that"), in the report's clause before what it
 * reported.
 */
export function isReportDate(report: EarlierReport, start: number, end: number): boolean {
  return start >= report.clause && end <= report.reported;
}

/**
 * The outlet's own earlier piece named with its date, just before `start` of `sentence`: "our
 * report of", "our article on", "our earlier story published on", "this newsletter dated". Its
 * date is when the coverage appeared, which is about the coverage and no event of the story
 * (as the date stamp of an update or correction note is: update-line.ts). TimeML marks the
 * date a document appeared by its function in the document (TIMEX3 functionInDocument
 * PUBLICATION_TIME, Pustejovsky et al. 2003), apart from the times of the events it tells.
 */
const OWN_PUBLICATION_BEFORE = new RegExp(
  String.raw`\b(?:our|this)\s+(?:(?:earlier|previous|original|first|last)\s+)?${PUBLICATION_NOUN}\s+(?:of|on|from|dated|(?:first\s+)?(?:published|posted|broadcast|aired)(?:\s+on)?)\s+(?:the\s+)?$`,
  'iu',
);

/**
 * True when the date at `start` of `sentence` dates a piece of the outlet's own coverage ("This
 * article updates our report of 5 December 2024", "Correction: Our article of 2 March said …"):
 * the day the coverage appeared, not a day of the story.
 */
export function datesOwnPublication(sentence: string, start: number): boolean {
  return OWN_PUBLICATION_BEFORE.test(sentence.slice(Math.max(0, start - 60), start));
}
