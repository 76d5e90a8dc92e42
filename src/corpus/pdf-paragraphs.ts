/**
 * Paragraphs of a PDF page from where its text sits. A PDF holds runs of text placed on the
 * page, not paragraphs: runs on one baseline make a line, and a line starts a new paragraph
 * when the space above it is clearly wider than the page's line spacing, when its type
 * size changes (a heading and the text under it), or when it sits above the previous line (the
 * top of the next column). Lines of one paragraph are kept on lines of their own, as a
 * hard-wrapped paragraph of a text file is, and read whole by cleaning.
 */

import { TITLE_WITHOUT_STOP_END } from './abbreviations.js';
import { ARTICLES } from '../text/determiners.js';

/** A run of text as a PDF reader places it (PDF.js's text content, in page units, y upwards). */
export interface PlacedText {
  str: string;
  /** Left end of the run and its baseline. */
  x: number;
  y: number;
  width: number;
  /** The type size. */
  fontSize: number;
}

interface Line {
  text: string;
  y: number;
  size: number;
  /** Left end of the first run. */
  start: number;
  /** Right end of the last run, for the space between runs. */
  end: number;
  /** How wide the line's first word is, from its share of the first run's characters. */
  firstWord: number;
}

/** How far two baselines may be apart and still be one line, as a share of the type size. */
const SAME_LINE = 0.5;
/** A gap between runs wider than this share of the type size is a space between words. */
const WORD_GAP = 0.15;
/**
 * A space above a line wider than this many times the line spacing of its type size starts a
 * paragraph (typeset paragraphs are set apart by a blank line or extra space, typically half
 * a line or more; 1.3 leaves room for uneven leading).
 */
const PARAGRAPH_GAP = 1.3;
/** Type sizes differing by more than this share are different kinds of text. */
const SIZE_CHANGE = 0.15;
/**
 * Room a line must leave at its column's right edge, beyond the next line's first word, for
 * its break to be deliberate: a space and width estimates' slack, as a share of the type size.
 */
const BREAK_SLACK = 1;
/**
 * Lines of one column start within this many type sizes of each other (its left margin, and a
 * paragraph's first-line indent).
 */
const COLUMN_ALIGN = 2;
/**
 * A gap between runs on one baseline wider than this many type sizes is a column's gutter, not
 * a space: justified text stretches its spaces to well under a type size (an em), while the
 * gutter between columns is commonly one to two picas, 1.2 em and more beside 10-point type.
 */
const GUTTER = 1.5;
/** A line starting as a sentence or a new item does: a capital, a figure, a quotation mark. */
const SENTENCE_START = /^[\p{Lu}\d"“‘'(]/u;

function linesOf(items: readonly PlacedText[]): Line[] {
  const lines: Line[] = [];
  for (const item of items) {
    if (item.str === '') continue;
    const size = item.fontSize > 0 ? item.fontSize : 1;
    const line = lines.at(-1);
    const gap = line === undefined ? 0 : item.x - line.end;
    const sameLine = line !== undefined && Math.abs(item.y - line.y) <= SAME_LINE * size;
    // PDF.js fills the room between runs with a run of spaces as wide: a gutter all the same.
    if (sameLine && item.str.trim() === '' && item.width > GUTTER * Math.max(size, line.size))
      continue;
    if (line !== undefined && sameLine && gap <= GUTTER * Math.max(size, line.size)) {
      const spaced = /\s$/.test(line.text) || /^\s/.test(item.str);
      line.text += !spaced && gap > WORD_GAP * size ? ` ${item.str}` : item.str;
      line.end = item.x + item.width;
      line.size = Math.max(line.size, size);
    } else {
      const word = /\S+/.exec(item.str)?.[0] ?? item.str;
      const firstWord = (item.width * word.length) / Math.max(1, item.str.length);
      lines.push({
        text: item.str,
        y: item.y,
        size,
        start: item.x,
        end: item.x + item.width,
        firstWord,
      });
    }
  }
  return inColumnOrder(
    lines
      .map((line) => ({ ...line, text: line.text.replace(/\s+/g, ' ').trim() }))
      .filter((line) => line.text !== ''),
  );
}

/**
 * The lines in reading order when the page gives its columns row by row: a program that writes
 * each baseline across the page leaves two lines on one baseline, a gutter apart
 * ({@link GUTTER}). Each line then belongs to the rightmost such column starting at or left of
 * it (a headline across the page, at the left margin, to the first), and the columns are read
 * left to right, each in the page's order. A page with no two lines on one baseline is kept as
 * given (its content order is its reading order, as PDF.js gives it).
 */
function inColumnOrder(lines: readonly Line[]): Line[] {
  const starts: number[] = [];
  lines.forEach((line, i) => {
    const before = lines[i - 1];
    if (before === undefined || Math.abs(line.y - before.y) > SAME_LINE * line.size) return;
    for (const start of [before.start, line.start])
      if (!starts.some((known) => Math.abs(known - start) <= COLUMN_ALIGN * line.size))
        starts.push(start);
  });
  if (starts.length < 2) return [...lines];
  starts.sort((a, b) => a - b);
  const columnOf = (line: Line) => {
    let column = 0;
    starts.forEach((start, i) => {
      if (line.start >= start - COLUMN_ALIGN * line.size) column = i;
    });
    return column;
  };
  return lines
    .map((line, order) => ({ line, order, column: columnOf(line) }))
    .sort((a, b) => a.column - b.column || a.order - b.order)
    .map(({ line }) => line);
}

/**
 * The line spacing of text in a type size: the smallest gap between two lines of that size
 * (a paragraph's own lines are never further apart than paragraphs are), and at most the usual
 * leading of 1.2 times the size, so a page whose paragraphs are all one line long is still
 * split (1.2 is the common default leading: TeX's, and CSS's `line-height: normal` in most fonts).
 */
const LEADING = 1.2;
function spacingOf(lines: readonly Line[], size: number): number {
  let spacing = LEADING * size;
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    if (previous === undefined || !sameSize(previous.size, line.size) || line.size !== size) return;
    const gap = previous.y - line.y;
    if (gap > 0) spacing = Math.min(spacing, gap);
  });
  return spacing;
}

