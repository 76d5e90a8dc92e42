/**
 * Ingestion cleaning: turns an article as received (web page text, page furniture and all)
 * into the article's own wording. Text is normalised ({@link normalizeText}: NFC, invisible
 * characters, Unicode spaces), whitespace is collapsed and furniture lines are dropped; no
 * word of the article's text is changed, so quotes taken from the cleaned text are verbatim.
 * Every dropped line is returned with the rule that dropped it.
 */
import { normalizeText } from '../text/normalize.js';
import { isBareName, parseByline } from './byline.js';
import { parseDateline } from './dates.js';
import { copyrightHolder, outletKey } from './copyright.js';
import type { DropReason } from './drop-reasons.js';
import type { DroppedLine } from './extraction.js';
import {
  correctionLabel,
  furnitureReason,
  isCaptionLine,
  isLinkListLabel,
  parseTimestamp,
} from './furniture.js';
import { outletInTitle, withoutSiteName } from './headline.js';
import { isRoleLine, isSectionName } from './credit-fields.js';
import { isMastheadName, isMastheadShape, isMastheadTagline, mastheadOutlet } from './masthead.js';
import { parseMetadataLine } from './metadata-line.js';
import type { Paragraph, ParagraphKind } from './types.js';
import { parseWireDateline } from './wire-dateline.js';

/** The result of {@link cleanArticle}. */
export interface CleanedText {
  /** Paragraphs separated by a blank line; lines of a paragraph joined by one space. */
  text: string;
  paragraphs: Paragraph[];
  /** The first heading of the article, if any: a title candidate. */
  headline: string | null;
  /** The publication date near the top (a dateline, a "Published …" line or a dated byline), as `YYYY-MM-DD`. */
  dateline: string | null;
  /** The author a byline names, if any. */
  author: string | null;
  /**
   * The outlet the page states, if any: first a byline, metadata line or wire dateline naming
   * one ("Kestrel Courier · Ana Ruiz · March 5, 2021"), then the site name beside the headline
   * ("Pier repairs | Gull Bay Times"), then a corroborated masthead (masthead.ts), then the
   * copyright notice at the foot of the page ("(c) Kellan Courier 2026").
   */
  outlet: string | null;
  /** Lines that did not reach the text, with the reason, in file order. */
  dropped: DroppedLine[];
}

/** Blocks this close to the top may hold the dateline, and a masthead. */
const DATELINE_BLOCKS = 6;
/** Masthead lines read at the top at most: a page names its outlet once or twice there. */
const MAX_MASTHEAD_CANDIDATES = 4;
/** A paragraph this short without closing punctuation is a heading, not a sentence. */
const HEADING_MAX_WORDS = 16;
/** Longer than this many characters, a paragraph is body text whatever its ending. */
const HEADING_MAX_LENGTH = 200;

