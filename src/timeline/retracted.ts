/**
 * Dates the text itself takes back. A correction quotes the error it corrects ("An earlier
 * version of this article said the quay reopened on 12 March; it reopened on 13 March"), and a
 * contrast denies one date to assert another ("on 13 March, not 12 March"). The denied or
 * retracted date is what the article says did not happen then: no event of that day.
 *
 * - Denied: a date right after "not" (with at most "on", "in" or "at" between: "not on 12
 *   March", "in May, not June"). Not "not until 12 March" or "not before", which set a time that
 *   does come; not "if not 2022" ("in 2021, if not 2022"), which adds a possibility.
 * - Retracted: a date after, in its clause, the words that report an earlier version's error
 *   ("an earlier version … said", "misstated … as", "incorrectly reported", a correction note's
 *   "Correction: Our article of 17 January said": text/correction.ts). The
 *   corrected article's own date ("Our article of 17 January") stays: that article was published
 *   then; its quote comes with the correction (events.ts). The correct date,
 *   in another clause or sentence, or before those words, stays.
 * - Restated and corrected: a date in what an earlier report said ("We also said the fire started
 *   on Friday evening", earlier-report.ts) when the words after it, in its sentence or the next
 *   of its paragraph, correct or deny it ("; in fact it began on Saturday 2 May", "That was
 *   wrong"): the report's error, not what happened.
 * - A correction's own date stamp ("This article was amended on 9 October"): the day the page
 *   changed is page furniture about the article, no event of the story.
 */
import { correctionNoteEnd, RETRACTION, statesCorrection } from '../text/correction.js';
import { clauseAround, clauseHolding } from './clause.js';
import { earlierReportAround } from './earlier-report.js';
import { matchesOf } from '../text/matches-of.js';

/** "not", "not on", "not in the": just before a denied date. */
const DENIED_BEFORE = /(?<!\bif\s+)\bnot\s+(?:(?:on|in|at)\s+)?(?:the\s+)?$/iu;

/** "This article was amended on", "This story was updated at 10am on": a page's change stamp. */
const AMENDMENT_STAMP =
  /\bthis\s+(?:article|story|report|piece|post|page)\s+(?:was|has\s+been)\s+(?:amended|corrected|updated|changed|edited)\b[^.;:!?]{0,30}$/iu;

/**
 * True when the date at `start`–`end` of `sentence` is denied or retracted by the text (see the
 * module note).
 *
 * @param sentence the sentence
 * @param start offset of the date in the sentence
 * @param end offset just after the date
 */
export function isRetractedDate(sentence: string, start: number, end: number): boolean {
  if (AMENDMENT_STAMP.test(sentence.slice(0, start))) return true;
  if (DENIED_BEFORE.test(sentence.slice(Math.max(0, start - 20), start))) return true;
  const { clause, at } = clauseHolding(sentence, start, end);
  const noteEnd = correctionNoteEnd(sentence);
  if (noteEnd >= 0 && start >= noteEnd && clause === clauseAround(sentence, noteEnd - 1, noteEnd))
    return true;
  if (at === null) return false;
  for (const m of matchesOf(clause, RETRACTION)) if (m.index < at.start) return true;
  return false;
}

/** "That was wrong", "This is incorrect", "That was not the case": a denial of what was just said. */
const DENIAL =
  /\b(?:that|this|it)\s+(?:was|is)\s+(?:wrong|incorrect|untrue|inaccurate|not\s+(?:true|correct|accurate|the\s+case))\b/iu;

/**
 * True when the date at `start`–`end` of `sentence` lies in what an earlier report said
 * (earlier-report.ts) and the words after it in its sentence, or `next` (the next sentence of its
 * paragraph), correct or deny it: the error a correction restates.
 */
export function isCorrectedReportDate(
  sentence: string,
  start: number,
  end: number,
  next = '',
): boolean {
  if (earlierReportAround(sentence, start, end) === null) return false;
  const after = sentence.slice(end);
  return [after, next].some((text) => statesCorrection(text) || DENIAL.test(text));
}
