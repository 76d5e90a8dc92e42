/**
 * A metadata block: lines of "Key: value" at the very top of a plain-text or Markdown file, up to
 * the first blank line ("Title: …" / "Author: …" / "Date: …" / "Source: …"), the form
 * MultiMarkdown gives a document's metadata (MultiMarkdown User's Guide, "Metadata": key-value
 * pairs at the top of the file, ended by a blank line) and exporters give a saved article's
 * header. It states the article's metadata, read by the keys front matter is read by
 * (front-matter.ts), and is no part of its text.
 *
 * A first paragraph of the text may open with a label and a colon too ("Update: the council
 * …"), so a block is read only when every line of it is a field and at least
 * {@link MIN_KNOWN_FIELDS} of its keys are ones metadata is read by (front-matter.ts isStatedKey).
 */
import { FIELD, isStatedKey, statedFields } from './front-matter.js';
import type { StatedMeta } from './extraction.js';

/** Fewest known keys for a block of fields to be metadata: "Title:" and "Date:", say. */
const MIN_KNOWN_FIELDS = 2;
/** Most lines a metadata block has; a longer run of fields is a list in the text. */
const MAX_FIELDS = 12;

/** What a metadata block states, and the text after it. */
export interface MetadataBlock {
  stated: StatedMeta;
  /** The text after the block and its blank line. */
  rest: string;
}

/**
 * Reads the metadata block at the top of `text` (lines apart by "\n"; see the file header), or
 * null when the text opens with none.
 *
 * @example
 * readMetadataBlock('Title: Footbridge shut\nDate: 3 May 2026\n\nThe bridge shut.')
 * // { stated: { title: 'Footbridge shut', published: '2026-05-03' }, rest: 'The bridge shut.' }
 */
export function readMetadataBlock(text: string): MetadataBlock | null {
  const start = /^(?:[ \t]*\n)*/.exec(text)?.[0].length ?? 0;
  const end = text.slice(start).search(/\n[ \t]*(?:\n|$)/);
  if (end < 0) return null;
  const block = text.slice(start, start + end);
  const lines = block.split('\n');
  if (lines.length > MAX_FIELDS) return null;
  const keys = lines.map((line) => FIELD.exec(line.trim())?.[1]);
  if (keys.some((key) => key === undefined)) return null;
  if (keys.filter((key) => key !== undefined && isStatedKey(key)).length < MIN_KNOWN_FIELDS)
    return null;
  const stated = statedFields(lines.map((line) => line.trim()).join('\n'));
  return { stated, rest: text.slice(start + end).replace(/^\s*\n/, '') };
}
