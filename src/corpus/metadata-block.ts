/**
 * A metadata block: lines of "Key: value" at the very top of a plain-text or Markdown file
 * ("Title: …" / "Author: …" / "Date: …" / "Source: …"), the form MultiMarkdown gives a
 * document's metadata (MultiMarkdown User's Guide, "Metadata": key-value pairs at the top of the
 * file, ended by a blank line), exporters give a saved article's header, and wire services and
 * news databases give a story's ("HEADLINE:" / "BYLINE:" / "DATE:" / "WORDS:", the keys
 * front-matter.ts reads). It states the article's metadata and is no part of its text.
 *
 * The block ends at a blank line or at a horizontal rule set in characters (furniture.ts
 * isHorizontalRule: three or more `-`, `*` or `_`, CommonMark §4.1's thematic break, as agency copy
 * sets "---" between its header and its story; or "=====", as a database export underlines its
 * header), the line left out too. A news database sets its fields apart by blank lines ("BYLINE: …", a blank line,
 * "LENGTH: 612 words"): a paragraph after the block whose every line is a header's key
 * (front-matter.ts isHeaderKey) is the block's still.
 *
 * One line with no key may stand above the fields, as a news database (LexisNexis) and agency
 * copy set the publication's or agency's name over a story's fields ("EASTMARCH PRESS AGENCY",
 * then "HEADLINE: …"). It is the outlet only where it names itself as one (a news outlet's noun,
 * credit-fields.ts; a news agency by its kind, news-agency.ts) or the fields name it too (the
 * byline's outlet, the source); else it stands where an outlet's name does, unconfirmed
 * (StatedMeta.outletCandidate) when a key gives the title. A line that has no name's shape there
 * (a headline in sentence case) is the title when no key gives one. Any other such line is left
 * at the top of the text, read as cleaning reads a first line (a masthead, a headline).
 *
 * A first paragraph of the text may open with a label and a colon too ("Update: the council
 * …"), so a block is read only when every line of it is a field and at least
 * {@link MIN_KNOWN_FIELDS} of its keys are a header's (front-matter.ts isHeaderKey: read, or
 * stating nothing read, as a wire's "Priority:" and "Words:").
 *
 * A news database's export sets more above and around the fields (the LexisNexis layout, as Nexis
 * Uni saves a "Full Document"): over them, the results list's count ("3 of 12 DOCUMENTS"); under the publication's name, the issue's date line and the
 * edition (database-lead.ts; the date line is the publication date when no key gives one);
 * "BODY:" alone after the fields, where the text begins (a closing line, as a rule is); and after
 * the story, fields stating nothing read ("LOAD-DATE:", "LANGUAGE:"), left out of the text too. A
 * wire's slug over the fields ("KPA-WIRE  TRANS  FERRY-FARES/CAP", wire-handling.ts) is the
 * wire's instruction to editors: neither the title nor the text.
 */
import { outletKey } from './copyright.js';
import { isOutletName } from './credit-fields.js';
import {
  isDocumentCountLine,
  isEndOfDocumentLine,
  isNoticeLine,
  readDatabaseLead,
} from './database-lead.js';
import {
  bylineOutlet,
  FIELD,
  isHeaderKey,
  isHeaderOnlyKey,
  isTextStartKey,
  statedFields,
} from './front-matter.js';
import { isHorizontalRule } from './furniture.js';
import { isMastheadShape } from './masthead.js';
import { agencyCredited, isNewsAgency } from './news-agency.js';
import { inStatedCase } from './stated-case.js';
import { paragraphKind } from './paragraph-kind.js';
import { parseWireDateline } from './wire-dateline.js';
import { isWireHandlingLine } from './wire-handling.js';
import type { StatedMeta } from './extraction.js';
import { matchesOf } from '../text/matches-of.js';

/**
 * Fewest header keys (front-matter.ts isHeaderKey) for a block of fields to be metadata: "Title:"
 * and "Date:", "Date:" and a wire's "Priority:", or "Priority:" and "Words:" (a header stating
 * nothing read, left out of the text all the same).
 */
const MIN_KNOWN_FIELDS = 2;
/** Most lines a news database sets between the publication's name and the fields (database-lead.ts). */
const MAX_LEAD_LINES = 4;
/** Most lines a metadata block has; a longer run of fields is a list in the text. */
const MAX_FIELDS = 16;
const BLANK = /^\s*$/;
/** A line closing the fields: a thematic break, or a news database's "BODY:". */
const isClosing = (line: string) => isHorizontalRule(line) || isTextStart(line);

