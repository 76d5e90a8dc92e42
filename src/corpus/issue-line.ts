/**
 * A newsletter's issue line: the kind of publication and the issue it is, set under or in place
 * of its name at the top ("Club newsletter, May 2026", "Members' bulletin — Spring 2026", "Parish
 * news | 12 May 2026"). A periodical dates each issue on its nameplate, as a paper's folio line
 * does: the line names the issue, not its story, so it is the masthead's, never the title.
 */
import { parseDateline } from './dates.js';
import { MONTH_RE } from '../text/months.js';

/** Nouns naming a newsletter as a kind of publication. */
const KIND =
  '(?:newsletter|bulletin|digest|briefing|round-?up|update|notes|news|magazine|circular|e-?news)';
/** The kind, with at most three words before it ("Club newsletter", "Members' bulletin"). */
const ISSUE_LINE = new RegExp(
  String.raw`^(\p{Lu}[\p{L}'’&-]*(?:\s+[\p{L}'’&-]+){0,2}\s+${KIND}|${KIND})\s*(?:[,|·•–—:]|\s-)\s*(.+)$`,
  'iu',
);
/** An issue's date by its month or season: "May 2026", "Spring 2026". */
const MONTH_OR_SEASON = new RegExp(
  `^(?:${MONTH_RE}|spring|summer|autumn|fall|winter)\\s+(?:19|20)\\d{2}$`,
  'i',
);
/** Most words in a whole date standing alone: "Tuesday, 12 May 2026". */
const MAX_DATE_WORDS = 4;
/** An issue's number: "Issue 48", "No. 40". */
const ISSUE_NUMBER = /^(?:issue|no\.?|number)\s*\d+$/i;

/**
 * True for a newsletter's issue line: a publication's kind ("Club newsletter") and, after a comma
 * or a separator, its issue's date (a whole date, a month or a season with its year) or number.
 *
 * @example
 * isIssueLine('Club newsletter, May 2026') // true
 * isIssueLine('Training moves to the lake from Monday') // false
 */
export function isIssueLine(line: string): boolean {
  const match = ISSUE_LINE.exec(line.trim());
  const issue = match?.[2]?.trim();
  if (issue === undefined) return false;
  return (
    MONTH_OR_SEASON.test(issue) ||
    ISSUE_NUMBER.test(issue) ||
    (parseDateline(issue) !== null && issue.split(/\s+/).length <= MAX_DATE_WORDS)
  );
}