const sameSize = (a: number, b: number) => Math.abs(a - b) <= SIZE_CHANGE * Math.max(a, b);

/**
 * A line that ends one sentence and goes on into another it leaves unfinished ("It was. For the
 * eight days that the street stood empty, Mrs Pargeter, now" over "81, stayed at home"): running
 * prose, which typesetting breaks only where a line is full. A line set on its own (a date line, a
 * heading, a kicker) is one phrase or one sentence, never the end of one and the start of another.
 * So however much room a program that wraps by a count of characters leaves at its end, its
 * break is a wrap, and a figure opening the next line goes on the sentence.
 */
const INSIDE_PROSE = /[.!?]["”’)]?\s+\S.*[^\s.!?:;"”’)]$/u;

/**
 * Prepositions seldom left without their complement at the end of a clause (not "in", "on",
 * "up", which are also adverb particles: "the lights stayed on").
 */
const PREPOSITIONS_BEFORE_COMPLEMENT = ['at', 'of', 'to', 'for', 'with', 'from', 'by', 'into'];

/**
 * A line whose last word needs a word after it: an article, which opens a noun phrase (Quirk et
 * al. 1985, 5.10); a coordinator, which joins two conjoins (13.1); a preposition, whose
 * complement follows (9.1); a title written without its full stop before a name
 * ({@link TITLE_WITHOUT_STOP_END}). No line set on its own ends there, so the break is a wrap.
 */
const WORD_BEFORE_ITS_COMPLEMENT = new RegExp(
  String.raw`(?:^|\s)(?:${[...ARTICLES, 'and', 'or', ...PREPOSITIONS_BEFORE_COMPLEMENT].join('|')})$`,
  'u',
);
const endsInsideProse = (text: string): boolean =>
  INSIDE_PROSE.test(text) ||
  WORD_BEFORE_ITS_COMPLEMENT.test(text) ||
  TITLE_WITHOUT_STOP_END.test(text);

/**
 * A figure and a lower-case word ("14 recommendations."): no sentence opens so, since news style
 * spells out a number that would begin one, a year apart (The Chicago Manual of Style, 17th ed.,
 * 9.5; the AP Stylebook, "numerals"); any figure from 1000 to 2099 is left as a possible year.
 * After a line ending without a stop it goes on that line's sentence ("said the council accepted
 * all" over "14 recommendations."), however short the line.
 */
const FIGURE_GOING_ON = /^(?!(?:1\d|20)\d\d\b)\d(?:[\d,.]*\d)?\s+\p{Ll}/u;
const STOP_END = /[.!?:;]["”’)]?$/u;

/**
 * True when the line before `line` was ended on purpose, not wrapped: the first word of `line`,
 * which starts as a sentence does, would have fit in the room the line before leaves at its
 * column's right edge (the furthest any line of its size starting at its left margin reaches). Typesetting
 * wraps a line only when the next word does not fit; a line ended short of that is a line of
 * its own ("Press release, 13 March 2026" above the story's first sentence, with no wider space
 * between them). A lower-case start continues a sentence, and is never split off.
 */
function endedOnPurpose(before: Line, line: Line, lines: readonly Line[]): boolean {
  if (!SENTENCE_START.test(line.text) || endsInsideProse(before.text)) return false;
  if (FIGURE_GOING_ON.test(line.text) && !STOP_END.test(before.text)) return false;
  let edge = before.end;
  for (const other of lines)
    if (
      sameSize(other.size, before.size) &&
      Math.abs(other.start - before.start) <= COLUMN_ALIGN * before.size
    )
      edge = Math.max(edge, other.end);
  return edge - before.end > line.firstWord + BREAK_SLACK * before.size;
}

/**
 * The paragraphs of one page, each its lines joined by line breaks, in the order the page
 * gives its text (PDF.js gives content order, which is reading order for most articles).
 */
export function paragraphsOfPage(items: readonly PlacedText[]): string[] {
  const lines = linesOf(items);
  const spacings = new Map<number, number>();
  const paragraphs: string[][] = [];
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    const gap = previous === undefined ? 0 : previous.y - line.y;
    if (!spacings.has(line.size)) spacings.set(line.size, spacingOf(lines, line.size));
    const starts =
      previous === undefined ||
      gap <= 0 ||
      !sameSize(previous.size, line.size) ||
      gap > PARAGRAPH_GAP * (spacings.get(line.size) as number) ||
      endedOnPurpose(previous, line, lines);
    if (starts) paragraphs.push([line.text]);
    else paragraphs.at(-1)?.push(line.text);
  });
  return paragraphs.map((lines) => lines.join('\n'));
}