/** A paragraph ending like this closed its sentence (closing quotes and brackets may follow). */
const SENTENCE_END = /[.!?…:;]["”’')\]]*$/;
/** A sentence's final punctuation: a headline may end with a quotation mark, a sentence ends with this. */
const CLOSING_PUNCTUATION = /[.!?…]["”’'»)\]]*$/;
const CONTINUATION_START = /^[a-z]/;
/** A line going on with the sentence above it: a lower-case word (not a URL, "https://…"). */
const RUNS_ON = /^\p{Ll}[\p{Ll}'’-]*(?:[\s,;.!?]|$)/u;
/**
 * A headline quoting someone: "Mayor: “We will not raise taxes.”", "Residents ask: "Who will
 * pay?"". Its closing punctuation is the quotation's, inside the closing quotation mark.
 */
const QUOTING_HEADLINE = /^[^"“‘«'.!?]{1,80}:\s*["“‘«'].*[.!?…]["”’»']$/;

/**
 * A paragraph's kind; the first paragraph of an article below any headings (a masthead, a
 * section label) may also be a headline quoting someone, which ends like a sentence (only
 * there: further down, such a line is reporting).
 */
function kindAt(text: string, atTop: boolean): ParagraphKind {
  const kind = paragraphKind(text);
  if (
    kind === 'body' &&
    atTop &&
    text.length <= HEADING_MAX_LENGTH &&
    text.split(' ').length <= HEADING_MAX_WORDS &&
    QUOTING_HEADLINE.test(text)
  )
    return 'heading';
  return kind;
}

function prepare(raw: string): string {
  return normalizeText(raw)
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/[ \t\f\v]+/g, ' ');
}

function paragraphKind(text: string): ParagraphKind {
  if (text.length > HEADING_MAX_LENGTH) return 'body';
  const words = text.split(' ').length;
  return words <= HEADING_MAX_WORDS && !CLOSING_PUNCTUATION.test(text) ? 'heading' : 'body';
}

/** True when a block is an image caption (its lines end in a credit, or repeat each other). */
function isCaptionBlock(lines: string[]): boolean {
  // "BY MARIA LOPEZ / STAFF WRITER" has a caption credit's shape but is a byline.
  if (lines.some((line) => isCaptionLine(line) && parseByline(line) === null)) return true;
  return lines.some((line, i) => i > 0 && line === lines[i - 1]);
}

/** True for a line that is a date line or a time stamp ("Friday, April 25, 2025"). */
function datedNext(line: string | undefined): boolean {
  return line !== undefined && (parseDateline(line) !== null || parseTimestamp(line) !== null);
}

/** True for a reporter's e-mail address, which makes the bare name above it a byline. */
function isContactLine(line: string): boolean {
  return furnitureReason(line) === 'e-mail address';
}

/** What reading an article's blocks gives: its paragraphs, what it states, what was dropped. */
interface BlocksRead {
  kept: string[];
  dropped: DroppedLine[];
  dateline: string | null;
  author: string | null;
  /** Outlets bylines, metadata lines and wire datelines name, in file order. */
  outlets: string[];
  /** Rights holders named by copyright notices after the last paragraph of body text. */
  footerHolders: string[];
  /** Lines at the top, before the body, with a masthead's shape, in a block of headings. */
  mastheads: string[];
  /** Lines kept at the top, before the body, in blocks of headings. */
  topHeadingLines: number;
}

/**
 * Reads an article's blocks into paragraphs, dropping furniture. Each line of `mastheads` is
 * dropped as the masthead where it stands at the top of the page.
 */
function readBlocks(blocks: readonly string[], mastheads: ReadonlySet<string>): BlocksRead {
  const kept: string[] = [];
  const dropped: DroppedLine[] = [];
  const outlets: string[] = [];
  let footerHolders: string[] = [];
  const candidates: string[] = [];
  let topHeadingLines = 0;
  let dateline: string | null = null;
  let author: string | null = null;
  let correctionPending = false;
  let seenBody = false;
  const drop = (line: string, reason: DropReason) => dropped.push({ line, reason });
  const stateOutlet = (outlet: string | null) => {
    if (outlet !== null) outlets.push(outlet);
  };

  blocks.forEach((block, blockIndex) => {
    const lines = block
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0);
    if (lines.length === 0) return;
    if (isCaptionBlock(lines)) {
      // A credit line of the caption ("Photo by Ana Ruiz") keeps its own kind: page-lines.ts
      // shows it as one. A labelled line ("Image: picture-alliance/AP/D. Lovetsky") may give a
      // caption or a credit; after the caption's own line it is the credit, the caption being said.
      lines.forEach((line, i) => {
        const reason = furnitureReason(line);
        const credit = reason === 'photo credit' || (reason === 'photo caption or credit' && i > 0);
        drop(line, credit ? 'photo credit' : 'photo caption');
      });
      return;
    }
    // A label over a list of headlines ("Related:" / "Kelderby opens …" / "Flood defences: …"):
    // links to other pages, never one paragraph of the article.
    const [label, ...items] = lines;
    if (
      label !== undefined &&
      items.length > 0 &&
      isLinkListLabel(label) &&
      items.every((item) => paragraphKind(item) === 'heading')
    ) {
      drop(label, 'navigation');
      items.forEach((item) => drop(item, 'link to another page'));
      return;
    }
    const nearTop = blockIndex < DATELINE_BLOCKS;
    const atTop = nearTop && !seenBody;
    const takeDate = (date: string | null) => {
      if (date !== null && dateline === null && nearTop) dateline = date;
    };
    const bareNameByline =
      !seenBody &&
      lines.length > 1 &&
      lines.some((line) => isContactLine(line) || isRoleLine(line));
    // The block right under the headline: the paragraph above is a heading in title or
    // sentence case, not an outlet's name.
    const headlineAbove = kept[kept.length - 1];
    const underHeadlineBlock =
      atTop &&
      headlineAbove !== undefined &&
      /\p{Ll}/u.test(headlineAbove) &&
      paragraphKind(headlineAbove) === 'heading' &&
      !isMastheadName(headlineAbove);
    const words: string[] = [];
    const blockMastheads: string[] = [];
    lines.forEach((line, lineIndex) => {
      // A byline first: its separators ("By Ana Ruiz · The Post · March 9, 2021") would
      // otherwise read as a navigation bar, and its author and date would be lost.
      const byline = parseByline(line);
      if (byline !== null) {
        author ??= byline.author;
        stateOutlet(byline.outlet);
        if (!correctionPending) takeDate(byline.date);
        drop(line, 'byline');
        return;
      }
      // A correction's label and date before metadata: its date is not the publication's.
      const label = correctionLabel(line);
      if (label !== null && (label === '' || parseDateline(label) !== null)) {
        correctionPending = label === '';
        drop(line, label === '' ? 'correction notice label' : 'correction date');
        return;
      }
      // Then a byline or time stamp without "By" ("Kestrel Courier · Ana Ruiz · March 5,
      // 2021"), also before the navigation-bar rule for the same reason.
      // Under a headline in the same block ("Storm leaves … coast" / "Priya Nair · Coastline
      // Times"), a name and an outlet are the credit, never a second line of the headline.
      // A masthead's tagline ("Serving … since 1887 | Issue 7,212 | Price £1.50") describes the paper.
      if (atTop && isMastheadTagline(line)) {
        drop(line, 'masthead');
        return;
      }
      const above = words.join(' ');
      const underHeadline = atTop && /\p{Ll}/u.test(above) && paragraphKind(above) === 'heading';
      const stated = parseMetadataLine(line, { underHeadline });
      if (stated !== null) {
        author ??= stated.author;
        stateOutlet(stated.outlet);
        if (!correctionPending) takeDate(stated.published);
        // Without an author it is a time stamp ("Published January 15, 2021 | Updated …").
        drop(line, stated.author === null ? 'time stamp' : 'byline or time stamp');
        return;
      }
      // A promotion ("Sign up for our newsletter, …") is furniture only as whole sentences
      // of its own, not inside a paragraph of reporting.
      const previous = words[words.length - 1];
      const standalone =
        (previous === undefined || SENTENCE_END.test(previous)) &&
        (lineIndex === lines.length - 1 || SENTENCE_END.test(line));
      // A line whose sentence runs on into the next ("Subscribe to the newsletter and you will
      // hear nothing," / "the traders said …") is a piece of its paragraph, read whole below.
      const runsOn = !SENTENCE_END.test(line) && RUNS_ON.test(lines[lineIndex + 1] ?? '');
      const reason = runsOn ? null : furnitureReason(line, { standalone });
      if (reason !== null) {
        if (reason === 'copyright notice') {
          const holder = copyrightHolder(line);
          if (holder !== null) footerHolders.push(holder);
        }
        drop(line, reason);
        return;
      }
      // A section's label above the article ("OPINION", "Local News"), a kicker: the site's
      // sections, not the article's words.
      if (atTop && isSectionName(line)) {
        drop(line, 'navigation');
        return;
      }
      const timestamp = parseTimestamp(line);
      if (timestamp !== null) {
        takeDate(timestamp.published);
        drop(line, 'time stamp');
        return;
      }
      // A bare name is a byline only at the head of a block that also gives an e-mail address or
      // a role, or, under the headline, the date line ("Mark Fennimore" / "Friday, April 25, 2025").
      if (
        words.length === 0 &&
        isBareName(line) &&
        (bareNameByline || (underHeadlineBlock && datedNext(lines[lineIndex + 1])))
      ) {
        author ??= line;
        drop(line, 'byline');
        return;
      }
      const date = parseDateline(line);
      if (date !== null) {
        if (correctionPending) {
          correctionPending = false;
          drop(line, 'correction date');
        } else {
          const isDateline = dateline === null && nearTop;
          takeDate(date);
          drop(line, isDateline ? 'dateline' : 'date line');
        }
        return;
      }
      // A wire dateline opening the story ("LONDON, March 3 (Reuters) - The …") states the
      // date and outlet; the sentence after its dash is the article's own wording.
      const wire = atTop && words.length === 0 ? parseWireDateline(line) : null;
      if (wire !== null) {
        stateOutlet(wire.outlet);
        if (!correctionPending) takeDate(wire.published);
        drop(wire.dateline, 'wire dateline');
        words.push(line.slice(wire.end));
        return;
      }
      if (atTop && mastheads.has(line)) {
        drop(line, 'masthead');
        return;
      }
      if (atTop && isMastheadShape(line)) blockMastheads.push(line);
      words.push(line);
    });
    if (words.length === 0) return;
    const paragraph = words.join(' ');
    // A paragraph hard-wrapped over lines ("Get the … every weekday - sign" / "up here.") is
    // furniture as it would be on one line: its rules read the whole paragraph.
    const wrapped = words.length > 1 ? furnitureReason(paragraph, { standalone: true }) : null;
    if (wrapped !== null) {
      drop(paragraph, wrapped);
      return;
    }
    if (paragraphKind(paragraph) === 'body') {
      seenBody = true;
      correctionPending = false;
      // A notice above body text is no page footer (a photo's "© Agency" among paragraphs).
      footerHolders = [];
    } else if (atTop && words.every((line) => paragraphKind(line) === 'heading')) {
      // Masthead candidates stand in a block of headings (the masthead with the headline, or alone).
      topHeadingLines += words.length;
      candidates.push(...blockMastheads);
    }
    const last = kept[kept.length - 1];
    // A page break or a block of links can split a sentence in two: rejoin it.
    if (last !== undefined && !SENTENCE_END.test(last) && CONTINUATION_START.test(paragraph)) {
      kept[kept.length - 1] = `${last} ${paragraph}`;
    } else {
      kept.push(paragraph);
    }
  });
  return {
    kept,
    dropped,
    dateline,
    author,
    outlets,
    footerHolders,
    mastheads: candidates.slice(0, MAX_MASTHEAD_CANDIDATES),
    topHeadingLines,
  };
}

/** Kept paragraphs as text: their offsets and kinds, and the heading read as the headline. */
function assemble(kept: readonly string[]): {
  text: string;
  paragraphs: Paragraph[];
  headline: string | null;
} {
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  let firstHeading: string | null = null;
  let headline: string | null = null;
  let capitalsHeading: string | null = null;
  let atTop = true;
  for (const paragraph of kept) {
    const kind = kindAt(paragraph, atTop && headline === null);
    atTop &&= kind === 'heading';
    // An outlet's name set as a masthead is never the title: it names the outlet, not the article.
    if (kind === 'heading' && !isMastheadName(paragraph)) {
      firstHeading ??= paragraph;
      // A one-word heading above the headline is a section label ("World", "Politics"), and
      // one in capitals only is a masthead or a label ("THE DAILY COURIER"): headlines are
      // set in title or sentence case, so such a line is the title only when nothing else is.
      if (paragraph.includes(' ')) {
        if (/\p{Ll}/u.test(paragraph)) headline ??= paragraph;
        else capitalsHeading ??= paragraph;
      }
    }
    paragraphs.push({ start: offset, end: offset + paragraph.length, kind });
    offset += paragraph.length + 2;
  }
  return {
    text: kept.join('\n\n'),
    paragraphs,
    headline: headline ?? capitalsHeading ?? firstHeading,
  };
}

/** The one rights holder the page's footer names (two different ones: none, never a choice). */
function footerHolder(holders: readonly string[]): string | null {
  const first = holders[0];
  if (first === undefined) return null;
  return holders.every((holder) => outletKey(holder) === outletKey(first)) ? first : null;
}

/**
 * The masthead line the page corroborates, and the outlet it names (masthead.ts), or null. A
 * masthead stands beside the headline, so a lone heading line at the top is the headline.
 */
function findMasthead(
  read: BlocksRead,
  text: string,
  paragraphs: readonly Paragraph[],
  headline: string | null,
): { line: string; outlet: string } | null {
  if (read.mastheads.length === 0 || read.topHeadingLines < 2) return null;
  const title = headline === null ? null : outletInHeadline(headline);
  const evidence = {
    outlets: [...read.outlets, ...read.footerHolders, ...(title === null ? [] : [title])],
    credits: read.dropped
      .filter(({ reason }) => reason === 'photo credit' || reason === 'photo caption')
      .map(({ line }) => line),
    body: paragraphs
      .filter((paragraph) => paragraph.kind === 'body')
      .map((paragraph) => text.slice(paragraph.start, paragraph.end))
      .join('\n'),
  };
  for (const line of read.mastheads) {
    const outlet = mastheadOutlet(line, evidence);
    if (outlet !== null) return { line, outlet };
  }
  return null;
}

/**
 * The outlet a headline copied with its page title's site name states ("Pier repairs finished
 * early | Gull Bay Times" → "Gull Bay Times"): the rule an HTML `<title>` is read by
 * (headline.ts), with the headline without its site name in the place of the `h1`.
 */
function outletInHeadline(headline: string, site?: string): string | null {
  const bare = withoutSiteName(headline, { site });
  return bare === headline ? null : outletInTitle(headline, bare);
}

/**
 * Blocks near the top whose first line is an outlet's name set as a masthead (masthead.ts),
 * with more lines under it and no blank line between ("Velmora Courier" / "Quay Street cafés
 * count the cost"), split after that line: the name is no part of the headline under it.
 */
function splitMastheadLines(blocks: readonly string[]): string[] {
  return blocks.flatMap((block, blockIndex) => {
    if (blockIndex >= DATELINE_BLOCKS) return [block];
    const lines = block.split('\n');
    const first = lines.findIndex((line) => line.trim().length > 0);
    const rest = lines.slice(first + 1);
    if (first === -1 || rest.every((line) => line.trim().length === 0)) return [block];
    return isMastheadName(lines[first]?.trim() ?? '')
      ? [lines[first] ?? '', rest.join('\n')]
      : [block];
  });
}

/**
 * Cleans one article's raw text.
 *
 * @example
 * cleanArticle('Skip to content\n\nPutin spoke.\n\nhttps://example.com/x').text // 'Putin spoke.'
 */
export function cleanArticle(raw: string): CleanedText {
  const blocks = splitMastheadLines(prepare(raw).split(/\n\s*\n/));
  let read = readBlocks(blocks, new Set());
  let assembled = assemble(read.kept);
  const masthead = findMasthead(read, assembled.text, assembled.paragraphs, assembled.headline);
  if (masthead !== null) {
    // Read again without the masthead line: beside the headline in one block, it was read as
    // part of it.
    read = readBlocks(blocks, new Set([masthead.line]));
    assembled = assemble(read.kept);
  }
  const { text, paragraphs } = assembled;
  const stated = read.outlets[0] ?? masthead?.outlet ?? footerHolder(read.footerHolders);
  let headline = assembled.headline;
  let outlet = read.outlets[0] ?? null;
  if (headline !== null) {
    // A headline copied with the page title's site name ("Harbour fees to double | Kestrel
    // Courier"): the title is the headline alone; the text keeps the line as it was.
    outlet ??= outletInHeadline(headline, stated ?? undefined);
    headline = withoutSiteName(headline, { site: stated ?? undefined });
  }
  outlet ??= stated;
  const { dateline, author, dropped } = read;
  return { text, paragraphs, headline, dateline, author, outlet, dropped };
}
