/**
 * Metadata lines: a short line of fields between separators (·, •, |, — or –) that says who
 * wrote an article, for which outlet and when, with or without "By": "Kestrel Courier · Ana
 * Ruiz · March 5, 2021", "Staff Writer • Updated 3 hours ago", "The Harbour Herald | 5 March
 * 2021", "Tomás Herrera, Staff Reporter". Each field must be one of the kinds below, or the
 * line is something else (a navigation bar, a sentence); a line of section names only
 * ("Home | News | Local") is a navigation bar, not metadata.
 *
 * Only what the line states is taken, never guessed: a date that is the publication's (not an
 * update's), an outlet named as one (a field with a news outlet's noun: "Courier", "Herald",
 * "Times", or a web domain), and an author: a "By …" field, or a personal name in a line that
 * also names an outlet or a role (without one, "Harbour Bridge Reopens · March 5, 2021" could
 * be a headline in title case as well as a name).
 */
import { isBareName, parseByline } from './byline.js';
import { numericDate } from '../text/numeric-date.js';
import { findDateSpan, TIME_AFTER_DATE, TIME_BEFORE_DATE } from './dates.js';
import { CLOSING_MARKS } from './sentence-end.js';
import {
  isCapitalisedWords,
  isOutletName,
  isRoleLine,
  isSectionName,
  readPieceLabel,
} from './credit-fields.js';

/** What a metadata line states. */
export interface MetadataLine {
  author: string | null;
  outlet: string | null;
  /** The publication date as `YYYY-MM-DD`, or null (none, or only an update's date). */
  published: string | null;
  /**
   * A name the line sets beside its date that no field kind explains (neither a byline, a role,
   * a section nor a news outlet's name: "Fenwick Echo" of "Fenwick Echo | 9 June 2026"), when it
   * is the only such field. Absent otherwise. Under a byline it is the outlet's name as the
   * credit states it (byline-rules.ts); it is never guessed to be anything here.
   */
  unexplained?: string;
}

/**
 * Separators between fields: a dot, bullet, bar or em dash with any spacing (US style sets an em
 * dash closed up), an en dash between spaces (closed up, it joins a range: "5–7 March").
 */
const FIELD_SEPARATOR = /\s*[·•|—]\s*|\s+–\s+/;
/** Longer than this many characters, a line is text, not a metadata line. */
const MAX_LINE_LENGTH = 200;
/** Longer than this many characters, a field is text, not a name, role, outlet or date. */
const MAX_FIELD_LENGTH = 80;

/** A label before a date or time: "Published", "Last updated:", "First published on". */
const TIME_LABEL =
  /^(?:(?:first|originally)\s+)?(published|posted|created|updated|last\s+updated|modified|last\s+modified|corrected|amended)\s*:?\s*(?:on\s+|at\s+)?/i;
/** A time alone, a time relative to now, or a reading time: none gives a date. */
const TIME_ONLY =
  /^(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?|(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month|year)s?\s+ago|just now|yesterday|today|\d+\s*(?:-\s*)?min(?:ute)?s?\s+read)$/i;
const RELATIVE_DAY = /^(?:just now|yesterday|today)$/i;
/**
 * A sentence's ending that no metadata field has: "?", "!", or a full stop after a lower-case
 * word of three letters or more. Narrower than sentence-end.ts's `SENTENCE_END` on purpose: a
 * metadata line may end in an abbreviation's full stop ("3 May 2021 · By Tom Reddaway Jr.",
 * "Ana Ruiz, Staff Writer, U.S."), and in no other. Such a line is not a metadata line; checked
 * before splitting, since every line of every article comes here.
 */
