/**
 * Dated page furniture: lines of an article that carry a date but tell no event of the story. A
 * publication line or a byline ("Published March 5, 2021 | Updated March 6"), a caption and its
 * credit ("Photograph: Lee Marr/Harbour Times"), a wire dateline ("LONDON, March 3 (Reuters) —
 * "), a note added later ("Correction, 21 February 2026: …"). Cleaning (src/corpus/furniture.ts)
 * drops what it can recognise as chrome; these are what may remain in the text, and the timeline
 * must not date them as events.
 */
import { isCaptionLine } from '../corpus/furniture.js';
import { MONTH_RE, WEEKDAY_RE } from '../text/months.js';

/** A sentence that is a caption credit or a link teaser, should cleaning have left one. */
export const FURNITURE =
  /\b(?:REUTERS|AFP|AP Photo|EPA|TASS|Getty Images)\s*\/|^(?:(?:(?:File|Archive|Stock)\s+)?(?:[Ii]mage|[Pp]hoto|[Pp]hotograph|[Pp]icture|[Ii]llustration)s?(?:\s+caption)?\s*[:,]|(?:Caption|Pictured|Read more|Related article)\s*:)/u;

/** "Fri 12 Mar 2021": a time-stamp's weekday may be abbreviated. */
const WEEKDAY_ABBREVIATION = String.raw`(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?(?![\p{L}])`;

/**
 * A publication line or a byline, never an event: "Published March 5, 2021 | Updated March 6,
 * 2021", "Updated: 2021-03-06", "By Maria Lopez | March 5, 2021".
 */
export const PUBLICATION_LINE = new RegExp(
  String.raw`^(?:(?:first|last|originally)\s+)?(?:published|updated|posted|modified|edited)(?:\s+on)?\s*:?\s*(?:${MONTH_RE}|${WEEKDAY_RE}|${WEEKDAY_ABBREVIATION}|\d)` +
    String.raw`|\|\s*(?:updated|published|posted|modified)\b` +
    // "The Estuary Post · Sam Okonjo · Monday, September 20, 2021", "Story by Jo Brand • Mar 5,
    // 2021 • 3 min read": a masthead or byline with a date standing alone between separators.
    String.raw`|(?:^|[·|•])\s*(?:${WEEKDAY_RE},?\s+)?(?:${MONTH_RE}\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH_RE}\s+\d{4}|\d{4}-\d{2}-\d{2})\s*(?:[·|•]|$)`,
  'iu',
);
/** "By Maria Lopez, Staff Writer": case-sensitive, or "By transferring the deposits, …" would match. */
export const BYLINE = new RegExp(
  // "By Sunday, the barrier…" and "By March 2021, …" are deadlines, not names.
  String.raw`^By\s+(?!(?:${MONTH_RE}|${WEEKDAY_RE})(?![\p{L}]))\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*(?:[,|•·—]|$)`,
  'u',
);

/**
 * A paragraph that is a photo caption: it ends with a credit ("(Photo by Dan Whitaker/Riverton
 * Gazette)", "(Dan Whitaker/Riverton Gazette)", "Photograph: Lee Marr/Harbour Times",
 * "REUTERS/Maxim Shemetov", "(file photo)"). What a
 * caption dates is the picture, not the story.
 */
const PHOTO_CREDIT =
  /\((?:(?:photo(?:graph)?|picture|image|video)s?\s+(?:by|courtesy|credit)\b|\p{Lu}[^()/]*\/\s*\p{Lu})[^()]*\)\s*$|(?:^|[.!?]\s+)(?:Photo(?:graph)?|Picture|Image|Credit)s?\s*:\s*\p{Lu}[^.!?/]{0,60}\/\s*\p{Lu}[^.!?]{0,60}$/iu;

/** True when `paragraph` is a photo caption: it ends with a credit, or cleaning marks it as one. */
export function isCaption(paragraph: string): boolean {
  return PHOTO_CREDIT.test(paragraph) || isCaptionLine(paragraph);
}

/**
 * A wire dateline opening the first sentence: "MARROWICK, Jan 15 (Coastline Wire) - ",
 * "LONDON, March 3 (Reuters) — ". Its date is when the story was filed, not an event of it.
 */
export const DATELINE_PREFIX =
  /^\s*\p{Lu}[\p{Lu}\s.'’-]{1,40}(?:,\s*\p{Lu}[\p{L}\s.]{0,30})?,\s*[^()\n]{2,30}?\s*(?:\([^()]{1,40}\))?\s*[-–—]+\s/u;

/**
 * "Correction / June 21, 2021: …", "Correction, 21 February 2026: …", "Correction (16 June
 * 2026): …", "Update: …": a note added to the article later, on its own date (a comma or a
 * bracket only before the date or a capital).
 */
export const NOTE_LABEL =
  /^(?:Correction|Clarification|Editor['’]s note|Update)s?\s*(?:[:/—–-]|[,(](?=\s*[\d\p{Lu}]))/u;