/** What a metadata block states, and the text after it. */
export interface MetadataBlock {
  stated: StatedMeta;
  /** The text after the block and its blank line. */
  rest: string;
}

/** The key of a field's line, or undefined for a line that is no field. */
const keyOf = (line: string) => FIELD.exec(line.trim())?.[1];
/** A news database's "BODY:" alone, where the story's text begins (front-matter.ts isTextStartKey). */
const isTextStart = (line: string) => {
  const field = FIELD.exec(line.trim());
  return field !== null && isTextStartKey(field[1] ?? '') && field[2] === '';
};
/** Paragraphs of a text with where each starts and ends. */
const PARAGRAPH = /[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g;

/**
 * `rest` without the fields a news database sets after the story (a LexisNexis export's
 * "LOAD-DATE:", "LANGUAGE:", "PUBLICATION-TYPE:", Nexis Uni's "End of Document"): paragraphs at its end of header keys that
 * state nothing read (front-matter.ts isHeaderOnlyKey), among which a copyright notice stays in
 * the text, for cleaning to read as the foot's.
 */
function withoutTrailer(rest: string): string {
  const paragraphs = [...matchesOf(rest, PARAGRAPH)];
  let kept = rest;
  for (const paragraph of paragraphs.reverse()) {
    const lines = paragraph[0].split('\n').map((line) => line.trim());
    const fields = lines.filter((line) => line.length > 0);
    const furniture = (line: string) =>
      isHeaderOnlyKey(keyOf(line) ?? '') || isEndOfDocumentLine(line);
    if (fields.every(furniture)) {
      // With the blank lines above it.
      const start = kept.slice(0, paragraph.index).trimEnd().length;
      kept = kept.slice(0, start) + kept.slice(paragraph.index + paragraph[0].length);
    } else if (!fields.every(isNoticeLine)) break;
  }
  return kept === rest ? rest : `${kept.trimEnd()}\n`;
}

/**
 * The outlet the line above the fields names, as the file spells it, or undefined when neither
 * the line nor the fields confirm it is one (see the file header).
 */
function leadOutlet(lead: string, stated: StatedMeta, credit: string | undefined, rest: string) {
  const named = [credit, stated.outlet].find(
    (name) => name !== undefined && outletKey(name) === outletKey(lead),
  );
  if (named !== undefined) return named;
  return isOutletName(lead) || isNewsAgency(lead) ? inStatedCase(lead, [rest]) : undefined;
}

/**
 * The agency the byline field names, where the story's wire dateline credits it by name or
 * initials ("HARLOW, 2 May 2025 (VPA) -" under "BYLINE: By Ana Ruiz, Velmora Press Agency"): the
 * wire's own story as it ran, its outlet (news-agency.ts); else undefined.
 */
function wireStoryAgency(credit: string | undefined, rest: string): string | undefined {
  if (credit === undefined || !isNewsAgency(credit)) return undefined;
  const first = rest.split(/\n\s*\n/)[0]?.replace(/\s*\n\s*/g, ' ') ?? '';
  const credited = parseWireDateline(first, rest)?.outlet;
  if (credited === undefined || credited === null) return undefined;
  return outletKey(agencyCredited(credited, [credit])) === outletKey(credit) ? credit : undefined;
}

/**
 * Reads the metadata block at the top of `text` (lines apart by "\n"; see the file header), or
 * null when the text opens with none.
 *
 * @example
 * readMetadataBlock('Title: Footbridge shut\nDate: 3 May 2026\n\nThe bridge shut.')
 * // { stated: { title: 'Footbridge shut', published: '2026-05-03' }, rest: 'The bridge shut.' }
 * readMetadataBlock('HEADLINE: Pier shut\nBYLINE: By Ana Ruiz\nWORDS: 120\n---\nThe pier shut.')
 * // { stated: { title: 'Pier shut', author: 'Ana Ruiz' }, rest: 'The pier shut.' }
 */
export function readMetadataBlock(text: string): MetadataBlock | null {
  const lines = text.split('\n');
  let at = 0;
  const skipBlank = () => {
    while (at < lines.length && BLANK.test(lines[at] ?? '')) at += 1;
  };
  skipBlank();
  // A database's count over the story ("3 of 12 DOCUMENTS"; database-lead.ts).
  if (isDocumentCountLine(lines[at] ?? '')) {
    at += 1;
    skipBlank();
  }
  // A wire's handling line ("KPA-WIRE  TRANS  FERRY-FARES/CAP", "BPA0417 4 AGRI";
  // wire-handling.ts) instructs editors; the agency's name may stand under it.
  const handling = isWireHandlingLine(lines[at] ?? '');
  const second = lines[at + 1]?.trim() ?? '';
  if (handling && second.length > 0 && keyOf(second) === undefined) at += 1;
  const first = lines[at]?.trim() ?? '';
  const lead = first.length > 0 && keyOf(first) === undefined ? first : undefined;
  const slug = lead !== undefined && isWireHandlingLine(lead);
  // Above the fields, a name's or a headline's line, never a sentence of the text.
  if (lead !== undefined && !slug && paragraphKind(lead) !== 'heading') return null;
  let issued: string | undefined;
  if (lead !== undefined) {
    at += 1;
    // The lines a news database sets under the publication's name (database-lead.ts).
    const under: string[] = [];
    let next = at;
    while (next < lines.length && under.length <= MAX_LEAD_LINES) {
      const line = lines[next]?.trim() ?? '';
      if (keyOf(line) !== undefined) break;
      if (line.length > 0) under.push(line);
      next += 1;
    }
    if (under.length > 0) {
      const read = under.length <= MAX_LEAD_LINES ? readDatabaseLead(under) : null;
      if (read === null) return null;
      issued = read.published;
      at = next;
    }
  }
  const fields: string[] = [];
  const take = (from: number, accept: (key: string) => boolean): number => {
    let end = from;
    while (end < lines.length && !BLANK.test(lines[end] ?? '') && !isClosing(lines[end] ?? '')) {
      const key = keyOf(lines[end] ?? '');
      if (key === undefined || !accept(key)) return -1;
      end += 1;
    }
    return end;
  };
  let end = take(at, () => true);
  // The text runs to its end with no blank line or rule: no block closes.
  if (end < 0 || end === at || end >= lines.length) return null;
  fields.push(...lines.slice(at, end));
  // Paragraphs of a header's keys only, set apart by blank lines, are the block's still.
  while (!isClosing(lines[end] ?? '')) {
    let next = end;
    while (next < lines.length && BLANK.test(lines[next] ?? '')) next += 1;
    const after = take(next, isHeaderKey);
    if (next >= lines.length || after <= next || after >= lines.length) break;
    fields.push(...lines.slice(next, after));
    end = after;
  }
  if (fields.length > MAX_FIELDS) return null;
  const keys = fields.map((line) => keyOf(line) ?? '');
  // Under a wire's handling line the fields are a wire's header, one key as well as several.
  if (keys.filter(isHeaderKey).length < (handling ? 1 : MIN_KNOWN_FIELDS)) return null;
  const block = fields.map((line) => line.trim()).join('\n');
  const stated = statedFields(block);
  if (issued !== undefined && stated.published === undefined) {
    stated.published = issued;
    delete stated.publishedUnread;
  }
  let closing = isClosing(lines[end] ?? '') ? end + 1 : end;
  // "BODY:" after the fields' last blank line.
  let body = closing;
  while (body < lines.length && BLANK.test(lines[body] ?? '')) body += 1;
  if (isTextStart(lines[body] ?? '')) closing = body + 1;
  let rest = withoutTrailer(
    lines
      .slice(closing)
      .join('\n')
      .replace(/^\s*\n/, ''),
  );
  const credit = bylineOutlet(block);
  if (lead !== undefined && !slug) {
    const named = isMastheadShape(lead);
    const outlet = named ? leadOutlet(lead, stated, credit, rest) : undefined;
    if (outlet !== undefined) stated.outlet ??= outlet;
    else if (named && stated.title !== undefined) stated.outletCandidate ??= lead;
    else if (!named && stated.title === undefined) stated.title = lead;
    // A name or a headline the fields do not settle: the text's, read as cleaning reads a top line.
    else rest = `${lead}\n\n${rest}`;
  }
  const agency = stated.outlet === undefined ? wireStoryAgency(credit, rest) : undefined;
  if (agency !== undefined) stated.outlet = agency;
  return { stated, rest };
}
