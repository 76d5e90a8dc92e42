/**
 * The verbatim check on shown text: each piece of it between two ellipses ("…", the mark of an
 * omission in a quotation: Chicago Manual of Style 13.50–13.56; APA 7th §8.31) must be a span
 * of the article's file as decoded. Text files are compared as decoded and normalised
 * (normalize.ts), runs of whitespace as one space; a markup file (HTML, Markdown) by the text
 * a browser shows of it (its DOM's text, Markdown rendered by `marked`), whitespace aside, as
 * its blocks stand with none between them in the DOM's text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { marked } from 'marked';
import { parseHTML } from 'linkedom';
import { articleFileOf } from '../../src/corpus/files.js';
import { articleFormat } from '../../src/corpus/formats.js';
import { normalizeText } from '../../src/text/normalize.js';

/** A file's text to find pieces in, and how a piece is put in the same form. */
export interface RawText {
  text: string;
  form: (piece: string) => string;
}

const collapsed = (text: string) => text.replace(/\s+/g, ' ');
const bare = (text: string) => text.replace(/\s+/g, '');

/** The DOM's text of an HTML document: tags gone, entities decoded, scripts and styles left out. */
function domText(html: string): string {
  const { document } = parseHTML(html);
  for (const element of document.querySelectorAll('script, style, template')) element.remove();
  return document.documentElement?.textContent ?? '';
}

/** The text of the article file at `file` (path under `folder`) as decoded, in its form. */
export function rawTextOf(folder: string, file: string): RawText {
  const format = articleFormat(file);
  if (format === null) throw new Error(`not an article file: ${file}`);
  const { raw } = articleFileOf(file, format, readFileSync(path.join(folder, file)));
  if (format === 'text') return { text: collapsed(normalizeText(raw)), form: collapsed };
  const html =
    format === 'markdown'
      ? `<!doctype html><html><body>${marked.parse(raw, { async: false, gfm: true }) as string}</body></html>`
      : raw;
  return { text: bare(normalizeText(domText(html))), form: bare };
}

/** The pieces of `shown` between its ellipses that are no span of `raw` (none: it is verbatim). */
export function piecesNotIn(shown: string, raw: RawText): string[] {
  return shown
    .split('…')
    .map((piece) => piece.trim())
    .filter((piece) => piece.length > 0 && !raw.text.includes(raw.form(piece)));
}
