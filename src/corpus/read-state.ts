/**
 * What reading an article's blocks carries from line to line (read-blocks.ts): the state read
 * so far across blocks, the block being read, and the shape of a rule for one line. The rules
 * live in files by concept (byline-rules.ts, date-rules.ts, read-blocks.ts); the order they are
 * tried in is read-blocks.ts's.
 */
import type { DropReason } from './drop-reasons.js';
import type { DroppedLine } from './extraction.js';

/** Blocks this close to the top may hold the dateline, and a masthead. */
export const DATELINE_BLOCKS = 6;

/** What has been read so far, across blocks. */
export interface ReadState {
  kept: string[];
  dropped: DroppedLine[];
  outlets: string[];
  footerHolders: string[];
  /** Masthead candidates in blocks of headings at the top, in file order. */
  candidates: string[];
  /**
   * Outlets' names read where a page sets its own at the top, the outlet only when the page
   * corroborates one: in nameplates, dropped with their slogans (nameplate.ts), or beside the
   * date on the credit line under the byline (byline-rules.ts).
   */
  nameplates: string[];
  /**
   * Lines with a masthead's shape at the top, right above or below a line stating the
   * publication date in their block (the page's header block: byline-rules.ts), in file order.
   */
  headerNames: string[];
  topHeadingLines: number;
  dateline: string | null;
  /**
   * The day and month a dateline near the top states without a year, as `--MM-DD`
   * (wire-dateline.ts), when no dated line gives the publication date; else null.
   */
  datelineMonthDay: string | null;
  /** The weekday a dateline near the top names alone, 0 (Sunday) to 6 (wire-dateline.ts); else null. */
  datelineWeekday: number | null;
  author: string | null;
  /** A correction notice's label was read: the next date is the correction's. */
  correctionPending: boolean;
  /** A paragraph of body text has been kept: the top of the page is over. */
  seenBody: boolean;
  /** The section labels read above the article, in lower case. */
  sectionLabels: Set<string>;
  /**
   * The items of the page's navigation bars, anywhere on the page, in lower case; read on first
   * call (most pages never need them).
   */
  navigationItems: () => ReadonlySet<string>;
  /** The article's whole text as received, blocks joined by blank lines (built on first call). */
  articleText: () => string;
  /** The width its lines are set to, in characters (hard-wrap.ts textWidth; read on first call). */
  textWidth: () => number;
  /** The display name of the e-mail's sender, if the article came as one (newsletter-masthead.ts). */
  sender: string | null;
  /** The title the file's package states (an e-mail's `Subject`: PageContext.packageTitle), if any. */
  packageTitle: string | null;
  /** A newsletter's name as a product its masthead states ("Echo Daily Briefing"), if any. */
  newsletter: string | null;
  /** The body issuing a press release, named in its header (press-release.ts), if any. */
  issuer: string | null;
  /** Lines found to be rows of buttons before whitespace was collapsed (button-row.ts). */
  buttonRows: ReadonlySet<string>;
  /**
   * The items of the page's lists (`<li>`, Markdown's "- …"), whitespace collapsed: each a
   * paragraph of its own, never run on into its neighbour (PageContext.listItems).
   */
  listItems: ReadonlySet<string>;
  /**
   * The lines of the signature block under a letter's close still to read, in order
   * (letter-signature.ts): empty but right after the close.
   */
  signature: string[];
}

/** One block being read: its lines, where it stands, and the words kept from it so far. */
export interface Block {
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
  /** The last line of the block above, if any. */
  above?: string;
  /** The first line of the block below, if any: none at the foot of the page. */
  below?: string;
  /** The lines of the block below, if any. */
  belowLines?: readonly string[];
}

/**
 * A rule for one line (`lineIndex` counts from 0 within `block.lines`): true when it consumed
 * the line (dropped it, or kept part of it), false to let the next rule try.
 */
export type LineRule = (state: ReadState, block: Block, line: string, lineIndex: number) => boolean;

/** Records `line` as dropped for `reason`. */
export function drop(state: ReadState, line: string, reason: DropReason): void {
  state.dropped.push({ line, reason });
}

/** Records an outlet a line names, if any. */
export function stateOutlet(state: ReadState, outlet: string | null): void {
  if (outlet !== null) state.outlets.push(outlet);
}

/** The first date near the top is the publication's. */
export function takeDate(state: ReadState, block: Block, date: string | null): void {
  if (date !== null && state.dateline === null && block.nearTop) state.dateline = date;
}
