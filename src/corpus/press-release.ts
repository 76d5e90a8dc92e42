/**
 * A press release's heading line: the document's kind, alone or with the date it was issued
 * ("Press release, 12 May 2025", "PRESS RELEASE — 12 May 2025", "News release | March 3, 2025",
 * "FOR IMMEDIATE RELEASE"). Organisations head a release so (the form's convention: the kind,
 * the release date, then the headline). It labels the document, never states what the release
 * says: dropped from the text, never the headline, and its date is the publication date.
 *
 * The line naming who issued the release, beside the heading line, is the release's issuer
 * ({@link readReleaseIssuer}).
 *
 * Only as the document's heading line, at the top before any body text: a sentence that
 * mentions a press release ("The council said in a press release, 12 May 2025, that …") has
 * other words around the label and the date, so it is never this line.
 */
import { parseByline } from './byline.js';
import { isCapitalisedWords } from './credit-fields.js';
import { parseDateline } from './dates.js';
import { endsInBodyNoun, namesBodyByNounOf } from './issuer-name.js';
import { namedAgain } from './named-again.js';
import { drop, takeDate, type LineRule } from './read-state.js';
import { splitsIntoAtMost } from '../text/word-gaps.js';

/** The kind of document a release names itself: "Press release", "Media release", "For immediate release". */
const RELEASE_KIND = /^(?:(?:press|news|media)\s+release|for\s+immediate\s+release)/i;
/** Between the kind and its date: a comma, colon, bar, dot or dash, spaced or not. */
const SEPARATOR = /^\s*[,:|·•—–-]\s*|^\s+/;

/**
 * True for a release's kind alone or before nothing but punctuation ("Press release",
 * "NEWS RELEASE:"): a label, not a name, even with a news outlet's word in it ("press", "news").
 */
export function isReleaseKind(text: string): boolean {
  const match = RELEASE_KIND.exec(text.trim());
  return match !== null && /^[\s:.]*$/.test(text.trim().slice(match[0].length));
}

/**
 * Reads a press release's heading line (see the file header): `{ published }` with the date as
 * `YYYY-MM-DD` (null for the kind alone), or null for any other line, including the kind before
 * anything but a date ("Press release: council opens library" is a headline).
 *
 * @example
 * parseReleaseHeading('PRESS RELEASE — 12 May 2025') // { published: '2025-05-12' }
 * parseReleaseHeading('FOR IMMEDIATE RELEASE') // { published: null }
 */
export function parseReleaseHeading(line: string): { published: string | null } | null {
  const text = line.trim();
  if (isReleaseKind(text)) return { published: null };
  const kind = RELEASE_KIND.exec(text);
  if (kind === null) return null;
  const rest = text.slice(kind[0].length);
  const separator = SEPARATOR.exec(rest);
  if (separator === null) return null;
  const published = parseDateline(rest.slice(separator[0].length));
  return published === null ? null : { published };
}

/**
 * The kind a press release's heading line names itself by ("PRESS RELEASE" of "PRESS RELEASE —
 * 3 March 2026", "FOR IMMEDIATE RELEASE"), as written, or null for any other line: what the
 * document says it is, kept with the dropped line so a reader may name the piece by it.
 */
export function releaseKind(line: string): string | null {
  if (parseReleaseHeading(line) === null) return null;
  return RELEASE_KIND.exec(line.trim())?.[0] ?? null;
}

/**
 * True when `lines` hold a press release's heading line ({@link parseReleaseHeading}): the
 * document is a release, so what its form sets apart at its foot is its notes (release-notes.ts).
 */
export function hasReleaseHeading(lines: readonly string[]): boolean {
  return lines.some((line) => parseReleaseHeading(line) !== null);
}

/**
 * A press release's heading line at the top of the document, before any body text: dropped, its
 * date taken as the publication date (as a dateline's is, so it is listed as one).
 */
