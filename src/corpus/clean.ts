/**
 * Ingestion cleaning: turns an article as received (web page text, page furniture and all)
 * into the article's own wording. Text is normalised ({@link normalizeText}: NFC, invisible
 * characters, Unicode spaces), whitespace is collapsed and furniture lines are dropped; no
 * word of the article's text is changed, so quotes taken from the cleaned text are verbatim.
 * Every dropped line is returned with the rule that dropped it.
 */
import { buttonRows } from './button-row.js';
import { isMailingFurniture } from './call-to-action.js';
import { isLetterClose, splitLetterClose } from './letter-close.js';
import { normalizeText } from '../text/normalize.js';
import { agencyCredited, isNewsAgency, wireCredits } from './news-agency.js';
import { soleHolder } from './copyright.js';
import type { DropReason } from './drop-reasons.js';
import type { DroppedLine, PageContext } from './extraction.js';
import { isOutletName, isPaperTitle } from './credit-fields.js';
import { addressFirstField } from './postal-address.js';
import { outletInTitle, siteAndSection, withoutSiteName } from './headline.js';
import { isLabelAbove, isSentenceCase, isSetApart } from './kicker.js';
import { isMastheadName, mastheadOutlet, type MastheadEvidence } from './masthead.js';
import { inStatedCase } from './stated-case.js';
import { kindAt, paragraphKind } from './paragraph-kind.js';
import { readBlocks, type BlocksRead } from './read-blocks.js';
import { DATELINE_BLOCKS } from './read-state.js';
import type { Paragraph } from './types.js';
import { restatedHeadline } from './package-title-headline.js';
import { splitFootTeaserLists } from './teaser-list.js';
import { withoutFoot } from './text-foot.js';
import { aboutSectionIssuer } from './about-section.js';
import { markOmissions } from './omissions.js';

/** The result of {@link cleanArticle}. */
export interface CleanedText {
  /** Paragraphs separated by a blank line; lines of a paragraph joined by one space. */
  text: string;
  paragraphs: Paragraph[];
  /** The first heading of the article, if any: a title candidate. */
  headline: string | null;
  /** The publication date near the top (a dateline, a "Published …" line or a dated byline), as `YYYY-MM-DD`. */
  dateline: string | null;
  /**
   * The day and month a wire dateline states with no year ("PORTMERE, May 15 (…) -"), as
   * `--MM-DD`, when nothing dates the page; else null. Never a publication date: no year is guessed.
   */
  datelineMonthDay: string | null;
  /**
   * The day of the week a wire dateline names alone ("KESTREL BAY, Saturday —"), 0 (Sunday) to
   * 6; else null. Placed against the publication date by load.ts, never alone.
   */
  datelineWeekday: number | null;
  /** The author a byline names, if any. */
  author: string | null;
  /**
   * The outlet the page states, if any: first a byline, metadata line or wire dateline naming
   * one ("Kestrel Courier · Ana Ruiz · March 5, 2021"), then the site name beside the headline
   * ("Pier repairs | Gull Bay Times"), then a corroborated masthead (masthead.ts) or nameplate
   * (nameplate.ts), then the copyright notice at the foot of the page ("(c) Kellan Courier
   * 2026"), then a newsletter's name as a product its masthead states ("Echo Daily Briefing";
   * newsletter-masthead.ts).
   */
  outlet: string | null;
  /**
   * With no outlet read, an outlet's name set as a masthead that nothing on the page
   * corroborates ("KELLAN COURIER" alone), else a name set right above or below the publication
   * line with a headline apart from it ("Published 3 May 2026" / "Harbury Echo"): the outlet is
   * unknown, not unstated, unless the corpus names it elsewhere (load.ts). Absent: none.
   */
  outletCandidate?: string;
  /** Lines that did not reach the text, with the reason, in file order. */
  dropped: DroppedLine[];
}

