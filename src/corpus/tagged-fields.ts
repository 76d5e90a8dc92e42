/**
 * A news database's tagged layout: Factiva's "Full Article/Report plus Indexing" display, saved
 * as text. Each field opens a line with its tag, two or three capitals and no colon, its value
 * after it on the line or on the lines under it: "HD" the headline, "BY" the byline, "PD" the
 * publication date, "SN" the source (publication) name, "CR" the credit (a supplying agency),
 * "LP" the lead paragraphs and "TD" the text after them; the rest ("WC" word count, "ET" time,
 * "SC" source code, "ED" edition, "PG" page, "LA" language, "CY" copyright, the indexing codes
 * "CO", "IN", "NS", "RE", "IPC", "IPD", the publisher "PUB" and the accession number "AN") state
 * nothing read. Tags and their meanings: Factiva's "Custom Search Fields" table (ProQuest/Dow
 * Jones support, "Field Tag" column) and its Intelligent Indexing field list.
 *
 * The story is LP's paragraphs then TD's; the other fields are no part of it. Inside the story a
 * line is a tag's only when the tag stands alone or a tab or two spaces follow it ("TD Bank
 * said …" opens a paragraph), and the indexing fields after the story are read as such only as a
 * run to the file's end. A file holding several documents (two headlines) is not read this way:
 * one article a file.
 */
import { statedFields } from './front-matter.js';
import type { MetadataBlock } from './metadata-block.js';

/** The story's fields, in the order the layout sets them. */
const STORY_TAGS = new Set(['LP', 'TD']);
/**
 * Fields read, as the key statedFields reads for each (front-matter.ts): the headline, the
 * byline, the publication date, the publication's name and the credit.
 */
const READ_TAGS: ReadonlyMap<string, string> = new Map([
  ['HD', 'Title'],
  ['BY', 'Byline'],
  ['PD', 'Date'],
  ['SN', 'Publication'],
  ['CR', 'Credit'],
]);
/** Fields stating nothing read (see the file header). */
const OTHER_TAGS = new Set([
  ...['WC', 'ET', 'SC', 'ED', 'PG', 'LA', 'CY', 'SE', 'CLM', 'VOL', 'ART', 'CX', 'CT', 'RF'],
  ...['CO', 'IN', 'NS', 'RE', 'IPC', 'IPD', 'PUB', 'AN', 'DE', 'FDS', 'RST'],
]);
const isTag = (tag: string) => STORY_TAGS.has(tag) || READ_TAGS.has(tag) || OTHER_TAGS.has(tag);
/** Fewest of {@link READ_TAGS} the header gives (the headline among them) to be this layout. */
const MIN_READ_FIELDS = 2;
/** A tag and what follows it on its line, after any spacing. */
const TAG_LINE = /^([A-Z]{2,3})(?:[ \t]+(\S.*?))?\s*$/;
/** A tag inside the story: alone, or set off by a tab or two spaces ("TD Bank said" is prose). */
const STORY_TAG_LINE = /^([A-Z]{2,3})(?:(?:\t|[ ]{2,})[ \t]*(\S.*?))?\s*$/;
/** The accession number's line the display closes a document with ("Document HARCOU0020250303el3300001"). */
const ACCESSION = /^Document\s+[A-Za-z0-9]{12,}$/;
const BLANK = /^\s*$/;

interface Field {
  tag: string;
  lines: string[];
}

/** The tag a line opens, with its value on the line ('' when alone), or null. */
function tagOf(line: string, pattern: RegExp): { tag: string; value: string } | null {
  const match = pattern.exec(line.trim());
  const tag = match?.[1];
  return tag !== undefined && isTag(tag) ? { tag, value: match?.[2] ?? '' } : null;
}

/**
 * For each line of `lines`, true when it and every line after it are the indexing fields
 * closing the document: blank, a tag of {@link OTHER_TAGS} with its value on the line, such a
 * tag alone with its value on the next line, or the accession number's line.
 */
function closingTrailer(lines: readonly string[]): boolean[] {
  const closing = Array<boolean>(lines.length + 1).fill(false);
  closing[lines.length] = true;
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = lines[i] ?? '';
    const field = tagOf(line, TAG_LINE);
    if (BLANK.test(line) || ACCESSION.test(line.trim())) closing[i] = closing[i + 1] === true;
    else if (field === null || !OTHER_TAGS.has(field.tag)) closing[i] = false;
    else if (field.value !== '') closing[i] = closing[i + 1] === true;
    else {
      const next = lines[i + 1] ?? '';
      const valueBelow = !BLANK.test(next) && tagOf(next, TAG_LINE) === null;
      closing[i] = valueBelow ? closing[i + 2] === true : closing[i + 1] === true;
    }
  }
  return closing;
}

/** The fields of `lines`, from the first (a tag's line), or null where two give a headline. */
function fieldsOf(lines: readonly string[]): Field[] | null {
  const fields: Field[] = [];
  const closing = closingTrailer(lines);
  let inStory = false;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const atTrailer: boolean = inStory && closing[i] === true && !BLANK.test(line);
    const last = fields.at(-1);
    // Under a tag alone, its value: a headline "IN PICTURES: …" is no "IN" field.
    const awaiting = last !== undefined && last.lines.every((value) => BLANK.test(value));
    const strict = !atTrailer && (inStory || awaiting);
    const field = tagOf(line, strict ? STORY_TAG_LINE : TAG_LINE);
    if (field !== null) {
      if (field.tag === 'HD' && fields.some((read) => read.tag === 'HD')) return null;
      inStory = STORY_TAGS.has(field.tag) || (inStory && !atTrailer);
      fields.push({ tag: field.tag, lines: field.value === '' ? [] : [field.value] });
    } else last?.lines.push(line);
  }
  return fields;
}

/** A field's value on one line: its lines joined, spacing collapsed. */
const oneLine = (field: Field) => field.lines.join(' ').replace(/\s+/g, ' ').trim();

/**
 * Reads `text` (lines apart by "\n") as the tagged layout (see the file header): what its
 * fields state and the story, LP's paragraphs then TD's; null when the text does not open with
 * a tag's line, gives no headline or fewer than {@link MIN_READ_FIELDS} read fields, no story,
 * or two headlines.
 *
 * @example
 * readTaggedFields('HD\nPier shut\nPD\n3 May 2026\nLP\nThe pier shut.\n')
 * // { stated: { title: 'Pier shut', published: '2026-05-03' }, rest: 'The pier shut.\n' }
 */
export function readTaggedFields(text: string): MetadataBlock | null {
  const lines = text.split('\n');
  const first = lines.findIndex((line) => !BLANK.test(line));
  if (first < 0 || tagOf(lines[first] ?? '', TAG_LINE) === null) return null;
  const fields = fieldsOf(lines.slice(first));
  if (fields === null) return null;
  const read = fields.filter((field) => READ_TAGS.has(field.tag) && oneLine(field) !== '');
  if (!read.some((field) => field.tag === 'HD') || read.length < MIN_READ_FIELDS) return null;
  const story = fields
    .filter((field) => STORY_TAGS.has(field.tag))
    .map((field) => field.lines.join('\n').trim())
    .filter((part) => part.length > 0);
  if (story.length === 0) return null;
  const block = read.map((field) => `${READ_TAGS.get(field.tag)}: ${oneLine(field)}`).join('\n');
  return { stated: statedFields(block), rest: `${story.join('\n\n')}\n` };
}
