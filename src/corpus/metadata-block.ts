/**
 * A metadata block: lines of "Key: value" at the very top of a plain-text or Markdown file
 * ("Title: …" / "Author: …" / "Date: …" / "Source: …"), the form MultiMarkdown gives a
 * document's metadata (MultiMarkdown User's Guide, "Metadata": key-value pairs at the top of the
 * file, ended by a blank line), exporters give a saved article's header, and wire services and
 * news databases give a story's ("HEADLINE:" / "BYLINE:" / "DATE:" / "WORDS:", the keys
 * front-matter.ts reads). It states the article's metadata and is no part of its text.
 *
 * The block ends at a blank line or at a line of three or more `-`, `*` or `_` (a thematic break,
 * CommonMark §4.1, as agency copy sets "---" between its header and its story), the line left
 * out too. A news database sets its fields apart by blank lines ("BYLINE: …", a blank line,
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
 * {@link MIN_KNOWN_FIELDS} of its keys are ones metadata is read by (front-matter.ts isStatedKey).
 */
import { outletKey } from './copyright.js';
import { isOutletName } from './credit-fields.js';
import { bylineOutlet, FIELD, isHeaderKey, isStatedKey, statedFields } from './front-matter.js';
import { isMastheadShape } from './masthead.js';
import { agencyCredited, isNewsAgency } from './news-agency.js';
import { inStatedCase } from './stated-case.js';
import { paragraphKind } from './paragraph-kind.js';
import { parseWireDateline } from './wire-dateline.js';
import type { StatedMeta } from './extraction.js';

/** Fewest known keys for a block of fields to be metadata: "Title:" and "Date:", say. */
const MIN_KNOWN_FIELDS = 2;
/** Most lines a metadata block has; a longer run of fields is a list in the text. */
const MAX_FIELDS = 16;
/** A thematic break closing the block: "---", "***", "___" (CommonMark §4.1). */
const RULE = /^\s*(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$/;
const BLANK = /^\s*$/;

/** What a metadata block states, and the text after it. */
export interface MetadataBlock {
  stated: StatedMeta;
  /** The text after the block and its blank line. */
  rest: string;
}

/** The key of a field's line, or undefined for a line that is no field. */
const keyOf = (line: string) => FIELD.exec(line.trim())?.[1];

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
  while (at < lines.length && BLANK.test(lines[at] ?? '')) at += 1;
  const first = lines[at]?.trim() ?? '';
  const lead = first.length > 0 && keyOf(first) === undefined ? first : undefined;
  // Above the fields, a name's or a headline's line, never a sentence of the text.
  if (lead !== undefined && paragraphKind(lead) !== 'heading') return null;
  if (lead !== undefined) at += 1;
  const fields: string[] = [];
  const take = (from: number, accept: (key: string) => boolean): number => {
    let end = from;
    while (end < lines.length && !BLANK.test(lines[end] ?? '') && !RULE.test(lines[end] ?? '')) {
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
  while (!RULE.test(lines[end] ?? '')) {
    let next = end;
    while (next < lines.length && BLANK.test(lines[next] ?? '')) next += 1;
    const after = take(next, isHeaderKey);
    if (next >= lines.length || after <= next || after >= lines.length) break;
    fields.push(...lines.slice(next, after));
    end = after;
  }
  if (fields.length > MAX_FIELDS) return null;
  if (fields.filter((line) => isStatedKey(keyOf(line) ?? '')).length < MIN_KNOWN_FIELDS)
    return null;
  const block = fields.map((line) => line.trim()).join('\n');
  const stated = statedFields(block);
  const closing = RULE.test(lines[end] ?? '') ? end + 1 : end;
  let rest = lines
    .slice(closing)
    .join('\n')
    .replace(/^\s*\n/, '');
  const credit = bylineOutlet(block);
  if (lead !== undefined) {
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