/** The text normalised, its lines apart by "\n"; runs of spaces and tabs not yet collapsed. */
function normalizeLines(raw: string): string {
  return normalizeText(raw).replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n');
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
  let lastBody = -1;
  kept.forEach((paragraph, index) => {
    if (paragraphKind(paragraph) === 'body') lastBody = index;
  });
  kept.forEach((paragraph, index) => {
    const kind = kindAt(paragraph, atTop && headline === null);
    // A short line below the last sentence is a sign-off ("Yours, a Glenmoss resident"), as is
    // a letter's close above its postscript, and a line ending in a comma runs on into what
    // follows (a letter's "Sir,"): none is the title, and with no other heading the article is
    // untitled, never given a guessed one.
    const mayTitle =
      (lastBody === -1 || index < lastBody) &&
      !paragraph.endsWith(',') &&
      !isLetterClose(paragraph);
    atTop &&= kind === 'heading';
    const site = siteAndSection(paragraph);
    // An outlet's name set as a masthead is never the title: it names the outlet, not the
    // article; nor is a site's header naming an outlet and a section ("Radio Brackwater - News").
    if (mayTitle && kind === 'heading' && !isMastheadName(paragraph) && !site?.some(isOutletName)) {
      firstHeading ??= paragraph;
      const next = kept[index + 1];
      // A one-word heading above the headline is a section label ("World", "Politics"), and
      // one in capitals only is a masthead or a label ("THE DAILY COURIER"): headlines are
      // set in title or sentence case, so such a line is the title only when nothing else is.
      // So is a site's header, and a short title-case label over a headline in sentence case
      // ("Harbour Affairs" over "Ferry timetable cut for winter months": kicker.ts).
      const label = site !== null || (atTop && next !== undefined && isLabelAbove(paragraph, next));
      if (paragraph.includes(' ') && !label) {
        if (/\p{Ll}/u.test(paragraph)) headline ??= paragraph;
        else capitalsHeading ??= paragraph;
      }
    }
    paragraphs.push({ start: offset, end: offset + paragraph.length, kind });
    offset += paragraph.length + 2;
  });
  return {
    text: kept.join('\n\n'),
    paragraphs,
    headline: headline ?? capitalsHeading ?? firstHeading,
  };
}

/**
 * True when `line` stands beside the publication line (byline-rules.ts besidePublicationLine) as
 * a paragraph of its own, with another heading at the top: a headline apart from it. A lone
 * heading there is the headline, and a line of a heading wrapped over two is part of it.
 */
function isHeaderName(read: BlocksRead, line: string): boolean {
  return read.topHeadingLines >= 2 && read.headerNames.includes(line) && read.kept.includes(line);
}

/** What the page states elsewhere that may corroborate a masthead (masthead.ts). */
function mastheadEvidence(
  read: BlocksRead,
  text: string,
  paragraphs: readonly Paragraph[],
  headline: string | null,
  signed: readonly string[],
  siteNames: readonly string[] = [],
): MastheadEvidence {
  const title = headline === null ? null : outletInHeadline(headline);
  return {
    outlets: [
      ...read.outlets,
      ...read.footerHolders,
      ...signed,
      ...siteNames,
      ...(title === null ? [] : [title]),
    ],
    credits: read.dropped
      .filter(({ reason }) => reason === 'photo credit' || reason === 'photo caption')
      .map(({ line }) => line),
    body: paragraphs
      .filter((paragraph) => paragraph.kind === 'body')
      .map((paragraph) => text.slice(paragraph.start, paragraph.end))
      .join('\n'),
  };
}

/**
 * The masthead line the page corroborates, and the outlet it names (masthead.ts), or null. A
 * masthead stands beside the headline, so a lone heading line at the top is the headline.
 */
