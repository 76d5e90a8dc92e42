/**
 * Reading a Markdown file: rendered to HTML by `marked` (CommonMark and GitHub's extensions)
 * and read back as text blocks, so the text is what a reader sees: no `#`, `*`, `>` or list
 * markers, link text without its target, images left out. Front matter (`---` … `---` at the
 * top) states metadata: `title`, `author`, the publication date, the outlet, `url` (see
 * {@link frontMatter} for the keys read). A read-later app's export keeps its article only
 * (read-later.ts).
 */
import { marked } from 'marked';
import { parseHTML } from 'linkedom';
import { siteNameInTitle, withoutSiteName } from './headline.js';
import { blocksOf, type DomNode } from './html-blocks.js';
import { withoutClosingNote } from './closing-note.js';
import { signatureDrops, signatureStart } from './signature.js';
import type { DroppedLine } from './extraction.js';
import { readLaterContent, withoutReaderSections } from './read-later.js';
import { withoutSavedPageMarkup } from './saved-page-markup.js';
import { statedDate, statedUrl, type Extraction, type StatedMeta } from './stated.js';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;
const FIELD = /^([A-Za-z][A-Za-z_-]*)\s*:\s*(.*?)\s*$/;
/** An image on a line of its own: `![alt](src)`. */
const IMAGE_LINE = /^\s*!\[[^\]]*\]\([^)]*\)\s*$/;
/** An image with alt text: `![Harbour at dawn](x.jpg)`; the text is what the image shows. */
const DESCRIBED_IMAGE = /^!\[\s*\S[^\]]*\]/;

/**
 * An image line, dropped: with alt text it is the photo's caption (the same name page-lines.ts
 * and a page answer give it), without one it says nothing and is an image.
 */
function droppedImage(line: string): DroppedLine {
  const text = line.trim();
  return { line: text, reason: DESCRIBED_IMAGE.test(text) ? 'photo caption' : 'image' };
}

/**
 * A front-matter key as compared here: lower case, without `_` or `-`, so that the spellings
 * exporters use for one key (`site_name`, `siteName`, `date_published`, `datePublished`) are one.
 */
const keyOf = (key: string) => key.toLowerCase().replace(/[_-]/g, '');

/**
 * Keys naming the outlet: `outlet`, schema.org's `publisher`, Open Graph's `site_name`, the
 * `siteName` read-later apps (Omnivore, Readwise and the like) write for the saved page's site,
 * and `site`, the key web clippers write it under (Obsidian Web Clipper's `{{site}}` variable,
 * "site name or publisher"; ClipMark's front matter). A `site` that is an address
 * (`site: https://…`) names where the page is, not its outlet's name: not read.
 */
const OUTLET_KEYS = new Set(['outlet', 'sitename', 'publisher', 'publication', 'site']);
const ADDRESS = /^[a-z][a-z0-9+.-]*:\/\//i;
/**
 * Keys naming the publication date as such: `published`, schema.org's `datePublished`, and the
 * forms read-later exports write (`date_published`, `published_at`, `publish_date`, `pubDate`).
 * They win over a bare `date` (a static-site generator's publication date) whatever their order.
 * A read-later app's `date_saved` / `dateSaved` / `markupat` is when the reader saved the page,
 * never the article's date: no such key is read.
 */
const PUBLISHED_KEYS = new Set([
  'published',
  'datepublished',
  'publishedat',
  'publisheddate',
  'publishdate',
  'publicationdate',
  'pubdate',
]);

