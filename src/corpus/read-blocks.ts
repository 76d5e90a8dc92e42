/**
 * Reading an article's blocks (runs of lines between blank lines) into paragraphs: decides,
 * line by line and in a fixed order, which lines are furniture (bylines, time stamps,
 * datelines, correction notices, mastheads, section labels, promotions, copyright notices …),
 * what those lines state (author, date, outlet), and which lines are the article's own words.
 * The order matters: a byline's separators would otherwise read as a navigation bar, and a
 * correction's date as the publication's. Each rule is one function over {@link ReadState}
 * (read-state.ts); the rules for bylines and for dates have files of their own
 * (byline-rules.ts, date-rules.ts), the rest are here.
 */
import { readNotesLabel } from './release-notes.js';
import { blockFurniture } from './block-furniture.js';
import { parseByline, wireCreditAuthor } from './byline.js';
import {
  besidePublicationLine,
  givesContactOrRole,
  readBareNameByline,
  readByline,
  readCreditOutlet,
  readMetadataLine,
} from './byline-rules.js';
import { copyrightHolder } from './copyright.js';
import { readCorrection, readDateLine, readTimestamp, readWireDateline } from './date-rules.js';
import type { DroppedLine, PageContext } from './extraction.js';
import { forwardedMessage } from './forwarded-message.js';
import { correctionLabel, furnitureReason, isShareItem, isYearlessCopyright } from './furniture.js';
import { parseDateline } from './dates.js';
import {
  isMastheadName,
  isMastheadShape,
  isMastheadTagline,
  bareOutletName,
  outletSignOffName,
  hasSloganShape,
  splitSlogan,
} from './masthead.js';
import { isPaperSlogan, isSloganUnder, mayBeNameplateName, nameplateName } from './nameplate.js';
import { namedAgain } from './named-again.js';
import { kindAt, paragraphKind } from './paragraph-kind.js';
import { readReleaseHeading, readReleaseIssuer } from './press-release.js';
import { readWireHandling } from './wire-handling.js';
import { addressFirstField, isPostalAddress, isSenderAddress } from './postal-address.js';
import {
  pageSectionNames,
  readLoneSectionLabel,
  readSectionHeading,
  readSectionLabel,
  endsSectionHeading,
} from './section-label-rules.js';
import { CLAUSE_END } from './sentence-end.js';
import { teaserLists } from './teaser-list.js';
import { yearlessNoticeStands } from './yearless-notice.js';
import { isSenderSignOff } from './sender-sign-off.js';
import { isIssueLine, issueLineDate, issueLineName } from './issue-line.js';
import { isKindLine, isMessagePublication } from './kind-nameplate.js';
import { readLetterSignature } from './letter-signature.js';
import {
  newsletterMasthead,
  newsletterProductName,
  type NewsletterMasthead,
} from './newsletter-masthead.js';
import { outletKey } from './copyright.js';
import { isSubjectNewsletterName } from './subject-newsletter-name.js';
import { mayContinue, textWidth } from './hard-wrap.js';
import {
  DATELINE_BLOCKS,
  drop,
  stateOutlet,
  takeDate,
  type Block,
  type LineRule,
  type ReadState,
} from './read-state.js';

/** Masthead lines read at the top at most: a page names its outlet once or twice there. */
const MAX_MASTHEAD_CANDIDATES = 4;