function findMasthead(
  read: BlocksRead,
  evidence: MastheadEvidence,
): { line: string; outlet: string } | null {
  if (read.mastheads.length === 0 || read.topHeadingLines < 2) return null;
  for (const line of read.mastheads) {
    // Beside the publication line, a name that names itself as an outlet is the outlet's credit
    // (byline-rules.ts besidePublicationLine), as beside the byline.
    const header = isHeaderName(read, line) && isMastheadName(line) ? line : null;
    const outlet = mastheadOutlet(line, evidence) ?? header;
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
 * Blocks near the top whose first line is an outlet's name set as a masthead (masthead.ts) or a
 * label over a headline (kicker.ts), with more lines under it and no blank line between
 * ("Velmora Courier" / "Quay Street cafés count the cost"), split after that line: the name is
 * no part of the headline under it.
 */
function splitMastheadLines(blocks: readonly string[]): string[] {
  return blocks.flatMap((block, blockIndex) => {
    if (blockIndex >= DATELINE_BLOCKS) return [block];
    const lines = block.split('\n');
    const first = lines.findIndex((line) => line.trim().length > 0);
    const rest = lines.slice(first + 1);
    if (first === -1 || rest.every((line) => line.trim().length === 0)) return [block];
    const line = lines[first]?.trim() ?? '';
    const second = rest.find((next) => next.trim().length > 0)?.trim() ?? '';
    // A label over a headline in sentence case, set apart on its own line ("Brackwater Voice" /
    // "Harbour wall repairs delayed until spring"), is no part of it either (kicker.ts). Only
    // over sentence case: a name over a date in title case is a byline's block.
    const label = isSentenceCase(second) && isLabelAbove(line, second) && isSetApart(line, second);
    return isMastheadName(line) || label ? [lines[first] ?? '', rest.join('\n')] : [block];
  });
}

/**
 * Blocks near the top with a mailing's pre-header on a line of its own, no blank line around it
 * ("TARN DIGEST" / "View this email in your browser: https://…"): the pre-header is split off
 * as a block of its own, to be dropped as the mailing's furniture (call-to-action.ts), never
 * run into the line above it as one paragraph. A template sets it as a line of its own; prose
 * wrapped over lines never makes a whole line of it.
 */
function splitMailingLines(blocks: readonly string[]): string[] {
  return blocks.flatMap((block, blockIndex) => {
    const lines = block.split('\n');
    if (blockIndex >= DATELINE_BLOCKS || lines.length < 2 || !lines.some(isMailingFurniture))
      return [block];
    const split: string[] = [];
    let run: string[] = [];
    for (const line of lines) {
      if (!isMailingFurniture(line)) {
        run.push(line);
        continue;
      }
      if (run.length > 0) split.push(run.join('\n'));
      split.push(line);
      run = [];
    }
    if (run.length > 0) split.push(run.join('\n'));
    return split;
  });
}

/**
 * Cleans one article's raw text; `context` is what the file around it states (an e-mail's
 * sender, a page's navigation), used to tell furniture, never as metadata by itself.
 *
 * @example
 * cleanArticle('Skip to content\n\nPutin spoke.\n\nhttps://example.com/x').text // 'Putin spoke.'
 */
export function cleanArticle(raw: string, context: PageContext = {}): CleanedText {
  // A signature block or a closing note to readers at the foot (text-foot.ts) goes whole.
  const page = normalizeLines(raw);
  const foot = withoutFoot(page);
  const lines = foot.text;
  // A row of buttons is told by the gaps between its labels: read before whitespace collapses.
  const rows = buttonRows(lines);
  const source = context.source === undefined ? page : normalizeLines(context.source);
  const collapsed = lines.replace(/[ \t\f\v]+/g, ' ');
  const blocks = splitFootTeaserLists(
    splitLetterClose(splitMastheadLines(splitMailingLines(collapsed.split(/\n\s*\n/)))),
  );
  let read = readBlocks(blocks, new Set(), context, rows);
  let assembled = assemble(markOmissions(read.kept, source));
  // An outlet a signature's card opens with ("Millbeck Courier, 14 March Lane, …") corroborates
  // a masthead naming it, as a footer's copyright notice does; alone it states nothing. So does a
  // postal address in the footer that opens with it ("Marrow Bay Gazette, 4 Quay Street, …"): the
  // page states its name twice, at the top and where it is, and the two agree.
  const addressed = [
    ...outletsOpening(foot.dropped, 'signature block'),
    ...outletsOpening(read.dropped, 'postal address'),
  ];
  const evidence = mastheadEvidence(
    read,
    assembled.text,
    assembled.paragraphs,
    assembled.headline,
    addressed,
    context.siteNames,
  );
  const masthead = findMasthead(read, evidence);
  // A nameplate's name, its line dropped already (nameplate.ts), corroborated as a masthead is.
  const nameplate = read.nameplates
    .map((name) => mastheadOutlet(name, evidence))
    .find((outlet) => outlet !== null);
  if (masthead !== null) {
    // Read again without the masthead line: beside the headline in one block, it was read as
    // part of it.
    read = readBlocks(blocks, new Set([masthead.line]), context, rows);
    assembled = assemble(markOmissions(read.kept, source));
  }
  const { text, paragraphs } = assembled;
  // A news agency a byline or wire dateline credits wrote the story; the page's publisher is
  // its own (news-agency.ts).
  const wire = wireCredits(read.outlets);
  const publisher = read.outlets.find((name) => !wire.includes(name));
  // A wire's own story, saved as it ran ("RIVERTON, Ohio (Reuters) - …" and no publisher named):
  // the agency its dateline credits is the outlet when the page names no publisher of its own.
  // A dateline crediting the agency by its initials names the agency the byline names in full.
  const wireCredit = read.outlets.find(
    (name) =>
      wire.includes(name) &&
      read.dropped.some(
        ({ line, reason }) => reason === 'wire dateline' && line.endsWith(`(${name})`),
      ),
  );
  const wireStory = wireCredit === undefined ? undefined : agencyCredited(wireCredit, read.outlets);
  const stated =
    publisher ??
    masthead?.outlet ??
    nameplate ??
    soleHolder([...read.footerHolders, ...(context.footerHolders ?? [])]) ??
    wireStory ??
    null;
  // The heading an e-mail's subject restates is its headline, above whatever nameplate.
  let headline =
    (context.packageTitle === undefined
      ? null
      : restatedHeadline(context.packageTitle, text, paragraphs)) ?? assembled.headline;
  let outlet = publisher ?? null;
  if (headline !== null) {
    // A headline copied with the page title's site name ("Harbour fees to double | Kestrel
    // Courier"): the title is the headline alone; the text keeps the line as it was.
    outlet ??= outletInHeadline(headline, stated ?? undefined);
    headline = withoutSiteName(headline, { site: stated ?? undefined });
  }
  // A newsletter's product name ("Echo Daily Briefing") only when nothing names the outlet, and
  // a press release's issuer ("Aldshire District Council") only when nothing else does either.
  outlet ??= stated ?? read.newsletter ?? read.issuer;
  // A press release's closing "About …" section names its issuer too (about-section.ts): the
  // release's own statement, read last as the issuer's line is.
  outlet ??= aboutSectionIssuer(page.split('\n'));
  const { dateline, datelineMonthDay, datelineWeekday, author } = read;
  // The foot stands below every line read, so file order is kept.
  const dropped = [...read.dropped, ...foot.dropped];
  // A name set in capitals (a masthead, "(REUTERS)") as the page writes it elsewhere, if it does.
  if (outlet !== null)
    outlet = inStatedCase(outlet, [
      ...(assembled.headline === null ? [] : [assembled.headline]),
      ...dropped.map(({ line }) => line),
      text,
    ]);
  // A name beside the publication line, with a headline apart from it, stands where an outlet's
  // does too (byline-rules.ts besidePublicationLine), though it names itself as none; a news
  // agency credited where the publisher's name may stand leaves the outlet unknown, not unstated.
  const header = read.mastheads.find((line) => isHeaderName(read, line));
  // A paper's title set as a masthead over the headline ("Harlow Vale Echo") stands there too,
  // though its title word names other things as well: uncorroborated, the outlet is unknown.
  const candidate =
    outlet === null
      ? (read.mastheads.find(isMastheadName) ??
        (read.topHeadingLines >= 2 ? read.mastheads.find(isPaperTitle) : undefined) ??
        read.nameplates[0] ??
        header ??
        read.outlets.find(isNewsAgency))
      : undefined;
  return {
    text,
    paragraphs,
    headline,
    dateline,
    datelineMonthDay,
    datelineWeekday,
    author,
    outlet,
    ...(candidate === undefined ? {} : { outletCandidate: candidate }),
    dropped,
  };
}

/** The outlets the lines of `dropped` left out as `reason` open with ("Millbeck Courier, 14 March Lane"). */
function outletsOpening(dropped: readonly DroppedLine[], reason: DropReason): string[] {
  return dropped
    .filter((line) => line.reason === reason)
    .map(({ line }) => addressFirstField(line))
    .filter(isOutletName);
}