const PROSE_SENTENCE_END = new RegExp(`(?:[!?]|\\p{Ll}{3}\\.)${CLOSING_MARKS}$`, 'u');
/** More words than any metadata line has. */
const MAX_WORDS = 30;
/** A correction or update notice's label, alone in a field. */
const NOTICE_LABEL =
  /^(?:correction|clarification|update|editor['’]?s note|corrected|amended)s?:?$/i;

/**
 * The edition a piece ran in: "Print edition", "Late city edition", "Weekend edition". It files
 * the piece as a section does and names no one.
 */
const EDITION_LABEL = /^(?:[\p{L}-]+\s+){0,2}edition$/iu;

type Field =
  | { kind: 'date'; published: string | null }
  | { kind: 'time' | 'role' | 'section' | 'other' }
  | { kind: 'author'; author: string }
  | { kind: 'name'; name: string }
  | { kind: 'outlet'; outlet: string };

function dateField(text: string): Field | null {
  const label = TIME_LABEL.exec(text);
  const afterLabel = label ? text.slice(label[0].length) : text;
  const rest = afterLabel.replace(TIME_BEFORE_DATE, '');
  const published = !label || /^(?:published|posted|created)$/i.test(label[1] ?? '');
  const numeric = numericDate(rest);
  if (numeric && TIME_AFTER_DATE.test(rest.slice(numeric.end).trim()))
    return { kind: 'date', published: published ? numeric.date : null };
  const dated = findDateSpan(rest);
  if (dated?.start === 0 && TIME_AFTER_DATE.test(rest.slice(dated.end).trim()))
    return { kind: 'date', published: published ? dated.date : null };
  // "Today" or "Yesterday" alone is a word of a sentence ("Today, Mr. Speaker, …"); after a
  // label ("Updated yesterday") it is a time stamp.
  // A time alone ("Updated 5.30 p.m.") is what TIME_BEFORE_DATE removed: test it unremoved.
  const stamp = (rest.trim() === '' ? afterLabel : rest).trim();
  if (TIME_ONLY.test(stamp) && (label || !RELATIVE_DAY.test(stamp))) return { kind: 'time' };
  return null;
}

/** One part of a field, or null when it is no kind of metadata. */
function classify(part: string): Field | null {
  if (part.length === 0 || part.length > MAX_FIELD_LENGTH) return null;
  const dated = dateField(part);
  if (dated) return dated;
  const byline = parseByline(part);
  if (byline) return { kind: 'author', author: byline.author };
  if (isRoleLine(part)) return { kind: 'role' };
  if (isOutletName(part)) return { kind: 'outlet', outlet: part };
  // A piece's kind ("An Estuary Post explainer") states no credit by itself, like a section.
  const label = readPieceLabel(part);
  if (label) return label.outlet ? { kind: 'outlet', outlet: label.outlet } : { kind: 'section' };
  if (EDITION_LABEL.test(part)) return { kind: 'section' };
  if (!isCapitalisedWords(part)) return null;
  if (isSectionName(part)) return { kind: 'section' };
  if (isBareName(part) && !/^(?:the|der|die|das|le|la|les|el|il|los|las|het)\s/i.test(part))
    return { kind: 'name', name: part };
  return { kind: 'other' };
}

/** The parts of a field: itself when it is a date, else its comma-separated parts ("Ana Ruiz, Staff Writer"). */
function partsOf(field: string): Field[] | null {
  const whole = dateField(field);
  if (whole) return [whole];
  const parts = field.split(/\s*,\s*/).map(classify);
  return parts.every((part) => part !== null) ? (parts as Field[]) : null;
}

/**
 * Reads a metadata line (see the file header). Null for any other line.
 *
 * A personal name and an outlet alone ("Priya Nair · Coastline Times") state a credit only
 * where the caller knows the line is under the article's headline (`underHeadline`): elsewhere
 * a title-case headline copied with its site's name ("Harbour Bridge Reopens · Kestrel
 * Courier") has the same shape.
 *
 * @example
 * parseMetadataLine('Kestrel Courier · Ana Ruiz · March 5, 2021')
 * // { outlet: 'Kestrel Courier', author: 'Ana Ruiz', published: '2021-03-05' }
 */
export function parseMetadataLine(
  line: string,
  options: { underHeadline?: boolean } = {},
): MetadataLine | null {
  const text = line.trim();
  if (text.length === 0 || text.length > MAX_LINE_LENGTH || PROSE_SENTENCE_END.test(text))
    return null;
  if (text.split(' ', MAX_WORDS + 1).length > MAX_WORDS) return null;
  const fields: Field[] = [];
  for (const field of text.split(FIELD_SEPARATOR)) {
    if (field.length === 0) continue;
    const parts = partsOf(field.trim());
    if (parts === null) return null;
    fields.push(...parts);
  }
  const of = <K extends Field['kind']>(kind: K) =>
    fields.filter((field): field is Extract<Field, { kind: K }> => field.kind === kind);
  const dates = of('date');
  const roles = of('role');
  const outlets = of('outlet');
  const bylines = of('author');
  const names = of('name');
  // A line states metadata when it gives a date, a time, a role or a byline: names and
  // sections alone are a navigation bar or a heading.
  const stating = dates.length + of('time').length + roles.length + bylines.length;
  const credit =
    options.underHeadline === true &&
    fields.length === 2 &&
    text.split(FIELD_SEPARATOR).length === 2 &&
    names.length === 1 &&
    outlets.length === 1;
  if (stating === 0 && !credit) return null;
  // One field alone is metadata only when it says what it is ("Updated 3 hours ago"):
  // a bare date is a dateline, read elsewhere.
  if (fields.length === 1 && dates.length === 1 && !TIME_LABEL.test(text)) return null;
  // "UPDATE — 14 June 2022", "Correction | May 4": a notice's date, not the publication's.
  const notice = text.split(FIELD_SEPARATOR).some((field) => NOTICE_LABEL.test(field.trim()));
  const namesAnAuthor = roles.length + outlets.length > 0 && names.length === 1;
  const author = bylines[0]?.author ?? (namesAnAuthor ? (names[0]?.name ?? null) : null);
  const published = notice
    ? null
    : (dates.find((date) => date.published !== null)?.published ?? null);
  const unexplained = names.length === 1 && author === null && published !== null;
  return {
    author,
    outlet: outlets.length === 1 ? (outlets[0]?.outlet ?? null) : null,
    published,
    ...(unexplained && names[0] !== undefined ? { unexplained: names[0].name } : {}),
  };
}
