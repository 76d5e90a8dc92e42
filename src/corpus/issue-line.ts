/**
 * A newsletter's issue line: the kind of publication and the issue it is, set under or in place
 * of its name at the top ("Club newsletter, May 2026", "Members' bulletin — Spring 2026", "Parish
 * news | 12 May 2026", "Spring issue, 18 March 2026"). A periodical dates each issue on its
 * nameplate, as a paper's folio line does: the line names the issue, not its story, so it is the
 * masthead's, never the title, and a whole date on it is the issue's date of publication.
 */
import { parseDateline } from './dates.js';
import { MONTH_RE, SEASON_RE } from '../text/months.js';

/**
 * Nouns naming a newsletter as a kind of publication, or the issue itself ("Spring issue",
 * "Christmas edition"): either names the issue on a line of its own with its date.
 */
export const KIND =
  '(?:newsletter|bulletin|digest|briefing|round-?up|update|notes|news|magazine|circular|e-?news|issue|edition)';
/** The kind, with at most three words before it ("Club newsletter", "Members' bulletin"). */
const ISSUE_LINE = new RegExp(
  String.raw`^(\p{Lu}[\p{L}'’&-]*(?:\s+[\p{L}'’&-]+){0,2}\s+${KIND}|${KIND})\s*(?:[,|·•–—:]|\s-)\s*(.+)$`,
  'iu',
);
/**
 * An issue's date by its month or season: "May 2026", "Spring 2026". A header's field, not a
 * year in prose (text/year.ts): an issue line dates a page published on the web, 1900–2099.
 */
const MONTH_OR_SEASON = new RegExp(`^(?:${MONTH_RE}|${SEASON_RE})\\s+(?:19|20)\\d{2}$`, 'i');
/** Most words in a whole date standing alone: "Tuesday, 12 May 2026". */
const MAX_DATE_WORDS = 4;
/** An issue's number: "Issue 48", "No. 40". */
const ISSUE_NUMBER = /^(?:issue|no\.?|number)\s*\d+$/i;

/** The issue a line names after its kind ("May 2026", "Issue 48", "18 March 2026"), else null. */
function issueOf(line: string): string | null {
  const issue = ISSUE_LINE.exec(line.trim())?.[2]?.trim();
  if (issue === undefined) return null;
  return MONTH_OR_SEASON.test(issue) || ISSUE_NUMBER.test(issue) || wholeDate(issue) !== null
    ? issue
    : null;
}

/** `issue` read as a whole date standing alone, `YYYY-MM-DD`, else null. */
function wholeDate(issue: string): string | null {
  return issue.split(/\s+/).length <= MAX_DATE_WORDS ? parseDateline(issue) : null;
}

/**
 * True for a newsletter's issue line: a publication's kind ("Club newsletter") or the issue's
 * name ("Spring issue") and, after a comma or a separator, its issue's date (a whole date, a
 * month or a season with its year) or number.
 *
 * @example
 * isIssueLine('Club newsletter, May 2026') // true
 * isIssueLine('Training moves to the lake from Monday') // false
 */
export function isIssueLine(line: string): boolean {
  return issueOf(line) !== null;
}

/**
 * The publication an issue line names before its date, when that is a whole date: "Radio Tarn
 * News" of "Radio Tarn News – 19 September 2025"; null for any other line (a month's or a
 * number's issue, "Club newsletter, May 2026", names the issue, and no line but an issue line is
 * read). Whether the words are a name is the caller's to judge (masthead.ts isMastheadName).
 *
 * @example
 * issueLineName('Radio Tarn News – 19 September 2025') // 'Radio Tarn News'
 */
export function issueLineName(line: string): string | null {
  const match = ISSUE_LINE.exec(line.trim());
  const issue = match?.[2]?.trim();
  return issue === undefined || wholeDate(issue) === null ? null : (match?.[1] ?? null);
}

/**
 * The date of publication an issue line states, `YYYY-MM-DD`: only a whole date ("Spring issue,
 * 18 March 2026" gives 2026-03-18); a month or a season ("May 2026") or a number gives null, as
 * does any line that is not an issue line.
 */
export function issueLineDate(line: string): string | null {
  const issue = issueOf(line);
  return issue === null ? null : wholeDate(issue);
}
