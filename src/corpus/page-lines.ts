/**
 * Page lines: the lines cleaning dropped that still say something about the article (a photo
 * caption, a photo credit, the byline, staff credits, the dateline), kept with their kind so
 * questions about the page itself ("who took the photo", "when was it published") can be
 * answered verbatim. They never join the article's text: issue #9's rule that furniture is
 * never quoted as reporting stands, and a page line is always shown labelled as what it is.
 *
 * The kind comes from the reason the cleaner (clean.ts, furniture.ts) or a format's reader
 * (html.ts, markdown.ts) gave for dropping the line: no second classifier. Navigation,
 * copyright, link teasers, story-status and correction notes say nothing about the article
 * and are not kept.
 */
import type { DropReason } from './drop-reasons.js';
import type { DroppedLine } from './extraction.js';

/** What a page line is. */
export type PageLineKind = 'caption' | 'credit' | 'byline' | 'credits' | 'dateline';

/** A line of the page around the article's text, verbatim (normalised as the cleaned text is). */
export interface PageLine {
  kind: PageLineKind;
  text: string;
}

/** How a reply names each kind, above the quoted line. */
export const PAGE_LINE_LABEL: Readonly<Record<PageLineKind, string>> = {
  caption: 'photo caption',
  credit: 'photo credit',
  byline: 'byline',
  credits: 'staff credits',
  dateline: 'dateline',
};

/** Each drop reason that names informative page furniture, and its kind; other reasons are not kept. */
const KIND_OF_REASON: Readonly<Partial<Record<DropReason, PageLineKind>>> = {
  'photo caption': 'caption',
  'photo caption or credit': 'caption',
  'photo credit': 'credit',
  byline: 'byline',
  'byline or time stamp': 'byline',
  // A job title on its own line under the name is the byline's field, as in "By Ana Ruiz, Staff
  // Writer" on one line.
  "byline's job title": 'byline',
  'staff credits': 'credits',
  dateline: 'dateline',
  'date line': 'dateline',
  'wire dateline': 'dateline',
  'time stamp': 'dateline',
};

/** A Markdown image line (markdown.ts): `![alt text](url "title")`; its alt text is the caption. */
const MARKDOWN_IMAGE = /^!\[([^\]]*)\]\(/;
/** A caption line that continues the one above it (a hard-wrapped caption), as clean.ts rejoins paragraphs. */
const CONTINUATION_START = /^[a-z]/;
/** Longest page line kept: page furniture is short (furniture.ts bounds its rules at 400). */
const MAX_PAGE_LINE = 600;

/** The kind of page line a dropped line is, or null when it says nothing about the article. */
export function pageLineKind(reason: DropReason): PageLineKind | null {
  return KIND_OF_REASON[reason] ?? null;
}

/**
 * The informative page lines among an article's dropped lines, in file order. A caption
 * hard-wrapped over two lines (the second starting in lower case) is joined with one space,
 * as the cleaner joins the lines of a paragraph; a repeated line is kept once.
 *
 * @example
 * pageLinesOf([{ line: 'Mayor Ito at the gate. Ana Ruiz/The Courier', reason: 'photo caption' }])
 * // [{ kind: 'caption', text: 'Mayor Ito at the gate. Ana Ruiz/The Courier' }]
 */
export function pageLinesOf(dropped: readonly DroppedLine[]): PageLine[] {
  const lines: PageLine[] = [];
  for (const { line, reason } of dropped) {
    const kind = pageLineKind(reason);
    if (kind === null) continue;
    const text = MARKDOWN_IMAGE.exec(line)?.[1]?.trim() ?? line;
    if (text.length === 0 || text.length > MAX_PAGE_LINE) continue;
    const previous = lines[lines.length - 1];
    if (previous?.kind === 'caption' && kind === 'caption' && CONTINUATION_START.test(text)) {
      previous.text = `${previous.text} ${text}`;
      continue;
    }
    if (lines.some((kept) => kept.kind === kind && kept.text === text)) continue;
    lines.push({ kind, text });
  }
  return lines;
}
