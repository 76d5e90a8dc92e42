/**
 * Reading an article's blocks (runs of lines between blank lines) into paragraphs: decides,
 * line by line and in a fixed order, which lines are furniture (bylines, time stamps,
 * datelines, correction notices, mastheads, section labels, promotions, copyright notices …),
 * what those lines state (author, date, outlet), and which lines are the article's own words.
 * The order matters: a byline's separators would otherwise read as a navigation bar, and a
 * correction's date as the publication's. Each rule is one function over {@link ReadState}.
 */
import { isBareName, parseByline } from './byline.js';
import { blockFurniture } from './block-furniture.js';
import { copyrightHolder } from './copyright.js';
import { isRoleLine, isSectionName } from './credit-fields.js';
import { parseDateline } from './dates.js';
import type { DropReason } from './drop-reasons.js';
import type { DroppedLine } from './extraction.js';
import { correctionLabel, furnitureReason, parseTimestamp } from './furniture.js';
import { isMastheadName, isMastheadShape, isMastheadTagline } from './masthead.js';
import { parseMetadataLine } from './metadata-line.js';
import { paragraphKind } from './paragraph-kind.js';
import { parseWireDateline } from './wire-dateline.js';

/** Blocks this close to the top may hold the dateline, and a masthead. */
export const DATELINE_BLOCKS = 6;
/** Masthead lines read at the top at most: a page names its outlet once or twice there. */
const MAX_MASTHEAD_CANDIDATES = 4;

