/**
 * Reading a Markdown file: rendered to HTML by `marked` (CommonMark and GitHub's extensions)
 * and read back as text blocks, so the text is what a reader sees: no `#`, `*`, `>` or list
 * markers, link text without its target, images left out. Front matter (`---` … `---` at the
 * top) states metadata: `title`, `author`, `date`/`published`, the outlet (`outlet`, `site_name`,
 * `publisher`, `publication`), `url`. A read-later app's export keeps its article only
 * (read-later.ts).
 */
import { marked } from 'marked';
import { parseHTML } from 'linkedom';
import { blocksOf, type DomNode } from './html-blocks.js';
import type { DroppedLine } from './extraction.js';
import { readLaterContent } from './read-later.js';
import { statedDate, statedUrl, type Extraction, type StatedMeta } from './stated.js';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;
const FIELD = /^([A-Za-z_]+)\s*:\s*(.*?)\s*$/;
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

/** Front-matter keys naming the outlet (schema.org's `publisher`, Open Graph's `site_name`). */
const OUTLET_KEYS = new Set(['outlet', 'site_name', 'publisher', 'publication']);

function unquote(value: string): string {
  return value.replace(/^(["'])(.*)\1$/, '$2').trim();
}

function frontMatter(fields: string): StatedMeta {
  const stated: StatedMeta = {};
  for (const line of fields.split('\n')) {
    const match = FIELD.exec(line);
    if (!match?.[1] || !match[2]) continue;
    const key = match[1].toLowerCase();
    const value = unquote(match[2]);
    if (value.length === 0) continue;
    if (key === 'title') stated.title = value;
    else if (key === 'author' || key === 'byline') stated.author = value;
    else if (OUTLET_KEYS.has(key)) stated.outlet = value;
    else if (key === 'date' || key === 'published') {
      const date = statedDate(value);
      if (date) stated.published = date;
    } else if (key === 'url' || key === 'canonical') {
      const url = statedUrl(value);
      if (url) stated.url = url;
    }
  }
  return stated;
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
  const body = front ? text.slice(front[0].length) : text;
  const dropped = body
    .split('\n')
    .filter((line) => IMAGE_LINE.test(line))
    .map(droppedImage);
  const html = marked.parse(body, { async: false, gfm: true });
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as {
    document: { body: DomNode };
  };
  const rendered = blocksOf(document.body);
  // A read-later export: its article only, not the app's lines nor the reader's notes.
  const saved = readLaterContent(rendered);
  const blocks = saved?.kept ?? rendered;
  if (saved) dropped.push(...saved.dropped);
  const heading = blocks.find((block) => block.level === 1);
  if (stated.title === undefined && heading) stated.title = heading.text.replace(/\n/g, ' ');
  return { text: blocks.map((block) => block.text).join('\n\n'), stated, dropped };
}