const CONTINUATION_START = /^[a-z]/;
/** A line going on with the sentence above it: a lower-case word (not a URL, "https://…"). */
const RUNS_ON = /^\p{Ll}[\p{Ll}'’-]*(?:[\s,;.!?]|$)/u;

/** What reading an article's blocks gives: its paragraphs, what it states, what was dropped. */
export interface BlocksRead {
  kept: string[];
  dropped: DroppedLine[];
  dateline: string | null;
  /** The day and month the dateline states without a year (`--MM-DD`), when nothing dates the page. */
  datelineMonthDay: string | null;
  /** The weekday the dateline names alone, 0 (Sunday) to 6, else null (read-state.ts). */
  datelineWeekday: number | null;
  author: string | null;
  /**
   * Outlets bylines, metadata lines, wire datelines and a newsletter's masthead or footer
   * address name, in file order.
   */
  outlets: string[];
  /** Rights holders named by copyright notices after the last paragraph of body text. */
  footerHolders: string[];
  /** Lines at the top, before the body, with a masthead's shape, in a block of headings. */
  mastheads: string[];
  /**
   * Outlets' names read in nameplates at the top (nameplate.ts: "OSPREY WEEKLY — stories from
   * the estuary"), the lines dropped; the outlet only when the page corroborates one.
   */
  nameplates: string[];
  /**
   * Lines with a masthead's shape at the top right above or below a line stating the
   * publication date (byline-rules.ts besidePublicationLine), in file order.
   */
  headerNames: string[];
  /** Lines kept at the top, before the body, in blocks of headings. */
  topHeadingLines: number;
  /**
   * A newsletter's name as a product ("Echo Daily Briefing"), when a line states it as its
   * sender does: not in `outlets`, it names the outlet only when no line of the article does.
   */
  newsletter: string | null;
  /**
   * The body a press release's header names as issuing it ("Aldshire District Council"):
   * its publisher, the outlet only when nothing else names one.
   */
  issuer: string | null;
}

/**
 * A masthead's tagline ("Serving … since 1887 | Issue 7,212 | Price £1.50") describes the paper;
 * a newsletter's issue line ("Club newsletter, May 2026"; issue-line.ts) names its issue. With
 * the issue line under a name in capitals or title case in its block ("VALE CYCLING SOCIETY" /
 * "Members bulletin, May 2026"), the name is the newsletter's, its nameplate's: dropped too.
 * A whole date on the issue line ("Spring issue, 18 March 2026") is the issue's, so the
 * article's date of publication, as a date line near the top is.
 */
const readMastheadTagline: LineRule = (state, block, line, lineIndex) => {
  if (!block.atTop) return false;
  const issue = isIssueLine(line);
  if (!issue && !isMastheadTagline(line)) return false;
  const name = block.words[0];
  if (issue && lineIndex === 1 && name !== undefined && isMastheadShape(name)) {
    block.words = [];
    block.mastheadCandidates = block.mastheadCandidates.filter((candidate) => candidate !== name);
    drop(state, name, 'masthead');
  }
  if (issue) takeDate(state, block, issueLineDate(line));
  // "Radio Tarn News – 19 September 2025" first at the top: a station's or paper's name with the
  // issue's whole date and nothing else, as a folio line names its paper (issue-line.ts). A name
  // only (masthead.ts isMastheadName: capitalised words ending in an outlet's noun), never
  // "Club newsletter" or a label.
  const publication = issue && lineIndex === 0 ? issueLineName(line) : null;
  if (publication !== null && isMastheadName(publication)) stateOutlet(state, publication);
  drop(state, line, 'masthead');
  return true;
};

/** Drops `name`, the last paragraph kept, a heading of its own at the top, as a masthead. */
function dropKeptNameplate(state: ReadState, name: string): void {
  if (state.kept.at(-1) !== name) return;
  state.kept.pop();
  state.topHeadingLines -= 1;
  drop(state, name, 'masthead');
}

/**
 * A newsletter's name over the kind of publication it is, at the top (kind-nameplate.ts:
 * "QUAYSIDE TOGETHER" / "Members' bulletin"), in one block or as two paragraphs: the nameplate,
 * both lines dropped, never the title, when the message names the name as its own publication
 * (its sender or its `Subject`). A name that is the sender's is stated as the sender's line under
 * a newsletter's title states it (the newsletter's name, the outlet when no line names one).
 */
const readKindNameplate: LineRule = (state, block, line, lineIndex) => {
  if (!block.atTop || !isKindLine(line)) return false;
  const inBlock = lineIndex === 1 && block.lines.length === 2;
  const name = inBlock ? block.words[0] : block.lines.length === 1 ? block.above : undefined;
  if (name === undefined || (!inBlock && state.kept.at(-1) !== name)) return false;
  const message = { sender: state.sender, subject: state.packageTitle };
  if (!isMessagePublication(name, message)) return false;
  if (inBlock) {
    block.words = [];
    block.mastheadCandidates = block.mastheadCandidates.filter((candidate) => candidate !== name);
    drop(state, name, 'masthead');
  } else dropKeptNameplate(state, name);
  if (state.sender !== null && outletKey(name) === outletKey(state.sender))
    state.newsletter ??= state.sender.trim();
  drop(state, line, 'masthead');
  return true;
};

/**
 * A nameplate at the top, a paragraph of its own with the story below (nameplate.ts): the
 * outlet's name with its slogan on one line ("OSPREY WEEKLY — stories from the estuary"), or the
 * slogan right under the name and over the headline ("Stories from the estuary, every Friday").
 * Never the headline. In an e-mail the sender names its newsletter's masthead instead
 * (newsletter-masthead.ts), and a line naming another publication stays.
 */
const readNameplate: LineRule = (state, block, line) => {
  const { above, below } = block;
  const under =
    above !== undefined &&
    state.kept.at(-1) === above &&
    mayBeNameplateName(above) &&
    below !== undefined &&
    paragraphKind(below) === 'heading';
  if (
    state.sender !== null ||
    !block.atTop ||
    block.lines.length !== 1 ||
    block.below === undefined ||
    (!under && splitSlogan(line) === null)
  )
    return false;
  const story = state.articleText().replace(line, '');
  const name = nameplateName(line, story);
  if (name === null && !(under && isSloganUnder(line, { above, below }, story))) return false;
  if (name !== null) state.nameplates.push(name);
  // A name with no outlet's noun over its slogan is a nameplate's too, its line kept as a
  // masthead's is until the page corroborates it (an outlet's name is a masthead line already).
  else if (above !== undefined && !isMastheadName(above)) {
    state.nameplates.push(above);
    // One the page names again in its own words is the paper's name, not a heading of the story:
    // dropped with its slogan, never quoted (the outlet still unknown unless corroborated).
    if (namedAgain(story, above)) dropKeptNameplate(state, above);
  }
  drop(state, line, 'masthead');
  return true;
};

/**
 * True when `line`, set under a newsletter's masthead in its block, is the masthead's slogan
 * ("Your weekly round-up of sailing news"): a slogan's shape, and either the paper's words
 * (nameplate.ts isPaperSlogan: few of them recur in the story) or with the story's headline
 * standing apart below the block (a heading, not a byline: "Kestrel eight take the Lune
 * regatta"), since a page sets one headline over its story, so the line set with the masthead
 * describes the paper, whatever words of the paper's own the story repeats ("river sport").
 */
function isSloganUnderMasthead(state: ReadState, block: Block, line: string): boolean {
  if (!hasSloganShape(line)) return false;
  const { below } = block;
  const headlineBelow =
    below !== undefined &&
    paragraphKind(below) === 'heading' &&
    parseByline(below) === null &&
    !isMastheadName(below);
  // The story without the slogan's line, which a slogan's words are tried against.
  return headlineBelow || isPaperSlogan(line, state.articleText().replace(line, ''));
}

/**
 * A newsletter's name as a paragraph of its own, naming the publication that sent the e-mail
 * ("MARROW BAY GAZETTE BRIEFING" from "Marrow Bay Gazette <…>"): the newsletter's masthead,
 * wherever it stands; the publication it states is the outlet (newsletter-masthead.ts). Its
 * slogan may stand on the line under it, in its paragraph ("HARBOUR NOTES - Issue 48" over "Your
 * weekly round-up of sailing news"; {@link isSloganUnderMasthead}): dropped with it, never the
 * title. At the top, the newsletter's own title may stand over it as a paragraph of its own, a
 * name in capitalised words ("THE ORCHARD LETTER" over "Harwick Policy Centre | Monthly letter |
 * No. 40"): the two are the nameplate, as a paper sets its title over its publisher's line,
 * dropped, never the article's title.
 */
const readNewsletterMasthead: LineRule = (state, block, line, lineIndex) => {
  const sender = state.sender;
  if (sender === null || block.lines.length > 2) return false;
  if (lineIndex === 1) {
    const masthead = state.dropped.at(-1);
    if (
      masthead === undefined ||
      masthead.line !== block.lines[0] ||
      masthead.reason !== 'masthead'
    )
      return false;
    // Its slogan on the line under it, in its block ("Your weekly round-up of sailing news").
    if (!isSloganUnderMasthead(state, block, line)) return false;
    drop(state, line, 'masthead');
    return true;
  }
  const masthead = newsletterMasthead(line, sender);
  // The newsletter's title, a paragraph of its own over the sender's masthead.
  if (
    masthead === null &&
    block.atTop &&
    block.lines.length === 1 &&
    isMastheadShape(line) &&
    block.below !== undefined &&
    newsletterMasthead(block.below, sender) !== null
  ) {
    drop(state, line, 'masthead');
    return true;
  }
  const under = block.lines[1];
  // Under it in its block, its slogan (dropped with it) or the issue's date (a date line, read
  // by its own rule: "HARBOUR FREIGHT WEEKLY BRIEFING" / "Monday 4 May 2026"), as a paper dates
  // its nameplate; any other line may be the rest of a heading the name opens.
  if (
    under !== undefined &&
    parseDateline(under) === null &&
    !isSloganUnderMasthead(state, block, under)
  )
    return false;
  if (masthead === null) return false;
  stateMasthead(state, masthead);
  drop(state, line, 'masthead');
  return true;
};

/**
 * What a newsletter's masthead states: its publication as the outlet, else the newsletter's name
 * as a product, the outlet only when no line of the article names one.
 */
function stateMasthead(state: ReadState, masthead: NewsletterMasthead): void {
  if (masthead.publication === null) state.newsletter ??= masthead.newsletter;
  else stateOutlet(state, masthead.publication);
}

/**
 * The outlet's name and slogan as a paragraph of its own after the prose, or its name alone as
 * the last paragraph ("Ebbsworth Gazette", "Saltmere Echo": a name that names itself as an
 * outlet, credit-fields.ts), as copy ends with its source's credit: its sign-off, dropped; its
 * name is a nameplate's, the outlet as a nameplate at the top is (corroborated by the page or
 * the corpus, else unknown, never "not stated": the page states it).
 */
const readSignOff: LineRule = (state, block, line) => {
  if (!state.seenBody || block.lines.length !== 1) return false;
  const name = outletSignOffName(line) ?? (block.below === undefined ? bareOutletName(line) : null);
  if (name === null) return false;
  drop(state, line, 'masthead');
  state.nameplates.push(name);
  return true;
};

/**
 * The sender signing its mailing after the prose ("Warm regards," / "The Harwick Policy Centre
 * team"; sender-sign-off.ts): its signature, both lines dropped.
 */
const readSenderSignOff: LineRule = (state, block, line) => {
  if (state.sender === null || !state.seenBody || !isSenderSignOff(block.lines, state.sender))
    return false;
  drop(state, line, 'signature block');
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
    (previous === undefined || CLAUSE_END.test(previous)) &&
    (lineIndex === lines.length - 1 || CLAUSE_END.test(line));
  // A line whose sentence runs on into the next ("Subscribe to the newsletter and you will
  // hear nothing," / "the traders said …") is a piece of its paragraph, read whole below.
  const runsOn = !CLAUSE_END.test(line) && RUNS_ON.test(lines[lineIndex + 1] ?? '');
  const reason = runsOn ? null : furnitureReason(line, { standalone });
  if (reason === null) return false;
  if (reason === 'copyright notice' && isYearlessCopyright(line)) {
    const above = lineIndex > 0 ? lines[lineIndex - 1] : block.above;
    const around = {
      above,
      aboveDropped: above !== undefined && state.dropped.at(-1)?.line === above,
      below: lineIndex < lines.length - 1 ? lines[lineIndex + 1] : block.below,
      outlets: statedOutlets(state, block),
    };
    if (!yearlessNoticeStands(line, around)) return false;
  }
  // Bracketed wire credits stay staff credits on the page, and name the story's reporter.
  if (reason === 'staff credits') state.author ??= wireCreditAuthor(line);
  if (reason === 'copyright notice') {
    const holder = copyrightHolder(line);
    if (holder !== null) state.footerHolders.push(holder);
  }
  drop(state, line, reason);
  return true;
};

/** The outlets the page has stated so far, with its masthead lines (known or candidates). */
function statedOutlets(state: ReadState, block: Block): string[] {
  return [
    ...state.outlets,
    ...state.candidates,
    ...block.mastheadCandidates,
    ...block.knownMastheads,
  ];
}

/**
 * A postal address below the body, as a line of its own (postal-address.ts): the sender's, in
 * a newsletter's or a page's footer. Not a line of a paragraph: above it, no kept line of its
 * block; below it, no line running on. An e-mail's footer address that opens with the sending
 * publication's name ("Wexmoor Business Review, Unit 4, …" from `Wexmoor Business Review <…>`)
 * states it, as a newsletter's masthead does: the page and its sender agree. One that opens with
 * the sender's name whatever its words, before a street ("Harwick Policy Centre, 7 Mill Row,
 * Harwick"; postal-address.ts isSenderAddress), needs no postcode, and states the sender as a
 * newsletter's masthead of its name does: the outlet when no line of the article names one.
 */
const readPostalAddress: LineRule = (state, block, line, lineIndex) => {
  const { sender } = state;
  const bySender = sender !== null && isSenderAddress(line, sender);
  if (
    !state.seenBody ||
    block.words.length > 0 ||
    RUNS_ON.test(block.lines[lineIndex + 1] ?? '') ||
    !(bySender || isPostalAddress(line))
  )
    return false;
  if (sender !== null) {
    const masthead = newsletterMasthead(addressFirstField(line), sender);
    if (masthead?.publication) stateOutlet(state, masthead.publication);
    // The sender's own name before its street: the mailing's sender, as its masthead states it.
    else if (bySender) state.newsletter ??= sender.trim();
  }
  drop(state, line, 'postal address');
  return true;
};

/** A row of buttons pasted as one line ("Share    Listen live    Newsletter"; button-row.ts). */
const readButtonRow: LineRule = (state, _block, line) => {
  if (!state.buttonRows.has(line)) return false;
  drop(state, line, 'navigation');
  return true;
};

/**
 * A place to share to alone in its block ("Facebook", "X"), right under a share box's title or
 * another such place that was dropped: a share box whose items a format set apart (a Markdown
 * list, one block an item). Anywhere else the name is a word of the text.
 */
const readShareTarget: LineRule = (state, block, line) => {
  const above = block.above;
  if (
    block.lines.length !== 1 ||
    above === undefined ||
    state.dropped.at(-1)?.line !== above ||
    !isShareItem(line) ||
    !(isShareItem(above) || (/^share\b/i.test(above) && furnitureReason(above) === 'navigation'))
  )
    return false;
  drop(state, line, 'navigation');
  return true;
};

/**
 * The newsletter's own name as a paragraph of its own at the top, the name its `Subject` sets
 * before the issue's headline ("THE HARBOURSIDE BRIEFING" under "The Harbourside Briefing: Pier
 * appeal …"; subject-newsletter-name.ts): its masthead, dropped, never the title. It names a
 * product, not a publication, so it states no outlet.
 */
const readSubjectNewsletterName: LineRule = (state, block, line) => {
  if (!block.atTop || block.lines.length !== 1) return false;
  if (!isSubjectNewsletterName(line, state.packageTitle)) return false;
  drop(state, line, 'masthead');
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
  readButtonRow,
  readShareTarget,
  readReleaseHeading,
  readWireHandling,
  readReleaseIssuer,
  readNotesLabel,
  readByline,
  readCreditOutlet,
  readCorrection,
  readNewsletterMasthead,
  readSubjectNewsletterName,
  readMastheadTagline,
  readKindNameplate,
  readNameplate,
  readSignOff,
  readSenderSignOff,
  readLetterSignature,
  readMetadataLine,
  readFurniture,
  readPostalAddress,
  readSectionLabel,
  readLoneSectionLabel,
  readSectionHeading,
  readTimestamp,
  readBareNameByline,
  readDateLine,
  readWireDateline,
  readKnownMasthead,
];

/** Reads one line: dropped by the first rule that takes it, else kept as a word of the block. */
function readLine(state: ReadState, block: Block, line: string, lineIndex: number): void {
  if (LINE_RULES.some((rule) => rule(state, block, line, lineIndex))) return;
  if (block.atTop && isMastheadShape(line)) {
    block.mastheadCandidates.push(line);
    if (besidePublicationLine(block, lineIndex)) state.headerNames.push(line);
  }
  block.words.push(line);
}

/** Where a block stands, from what was read above it. */
function blockAt(
  state: ReadState,
  lines: string[],
  blockIndex: number,
  mastheads: ReadonlySet<string>,
  neighbours: { above?: string; below?: string; belowLines?: readonly string[] },
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
    bareNameByline: !state.seenBody && givesContactOrRole(lines),
    underHeadline:
      atTop &&
      headlineAbove !== undefined &&
      /\p{Ll}/u.test(headlineAbove) &&
      paragraphKind(headlineAbove) === 'heading' &&
      !isMastheadName(headlineAbove),
    knownMastheads: mastheads,
    words: [],
    mastheadCandidates: [],
    ...neighbours,
  };
}

