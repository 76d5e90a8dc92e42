/**
 * The lines a news database sets above a story's fields, after the publication's name: the
 * LexisNexis export (Nexis Uni's "Full Document" layout) gives the publication, then its issue's
 * date with the weekday after it ("June 14, 2024 Friday"), then the edition ("Edition 1; Main
 * Edition", "Final Edition"), and may set the publication's copyright notice there too, before
 * "SECTION:", "LENGTH:", "HEADLINE:", "BYLINE:" and "BODY:" (metadata-block.ts). The date line is
 * the issue's date, the story's publication date; the database's "LOAD-DATE:" (when it loaded
 * the story) never is (front-matter.ts).
 */
import { copyrightHolder } from './copyright.js';
import { parseDateline } from './dates.js';
import { WEEKDAY_RE } from '../text/months.js';

/** An edition's name: "Main Edition", "Edition 1", "Late City Edition", "1 Edition". */
const EDITION_PART = /^(?:[\p{L}\d]+\s+){0,3}edition(?:\s+\d+)?$/iu;
/** A qualifier beside it, a word or two: "Final" in "Late Edition - Final". */
const QUALIFIER = /^[\p{L}\d]+(?:\s+[\p{L}\d]+)?$/u;
/** Between an edition line's parts: "Edition 1; Main Edition", "Late Edition - Final". */
const PART_SEPARATOR = /\s*[;,]\s*|\s+[-–—]\s+/;
/** A weekday after the date's year, as the export writes it ("June 14, 2024 Friday"). */
const WEEKDAY_AFTER_YEAR = new RegExp(String.raw`(\d{4}),?\s+${WEEKDAY_RE}\b,?`, 'i');
/**
 * The line LexisNexis sets over each story of a results list it exports ("3 of 12 DOCUMENTS",
 * LexisNexis Academic) and the one Nexis Uni sets under it ("End of Document"): the database's
 * count and close, no part of the story.
 */
const DOCUMENT_COUNT = /^\d+\s+of\s+\d+\s+documents?$/i;
const END_OF_DOCUMENT = /^end of document$/i;
/** "All Rights Reserved", the line a notice's holder may stand above. */
const RESERVED = /^all rights reserved\.?$/i;

/** What the lines under the publication's name state. */
export interface DatabaseLead {
  /** The issue's date (`YYYY-MM-DD`), when a line gives one. */
  published?: string;
}

/**
 * The issue's date a line gives when it is only that date, with the weekday before or after it
 * and a time ("June 14, 2024 Friday", "June 14, 2024 Friday 9:00 AM GMT", "Friday 14 June
 * 2024"; dates.ts parseDateline); else null.
 */
function issueDate(line: string): string | null {
  return parseDateline(line.replace(WEEKDAY_AFTER_YEAR, '$1'));
}

/** True for a database's count line over a story ("3 of 12 DOCUMENTS"). */
export const isDocumentCountLine = (line: string) => DOCUMENT_COUNT.test(line.trim());

/** True for a database's closing line under a story ("End of Document"). */
export const isEndOfDocumentLine = (line: string) => END_OF_DOCUMENT.test(line.trim());

/** True for a copyright notice's line ("Copyright 2025 Kelsmere Herald Ltd", "All Rights Reserved"). */
export const isNoticeLine = (line: string) => copyrightHolder(line) !== null || RESERVED.test(line);

/**
 * True for an edition's line: parts that name an edition, or qualify one ("Special edition stamps
 * go on sale" is a headline).
 */
function isEditionLine(line: string): boolean {
  const parts = line.split(PART_SEPARATOR);
  return (
    parts.some((part) => EDITION_PART.test(part)) &&
    parts.every((part) => EDITION_PART.test(part) || QUALIFIER.test(part))
  );
}

/**
 * What `lines` (the non-blank lines between the publication's name and the fields, trimmed)
 * state, or null when one is none of a database's: an issue's date line, an edition's line, a
 * copyright notice or "All Rights Reserved". An empty list states nothing ({}).
 *
 * @example
 * readDatabaseLead(['March 3, 2025 Monday', 'Edition 2; National Edition']) // { published: '2025-03-03' }
 * readDatabaseLead(['The ferry will close in April.']) // null
 */
export function readDatabaseLead(lines: readonly string[]): DatabaseLead | null {
  const lead: DatabaseLead = {};
  for (const line of lines) {
    const date = issueDate(line);
    if (date !== null) lead.published ??= date;
    else if (!isEditionLine(line) && !isNoticeLine(line)) return null;
  }
  return lead;
}