/** A paragraph ending like this closed its sentence (closing quotes and brackets may follow). */
const SENTENCE_END = /[.!?…:;]["”’')\]]*$/;
const CONTINUATION_START = /^[a-z]/;
/** A line going on with the sentence above it: a lower-case word (not a URL, "https://…"). */
const RUNS_ON = /^\p{Ll}[\p{Ll}'’-]*(?:[\s,;.!?]|$)/u;

/** What reading an article's blocks gives: its paragraphs, what it states, what was dropped. */
export interface BlocksRead {
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

/** What has been read so far, across blocks. */
interface ReadState {
  kept: string[];
  dropped: DroppedLine[];
  outlets: string[];
  footerHolders: string[];
  /** Masthead candidates in blocks of headings at the top, in file order. */
  candidates: string[];
  topHeadingLines: number;
  dateline: string | null;
  author: string | null;
  /** A correction notice's label was read: the next date is the correction's. */
  correctionPending: boolean;
  /** A paragraph of body text has been kept: the top of the page is over. */
  seenBody: boolean;
}

/** One block being read: its lines, where it stands, and the words kept from it so far. */
interface Block {
  lines: string[];
  /** Among the first {@link DATELINE_BLOCKS} blocks. */
  nearTop: boolean;
  /** Near the top, with no body text above. */
  atTop: boolean;
  /** A bare name heading the block is a byline: the block gives an e-mail address or a role. */
  bareNameByline: boolean;
  /** The block stands right under the headline. */
  underHeadline: boolean;
  /** Lines a first reading found to be the masthead: dropped as such at the top. */
  knownMastheads: ReadonlySet<string>;
  /** Lines kept from the block so far. */
  words: string[];
  /** Kept lines with a masthead's shape, candidates if the block is all headings at the top. */
  mastheadCandidates: string[];
}

/** A rule for one line: true when it consumed the line (dropped it, or kept part of it). */
type LineRule = (state: ReadState, block: Block, line: string, lineIndex: number) => boolean;

function drop(state: ReadState, line: string, reason: DropReason): void {
  state.dropped.push({ line, reason });
}

function stateOutlet(state: ReadState, outlet: string | null): void {
  if (outlet !== null) state.outlets.push(outlet);
}

/** The first date near the top is the publication's. */
function takeDate(state: ReadState, block: Block, date: string | null): void {
  if (date !== null && state.dateline === null && block.nearTop) state.dateline = date;
}

/** True for a line that is a date line or a time stamp ("Friday, April 25, 2025"). */
function datedNext(line: string | undefined): boolean {
  return line !== undefined && (parseDateline(line) !== null || parseTimestamp(line) !== null);
}

/** True for a reporter's e-mail address, which makes the bare name above it a byline. */
function isContactLine(line: string): boolean {
  return furnitureReason(line) === 'e-mail address';
}

/**
 * A byline first: its separators ("By Ana Ruiz · The Post · March 9, 2021") would otherwise
 * read as a navigation bar, and its author and date would be lost.
 */
const readByline: LineRule = (state, block, line) => {
  const byline = parseByline(line);
  if (byline === null) return false;
  state.author ??= byline.author;
  stateOutlet(state, byline.outlet);
  if (!state.correctionPending) takeDate(state, block, byline.date);
  drop(state, line, 'byline');
  return true;
};

/** A correction's label and date before metadata: its date is not the publication's. */
const readCorrection: LineRule = (state, _block, line) => {
  const label = correctionLabel(line);
  if (label === null || (label !== '' && parseDateline(label) === null)) return false;
  state.correctionPending = label === '';
  drop(state, line, label === '' ? 'correction notice label' : 'correction date');
  return true;
};

/** A masthead's tagline ("Serving … since 1887 | Issue 7,212 | Price £1.50") describes the paper. */
const readMastheadTagline: LineRule = (state, block, line) => {
  if (!block.atTop || !isMastheadTagline(line)) return false;
  drop(state, line, 'masthead');
  return true;
};

/**
 * A byline or time stamp without "By" ("Kestrel Courier · Ana Ruiz · March 5, 2021"), also
 * before the navigation-bar rule. Under a headline in the same block ("Storm leaves … coast" /
 * "Priya Nair · Coastline Times"), a name and an outlet are the credit, never a second line of
 * the headline.
 */
const readMetadataLine: LineRule = (state, block, line) => {
  const above = block.words.join(' ');
  const underHeadline = block.atTop && /\p{Ll}/u.test(above) && paragraphKind(above) === 'heading';
  const stated = parseMetadataLine(line, { underHeadline });
  if (stated === null) return false;
  state.author ??= stated.author;
  stateOutlet(state, stated.outlet);
  if (!state.correctionPending) takeDate(state, block, stated.published);
  // Without an author it is a time stamp ("Published January 15, 2021 | Updated …").
  drop(state, line, stated.author === null ? 'time stamp' : 'byline or time stamp');
  return true;
};

/**
 * Furniture by the line's own wording (furniture.ts). A copyright notice's holder is kept: after
 * the last paragraph of body text, it is the page's footer naming the outlet.
 */
const readFurniture: LineRule = (state, block, line, lineIndex) => {
  const { lines, words } = block;
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
  if (reason === null) return false;
  if (reason === 'copyright notice') {
    const holder = copyrightHolder(line);
    if (holder !== null) state.footerHolders.push(holder);
  }
  drop(state, line, reason);
  return true;
};

/** A section's label above the article ("OPINION", "Local News"), a kicker: the site's sections. */
const readSectionLabel: LineRule = (state, block, line) => {
  if (!block.atTop || !isSectionName(line)) return false;
  drop(state, line, 'navigation');
  return true;
};

/** A time stamp ("Published March 5, 2021 | Updated …", furniture.ts): its publication date counts. */
const readTimestamp: LineRule = (state, block, line) => {
  const timestamp = parseTimestamp(line);
  if (timestamp === null) return false;
  takeDate(state, block, timestamp.published);
  drop(state, line, 'time stamp');
  return true;
};

/**
 * A bare name is a byline only at the head of a block that also gives an e-mail address or a
 * role, or, under the headline, the date line ("Mark Fennimore" / "Friday, April 25, 2025").
 */
const readBareNameByline: LineRule = (state, block, line, lineIndex) => {
  if (
    block.words.length > 0 ||
    !isBareName(line) ||
    !(block.bareNameByline || (block.underHeadline && datedNext(block.lines[lineIndex + 1])))
  )
    return false;
  state.author ??= line;
  drop(state, line, 'byline');
  return true;
};

/** A date on its own line: a correction's, else the dateline near the top, else a date line. */
const readDateLine: LineRule = (state, block, line) => {
  const date = parseDateline(line);
  if (date === null) return false;
  if (state.correctionPending) {
    state.correctionPending = false;
    drop(state, line, 'correction date');
  } else {
    const isDateline = state.dateline === null && block.nearTop;
    takeDate(state, block, date);
    drop(state, line, isDateline ? 'dateline' : 'date line');
  }
  return true;
};

/**
 * A wire dateline opening the story ("LONDON, March 3 (Reuters) - The …") states the date and
 * outlet; the sentence after its dash is the article's own wording.
 */
const readWireDateline: LineRule = (state, block, line) => {
  const wire = block.atTop && block.words.length === 0 ? parseWireDateline(line) : null;
  if (wire === null) return false;
  stateOutlet(state, wire.outlet);
  if (!state.correctionPending) takeDate(state, block, wire.published);
  drop(state, wire.dateline, 'wire dateline');
  block.words.push(line.slice(wire.end));
  return true;
};

/** A line found to be the masthead (on a first reading) where it stands at the top. */
const readKnownMasthead: LineRule = (state, block, line) => {
  if (!block.atTop || !block.knownMastheads.has(line)) return false;
  drop(state, line, 'masthead');
  return true;
};

/** The line rules, in the order they are tried. */
const LINE_RULES: readonly LineRule[] = [
  readByline,
  readCorrection,
  readMastheadTagline,
  readMetadataLine,
  readFurniture,
  readSectionLabel,
  readTimestamp,
  readBareNameByline,
  readDateLine,
  readWireDateline,
  readKnownMasthead,
];

/** Reads one line: dropped by the first rule that takes it, else kept as a word of the block. */
function readLine(state: ReadState, block: Block, line: string, lineIndex: number): void {
  if (LINE_RULES.some((rule) => rule(state, block, line, lineIndex))) return;
  if (block.atTop && isMastheadShape(line)) block.mastheadCandidates.push(line);
  block.words.push(line);
}

/** Where a block stands, from what was read above it. */
function blockAt(
  state: ReadState,
  lines: string[],
  blockIndex: number,
  mastheads: ReadonlySet<string>,
): Block {
  const nearTop = blockIndex < DATELINE_BLOCKS;
  const atTop = nearTop && !state.seenBody;
  // The block right under the headline: the paragraph above is a heading in title or
  // sentence case, not an outlet's name.
  const headlineAbove = state.kept[state.kept.length - 1];
  return {
    lines,
    nearTop,
    atTop,
    bareNameByline:
      !state.seenBody &&
      lines.length > 1 &&
      lines.some((line) => isContactLine(line) || isRoleLine(line)),
    underHeadline:
      atTop &&
      headlineAbove !== undefined &&
      /\p{Ll}/u.test(headlineAbove) &&
      paragraphKind(headlineAbove) === 'heading' &&
      !isMastheadName(headlineAbove),
    knownMastheads: mastheads,
    words: [],
    mastheadCandidates: [],
  };
}

/** Keeps the words left of a block as one paragraph, unless the whole paragraph is furniture. */
function keepParagraph(state: ReadState, block: Block): void {
  const { words } = block;
  if (words.length === 0) return;
  const paragraph = words.join(' ');
  // A paragraph hard-wrapped over lines ("Get the … every weekday - sign" / "up here.") is
  // furniture as it would be on one line: its rules read the whole paragraph.
  const wrapped = words.length > 1 ? furnitureReason(paragraph, { standalone: true }) : null;
  if (wrapped !== null) {
    drop(state, paragraph, wrapped);
    return;
  }
  if (paragraphKind(paragraph) === 'body') {
    state.seenBody = true;
    state.correctionPending = false;
    // A notice above body text is no page footer (a photo's "© Agency" among paragraphs).
    state.footerHolders = [];
  } else if (block.atTop && words.every((line) => paragraphKind(line) === 'heading')) {
    // Masthead candidates stand in a block of headings (the masthead with the headline, or alone).
    state.topHeadingLines += words.length;
    state.candidates.push(...block.mastheadCandidates);
  }
  const last = state.kept[state.kept.length - 1];
  // A page break or a block of links can split a sentence in two: rejoin it.
  if (last !== undefined && !SENTENCE_END.test(last) && CONTINUATION_START.test(paragraph)) {
    state.kept[state.kept.length - 1] = `${last} ${paragraph}`;
  } else {
    state.kept.push(paragraph);
  }
}

function readBlock(
  state: ReadState,
  text: string,
  blockIndex: number,
  mastheads: ReadonlySet<string>,
): void {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  if (lines.length === 0) return;
  const furniture = blockFurniture(lines);
  if (furniture !== null) {
    state.dropped.push(...furniture);
    return;
  }
  const block = blockAt(state, lines, blockIndex, mastheads);
  lines.forEach((line, lineIndex) => readLine(state, block, line, lineIndex));
  keepParagraph(state, block);
}

/**
 * Reads an article's blocks into paragraphs, dropping furniture. Each line of `mastheads` is
 * dropped as the masthead where it stands at the top of the page.
 */
export function readBlocks(blocks: readonly string[], mastheads: ReadonlySet<string>): BlocksRead {
  const state: ReadState = {
    kept: [],
    dropped: [],
    outlets: [],
    footerHolders: [],
    candidates: [],
    topHeadingLines: 0,
    dateline: null,
    author: null,
    correctionPending: false,
    seenBody: false,
  };
  blocks.forEach((text, blockIndex) => readBlock(state, text, blockIndex, mastheads));
  return {
    kept: state.kept,
    dropped: state.dropped,
    dateline: state.dateline,
    author: state.author,
    outlets: state.outlets,
    footerHolders: state.footerHolders,
    mastheads: state.candidates.slice(0, MAX_MASTHEAD_CANDIDATES),
    topHeadingLines: state.topHeadingLines,
  };
}