/** Keeps the words left of a block as one paragraph, unless the whole paragraph is furniture. */
function keepParagraph(state: ReadState, block: Block): void {
  const { words } = block;
  if (words.length === 0) return;
  const paragraph = words.join(' ');
  // A paragraph hard-wrapped over lines ("Get the … every weekday - sign" / "up here.") is
  // furniture as it would be on one line: its rules read the whole paragraph.
  let wrapped = words.length > 1 ? furnitureReason(paragraph, { standalone: true }) : null;
  if (wrapped === 'copyright notice' && isYearlessCopyright(paragraph)) {
    const around = {
      above: block.above,
      aboveDropped: block.above !== undefined && state.dropped.at(-1)?.line === block.above,
      below: block.below,
      outlets: statedOutlets(state, block),
    };
    if (!yearlessNoticeStands(paragraph, around)) wrapped = null;
  }
  if (wrapped !== null) {
    drop(state, paragraph, wrapped);
    return;
  }
  if (kindAt(paragraph, block.atTop) === 'body') {
    // A correction or editor's note above the story ("Correction: An earlier version …") is a
    // note on it, kept as text but not its first paragraph: the top of the page goes on below
    // it, so the story's first paragraph may still open with a wire dateline.
    if (state.seenBody || correctionLabel(paragraph) === null) state.seenBody = true;
    state.correctionPending = false;
    // A notice above body text is no page footer (a photo's "© Agency" among paragraphs).
    state.footerHolders = [];
  } else if (block.atTop && words.every((line) => paragraphKind(line) === 'heading')) {
    // Masthead candidates stand in a block of headings (the masthead with the headline, or alone).
    state.topHeadingLines += words.length;
    state.candidates.push(...block.mastheadCandidates);
  }
  const last = state.kept[state.kept.length - 1];
  // A page break or a block of links can split a sentence in two: rejoin it. A list's items
  // are set apart by the page itself ("- a new sea wall" / "- dredging of the basin"): each is
  // its own, however it starts and ends.
  const listed = (text: string) => state.listItems.has(text);
  if (
    last !== undefined &&
    !CLAUSE_END.test(last) &&
    CONTINUATION_START.test(paragraph) &&
    !listed(paragraph) &&
    !listed(last)
  ) {
    state.kept[state.kept.length - 1] = `${last} ${paragraph}`;
  } else {
    state.kept.push(paragraph);
  }
}