function unquote(value: string): string {
  return value.replace(/^(["'])(.*)\1$/, '$2').trim();
}

/** A YAML block list's item: `  - "[[Tom Hendry]]"`. */
const LIST_ITEM = /^\s+-\s+(.*?)\s*$/;
/**
 * A wiki link, `[[Tom Hendry]]` or `[[People/Tom Hendry|Tom Hendry]]`: the form Obsidian's Web
 * Clipper writes a clipped page's author in (its default template's `author` property); the
 * text shown is the alias after `|`, else the target.
 */
const WIKI_LINK = /^\[\[(?:[^\]|]*\|)?([^\]|]+)\]\]$/;

/** A field's value as the reader means it: unquoted, a wiki link's text. */
const valueOf = (raw: string) => {
  const value = unquote(raw);
  return WIKI_LINK.exec(value)?.[1]?.trim() ?? value;
};

/**
 * The fields of front matter as key and value, a block list's items (`author:` then
 * `  - "A"`, `  - "B"`) joined by ", " as one value; an inline list (`[A, B]`) likewise.
 */
function fieldsOf(fields: string): [string, string][] {
  const read: { key: string; values: string[]; block: boolean }[] = [];
  for (const line of fields.split('\n')) {
    const item = LIST_ITEM.exec(line);
    const last = read[read.length - 1];
    if (item?.[1] !== undefined) {
      if (last?.block) last.values.push(valueOf(item[1]));
      continue;
    }
    const match = FIELD.exec(line);
    if (!match?.[1]) continue;
    const raw = match[2] ?? '';
    const inline = WIKI_LINK.test(unquote(raw)) ? null : /^\[(.*)\]$/.exec(raw);
    const values = inline?.[1] !== undefined ? inline[1].split(',').map(valueOf) : [valueOf(raw)];
    read.push({
      key: match[1],
      values: values.filter((value) => value.length > 0),
      block: raw === '',
    });
  }
  return read.map(({ key, values }) => [key, values.filter((v) => v.length > 0).join(', ')]);
}

/**
 * The metadata a file's front matter states: `title`; `author` (or `byline`); the outlet
 * ({@link OUTLET_KEYS}); the publication date ({@link PUBLISHED_KEYS}, else `date`); `url` (or
 * `canonical`, else a web clipper's `source`), absolute http(s) only. A list's items are one
 * value, joined by ", "; a wiki link (`[[Tom Hendry]]`) is its text. Keys are read in any case, with `_` or `-` or neither
 * ({@link keyOf}); any other key is not read.
 */
function frontMatter(fields: string): StatedMeta {
  const stated: StatedMeta = {};
  let published: string | undefined;
  let dated: string | undefined;
  // A web clipper's `source` (Obsidian's Web Clipper): the clipped page's address, when absolute.
  let source: string | undefined;
  for (const [name, value] of fieldsOf(fields)) {
    const key = keyOf(name);
    if (value.length === 0) continue;
    if (key === 'title') stated.title = value;
    else if (key === 'author' || key === 'byline') stated.author = value;
    else if (OUTLET_KEYS.has(key)) {
      if (!(key === 'site' && ADDRESS.test(value))) stated.outlet = value;
    } else if (PUBLISHED_KEYS.has(key)) published = statedDate(value) ?? published;
    else if (key === 'date') dated = statedDate(value) ?? dated;
    else if (key === 'url' || key === 'canonical') {
      const url = statedUrl(value);
      if (url) stated.url = url;
    } else if (key === 'source') source = statedUrl(value) ?? source;
  }
  const date = published ?? dated;
  if (date) stated.published = date;
  if (stated.url === undefined && source !== undefined) stated.url = source;
  return stated;
}

/**
 * A Markdown source without its signature block (signature.ts), and the block's lines, dropped.
 * Read in the source, since rendering joins the separator to the card as one paragraph. Only
 * under a blank line: "--" right under a line of text underlines a heading (a setext heading).
 */
function withoutSignature(source: string): { body: string; signature: DroppedLine[] } {
  const lines = source.split('\n');
  const start = signatureStart(lines);
  if (start < 0 || (start > 0 && (lines[start - 1] ?? '').trim() !== ''))
    return { body: source, signature: [] };
  return { body: lines.slice(0, start).join('\n'), signature: signatureDrops(lines, start) };
}

/**
 * Extracts the text of a Markdown article.
 *
 * @example
 * extractMarkdown('# Budget adopted\n\nThe council **adopted** the [budget](/b).').text
 * // 'Budget adopted\n\nThe council adopted the budget.'
 */
export function extractMarkdown(markdown: string): Extraction {
  const text = markdown.replace(/\r\n?/g, '\n');
  const front = FRONT_MATTER.exec(text);
  const stated = front?.[1] ? frontMatter(front[1]) : {};
  const { body, signature } = withoutSignature(front ? text.slice(front[0].length) : text);
  const dropped = body
    .split('\n')
    .filter((line) => IMAGE_LINE.test(line))
    .map(droppedImage);
  dropped.push(...signature);
  const html = marked.parse(body, { async: false, gfm: true });
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as {
    document: { body: DomNode };
  };
  // An export whose reader's sections follow a thematic break: the article is what is above it.
  const markup = withoutSavedPageMarkup(Array.from(document.body.childNodes), stated.url);
  const reader = withoutReaderSections(markup.article);
  // A note to readers under the last thematic break (closing-note.ts) is no part of the article.
  const note = withoutClosingNote(reader.article);
  dropped.push(...markup.dropped, ...reader.dropped, ...note.dropped);
  const rendered = note.article.flatMap((node) => blocksOf(node));
  // A read-later export: its article only, not the app's lines nor the reader's notes.
  const saved = readLaterContent(rendered);
  const blocks = saved?.kept ?? rendered;
  if (saved) dropped.push(...saved.dropped);
  const heading = blocks.find((block) => block.level === 1);
  const h1 = heading?.text.replace(/\n/g, ' ');
  if (stated.title !== undefined && h1 !== undefined && stated.url !== undefined) {
    // A saved page's front matter (it names the page's address) gives the page's `<title>`: the
    // headline with the site's name beside it ("Warden hired – Wexmoor Voice"), read as an
    // HTML page's title is (headline.ts), the page's address its evidence of the site's name.
    const evidence = { names: [], host: new URL(stated.url).hostname };
    stated.outlet ??= siteNameInTitle(stated.title, h1, [], evidence) ?? undefined;
    stated.title = withoutSiteName(stated.title, { h1, site: stated.outlet });
  }
  if (stated.title === undefined && h1 !== undefined) stated.title = h1;
  return { text: blocks.map((block) => block.text).join('\n\n'), stated, dropped };
}