export const readReleaseHeading: LineRule = (state, block, line) => {
  if (!block.atTop) return false;
  const heading = parseReleaseHeading(line);
  if (heading === null) return false;
  takeDate(state, block, heading.published);
  drop(state, line, heading.published === null ? 'document kind label' : 'dateline');
  return true;
};

/** Words a body's full name may run to: "Water Services Authority of the Republic of Dunmere". */
export const MAX_BODY_NAME_WORDS = 12;

/**
 * True for a body's full name longer than a run of capitalised words is read as: its noun before
 * "of"/"for" ({@link namesBodyByNounOf}), each word capitalised or one joining them.
 */
function isLongBodyName(line: string): boolean {
  if (!splitsIntoAtMost(line.trim(), MAX_BODY_NAME_WORDS)) return false;
  const words = line.trim().split(/\s+/);
  return (
    namesBodyByNounOf(line) &&
    words.every((word) => /^[\p{Lu}\d]/u.test(word) || /^(?:of|the|and|for)$/.test(word))
  );
}

/**
 * The body a press release's header names as its issuer, on a line of its own beside the
 * header's lines ("NEWS RELEASE" / "Aldshire District Council" / "For immediate release: 13
 * March 2026"): a short run of capitalised words set between two of the header's lines, or
 * beside one when it ends in a body's noun ({@link endsInBodyNoun}). Set as a paragraph of its own
 * under the heading line, such a name is the issuer only where the release names it again
 * ({@link namedAgain}: its "About …" section, its text), whatever its length: a title-case
 * headline there can end in such a noun too ("Mayor Thanks Fire Service"), but its words are
 * not a name the prose repeats. A name with its body's noun before "of"/"for" ({@link namesBodyByNounOf}:
 * "Ministry of Heritage", "Office for National Statistics", "Water Services Authority of the
 * Republic of Dunmere", up to twelve words) is read so too, beside the heading
 * line or under it, only where the release names it again. The issuer publishes the release, as an outlet publishes an
 * article: its name is the outlet when the page names no other (clean.ts), and it is never a
 * passage of the release.
 */
export const readReleaseIssuer: LineRule = (state, block, line, lineIndex) => {
  if (
    !block.atTop ||
    parseReleaseHeading(line) !== null ||
    !(isCapitalisedWords(line) || isLongBodyName(line)) ||
    // A byline or a date beside the header is read by its own rule.
    parseByline(line) !== null ||
    parseDateline(line) !== null
  )
    return false;
  const isHeading = (other: string | undefined): boolean =>
    other !== undefined && parseReleaseHeading(other) !== null;
  const beside = [block.lines[lineIndex - 1], block.lines[lineIndex + 1]].filter(isHeading);
  const name = line.trim();
  const underHeading = beside.length === 1 || (block.lines.length === 1 && isHeading(block.above));
  const issuer =
    beside.length === 2 ||
    (endsInBodyNoun(name) &&
      (beside.length === 1 || (underHeading && namedAgain(state.articleText(), name)))) ||
    // A name opening with its body's noun may open a title-case headline too ("Bank of England
    // Raises Rates"): the issuer only where the release names it again.
    (namesBodyByNounOf(name) && underHeading && namedAgain(state.articleText(), name));
  if (!issuer) return false;
  state.issuer ??= name;
  drop(state, line, 'masthead');
  return true;
};

/**
 * The mark ending a press release's text, "ENDS" ("-ends-", "– ENDS –"), alone on its line: the
 * form's convention (UK and Commonwealth usage; US releases end with "###", a horizontal rule).
 * What follows it is for journalists (notes to editors, media contacts), not the release.
 */
const END_MARK = /^[\s*–—-]*ends[\s*–—-]*$/i;

/** True for a press release's end mark ({@link END_MARK}): "ENDS", "-ends-". */
export function isReleaseEndMark(line: string): boolean {
  return END_MARK.test(line.trim());
}