/** A sentence on a line of its own: a capital first, a full stop last (no headline's shape). */
function isStandfirstLine(line: string): boolean {
  return /^["“‘']?\p{Lu}/u.test(line) && /\.["”’')\]]*$/.test(line);
}

/**
 * True when the line at `lineIndex`, above a credit block's byline, is no second line of the
 * heading above it: a sentence (the standfirst: a headline ends in no full stop), or a line the
 * one above was not wrapped onto (hard-wrap.ts: "Millbeck Lido closed" / "Aldshire Valley
 * edition" / "By Priya Nair", where "Aldshire" would have fit on the headline's line).
 */
function endsHeadingAbove(state: ReadState, lines: readonly string[], lineIndex: number): boolean {
  const line = lines[lineIndex] ?? '';
  const above = lines[lineIndex - 1];
  if (isStandfirstLine(line)) return true;
  return above !== undefined && !mayContinue(above, line, state.textWidth());
}

/** The lines of a block of text, trimmed, without empty ones. */
const linesOf = (text: string | undefined) =>
  (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

function readBlock(
  state: ReadState,
  lines: string[],
  blockIndex: number,
  mastheads: ReadonlySet<string>,
  neighbours: { above?: string; below?: string; belowLines?: readonly string[] },
): void {
  if (lines.length === 0) return;
  const furniture = blockFurniture(lines);
  if (furniture !== null) {
    state.dropped.push(...furniture);
    return;
  }
  const block = blockAt(state, lines, blockIndex, mastheads, neighbours);
  let gap = false;
  // The line of a credit block at the top that is its byline, if any (-1: none).
  const byline = block.atTop ? lines.findIndex((line) => parseByline(line) !== null) : -1;
  lines.forEach((line, lineIndex) => {
    const kept = block.words.length;
    const dropped = state.dropped.length;
    readLine(state, block, line, lineIndex);
    if (state.dropped.length > dropped && kept > 0) gap = true;
    // A line read so may keep words too: a wire dateline under the headline and byline keeps
    // the story's first sentence after its dash, a paragraph apart from the headline.
    if (
      block.words.length > kept &&
      paragraphKind(block.words.slice(0, kept).join(' ')) === 'heading' &&
      (block.atTop
        ? gap || (lineIndex < byline && endsHeadingAbove(state, lines, lineIndex))
        : endsSectionHeading(state, lines[lineIndex - 1] ?? '', line))
    ) {
      // At the top, a heading and a line a dropped line stands between are not one paragraph:
      // a headline, a byline, then the outlet's name under it ("Radio Tarn News") are set
      // apart, not run on. Prose with a promotion between its sentences is one paragraph. Nor
      // is a headline and the sentence under it above the byline (its standfirst): a headline
      // ends in no full stop, so a line that does is no second line of it. Further down, a
      // heading is a paragraph of its own too when the line under it was not wrapped onto it
      // (hard-wrap.ts: "About the Kestrel Water Board" / "The Kestrel Water Board supplies …",
      // where "The" would have fit on the heading's line): a section's heading over its text.
      const next = block.words.splice(kept);
      keepParagraph(state, block);
      block.words = next;
      gap = false;
    }
  });
  keepParagraph(state, block);
}

/**
 * Reads an article's blocks into paragraphs, dropping furniture. Each line of `mastheads` is
 * dropped as the masthead where it stands at the top of the page. `context` is what the file
 * around the text states: the sections its navigation lists count as the page's own, with those
 * of navigation bars in the text; an e-mail's sender names its newsletter's masthead. Each line
 * of `buttonRows` (button-row.ts, found before whitespace was collapsed) is dropped as navigation.
 */
export function readBlocks(
  blocks: readonly string[],
  mastheads: ReadonlySet<string>,
  context: PageContext = {},
  buttonRows: ReadonlySet<string> = new Set(),
): BlocksRead {
  let navigation: ReadonlySet<string> | undefined;
  let articleText: string | undefined;
  let width: number | undefined;
  const sectionNames = () => {
    const names = pageSectionNames(blocks);
    for (const name of context.sections ?? []) names.add(name.toLowerCase());
    return names;
  };
  const state: ReadState = {
    kept: [],
    dropped: [],
    outlets: [],
    footerHolders: [],
    candidates: [],
    nameplates: [],
    headerNames: [],
    topHeadingLines: 0,
    dateline: null,
    datelineMonthDay: null,
    datelineWeekday: null,
    author: null,
    correctionPending: false,
    seenBody: false,
    sectionLabels: new Set(),
    navigationItems: () => (navigation ??= sectionNames()),
    articleText: () => (articleText ??= blocks.join('\n\n')),
    textWidth: () => (width ??= textWidth(state.articleText())),
    sender: context.sender ?? null,
    packageTitle: context.packageTitle ?? null,
    newsletter: null,
    issuer: null,
    buttonRows,
    listItems: new Set(context.listItems ?? []),
    signature: [],
  };
  // A forwarded message: the article is the message forwarded, under its header block; its
  // sender, not the forwarder, names a newsletter's masthead.
  const forward = forwardedMessage(blocks, context.forwarded === true);
  const start = forward?.start ?? 0;
  if (forward?.from) state.sender = forward.from;
  const teasers = teaserLists(blocks);
  const blockLines = blocks.map(linesOf);
  blockLines.forEach((lines, blockIndex) => {
    const listed = teasers.get(blockIndex) ?? forward?.dropped.get(blockIndex);
    if (listed !== undefined) state.dropped.push(...listed);
    else if (blockIndex >= start) {
      const above = blockLines[blockIndex - 1]?.at(-1);
      let next = blockIndex + 1;
      while (next < blockLines.length && blockLines[next]?.length === 0) next += 1;
      const belowLines = blockLines[next];
      readBlock(state, lines, blockIndex - start, mastheads, {
        above,
        below: belowLines?.[0],
        ...(belowLines === undefined ? {} : { belowLines }),
      });
    }
  });
  // A line naming the newsletter as its sender names it ("Echo Daily Briefing | 4 November
  // 2026") states the product, not the outlet: that comes from the articles' own lines first.
  const product = state.sender === null ? null : newsletterProductName(state.sender);
  const isProduct = (outlet: string) =>
    product !== null && outletKey(outlet) === outletKey(product);
  if (product !== null && state.outlets.some(isProduct)) state.newsletter ??= product;
  return {
    kept: state.kept,
    dropped: state.dropped,
    dateline: state.dateline,
    // A yearless day only where no line dates the page (read-state.ts).
    datelineMonthDay: state.dateline === null ? state.datelineMonthDay : null,
    datelineWeekday: state.datelineWeekday,
    author: state.author,
    outlets: state.outlets.filter((outlet) => !isProduct(outlet)),
    newsletter: state.newsletter,
    issuer: state.issuer,
    footerHolders: state.footerHolders,
    mastheads: state.candidates.slice(0, MAX_MASTHEAD_CANDIDATES),
    nameplates: state.nameplates,
    headerNames: state.headerNames,
    topHeadingLines: state.topHeadingLines,
  };
}
