/**
 * Ingestion cleaning: turns an article as received (web page text, page furniture and all)
 * into the article's own wording. Whitespace is normalised and furniture lines are dropped;
 * no word of the article's text is changed, so quotes taken from the cleaned text are
 * verbatim.
 */
import { isCaptionLine, isFurnitureLine, parseDateline } from './furniture.js';
import type { Paragraph, ParagraphKind } from './types.js';

/** The result of {@link cleanArticle}. */
export interface CleanedText {
  /** Paragraphs separated by a blank line; lines of a paragraph joined by one space. */
  text: string;
  paragraphs: Paragraph[];
  /** The first heading of the article, if any: a title candidate. */
  headline: string | null;
  /** A dateline found near the top (a line that is only a date), as `YYYY-MM-DD`. */
  dateline: string | null;
}

/** Blocks this close to the top may hold the dateline. */
const DATELINE_BLOCKS = 6;
/** A paragraph this short without closing punctuation is a heading, not a sentence. */
const HEADING_MAX_WORDS = 16;

/** A paragraph ending like this closed its sentence (closing quotes and brackets may follow). */
const SENTENCE_END = /[.!?…:;]["”’')\]]*$/;
const CONTINUATION_START = /^[a-z]/;

function normaliseWhitespace(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u200B-\u200D\u2060]/g, '')
    .replace(/[ \t\f\v]+/g, ' ');
}

/** Longer than this many characters, a paragraph is body text whatever its ending. */
const HEADING_MAX_LENGTH = 200;

function paragraphKind(text: string): ParagraphKind {
  if (text.length > HEADING_MAX_LENGTH) return 'body';
  const words = text.split(' ').length;
  return words <= HEADING_MAX_WORDS && !/[.!?"”]$/.test(text) ? 'heading' : 'body';
}

/** True when a block is an image caption (its lines end in a credit, or repeat each other). */
function isCaptionBlock(lines: string[]): boolean {
  if (lines.some(isCaptionLine)) return true;
  return lines.some((line, i) => i > 0 && line === lines[i - 1]);
}

/**
 * Cleans one article's raw text.
 *
 * @example
 * cleanArticle('Skip to content\n\nPutin spoke.\n\nhttps://example.com/x').text // 'Putin spoke.'
 */
export function cleanArticle(raw: string): CleanedText {
  const blocks = normaliseWhitespace(raw).split(/\n\s*\n/);
  const kept: string[] = [];
  let dateline: string | null = null;

  blocks.forEach((block, blockIndex) => {
    const lines = block
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0);
    if (lines.length === 0 || isCaptionBlock(lines)) return;
    const words: string[] = [];
    for (const line of lines) {
      if (isFurnitureLine(line)) continue;
      const date = parseDateline(line);
      if (date) {
        if (dateline === null && blockIndex < DATELINE_BLOCKS) dateline = date;
        continue;
      }
      words.push(line);
    }
    if (words.length === 0) return;
    const paragraph = words.join(' ');
    const previous = kept[kept.length - 1];
    // A page break or a block of links can split a sentence in two: rejoin it.
    if (
      previous !== undefined &&
      !SENTENCE_END.test(previous) &&
      CONTINUATION_START.test(paragraph)
    ) {
      kept[kept.length - 1] = `${previous} ${paragraph}`;
    } else {
      kept.push(paragraph);
    }
  });

  const paragraphs: Paragraph[] = [];
  let offset = 0;
  let headline: string | null = null;
  for (const paragraph of kept) {
    const kind = paragraphKind(paragraph);
    if (kind === 'heading') headline ??= paragraph;
    paragraphs.push({ start: offset, end: offset + paragraph.length, kind });
    offset += paragraph.length + 2;
  }
  return { text: kept.join('\n\n'), paragraphs, headline, dateline };
}
