/**
 * The line rules that read who wrote an article (read-blocks.ts tries them in its order): a
 * byline ("By Ana Ruiz · The Post · March 9, 2021"), a metadata line without "By" ("Kestrel
 * Courier · Ana Ruiz · March 5, 2021") and a bare name that the lines around it make a byline.
 * Each drops the line and keeps what it states: the author, an outlet, a date.
 */
import { isBareName, isRoleTitledByline, parseByline } from './byline.js';
import { isRoleLine } from './credit-fields.js';
import { parseDateline } from './dates.js';
import { furnitureReason, parseTimestamp } from './furniture.js';
import { parseMetadataLine } from './metadata-line.js';
import { isMastheadName } from './masthead.js';
import { paragraphKind } from './paragraph-kind.js';
import { drop, stateOutlet, takeDate, type Block, type LineRule } from './read-state.js';

/** True for a line that is a date line or a time stamp ("Friday, April 25, 2025"). */
function datedNext(line: string | undefined): boolean {
  return line !== undefined && (parseDateline(line) !== null || parseTimestamp(line) !== null);
}

/** True for a reporter's e-mail address, which makes the bare name above it a byline. */
function isContactLine(line: string): boolean {
  return furnitureReason(line) === 'e-mail address';
}

/**
 * True when a bare name heading a block of `lines` is a byline: the block, before any body
 * text, also gives an e-mail address or a role ("Ana Ruiz" / "ana.ruiz@example.com").
 */
export function givesContactOrRole(lines: readonly string[]): boolean {
  return lines.length > 1 && lines.some((line) => isContactLine(line) || isRoleLine(line));
}

/**
 * A byline first: its separators ("By Ana Ruiz · The Post · March 9, 2021") would otherwise
 * read as a navigation bar, and its author and date would be lost.
 */
export const readByline: LineRule = (state, block, line) => {
  const byline = parseByline(line);
  if (byline === null || (state.seenBody && isRoleTitledByline(line))) return false;
  state.author ??= byline.author;
  stateOutlet(state, byline.outlet);
  if (!state.correctionPending) takeDate(state, block, byline.date);
  drop(state, line, 'byline');
  return true;
};

/**
 * True when the line at `lineIndex` stands right under a byline naming someone other than
 * `name` ("By Tom Reyes" / "Fenwick Echo | 9 June 2026"): the byline names the writer, so the
 * name its credit line sets beside the date is the outlet's as the page states it, the outlet
 * when the page corroborates it as a nameplate's name is (clean.ts), else unknown, never unstated.
 */
function underByline(block: Block, lineIndex: number, name: string): boolean {
  const above = lineIndex === 0 ? block.above : block.lines[lineIndex - 1];
  const byline = above === undefined ? null : parseByline(above);
  return byline !== null && byline.author !== name;
}

/**
 * True for a job title alone ("Staff", "Correspondents") standing as a paragraph of its own
 * between paragraphs of the body: a section's heading, not a byline's field, which stands by the
 * byline's name (at the top, or in the block of a name signing off).
 */
function isSectionHeadingRole(seenBody: boolean, block: Block, line: string): boolean {
  return seenBody && block.lines.length === 1 && block.below !== undefined && isRoleLine(line);
}

/**
 * A byline or time stamp without "By" ("Kestrel Courier · Ana Ruiz · March 5, 2021"), also
 * before the navigation-bar rule. Under a headline in the same block ("Storm leaves … coast" /
 * "Priya Nair · Coastline Times"), a name and an outlet are the credit, never a second line of
 * the headline.
 */
export const readMetadataLine: LineRule = (state, block, line, lineIndex) => {
  const above = block.words.join(' ');
  const underHeadline = block.atTop && /\p{Ll}/u.test(above) && paragraphKind(above) === 'heading';
  const stated = parseMetadataLine(line, { underHeadline });
  if (stated === null || isSectionHeadingRole(state.seenBody, block, line)) return false;
  // A staff title before a name is a credit only at the head (byline.ts isRoleTitledByline).
  if (state.seenBody && isRoleTitledByline(line)) return false;
  state.author ??= stated.author;
  stateOutlet(state, stated.outlet);
  if (stated.unexplained !== undefined && underByline(block, lineIndex, stated.unexplained))
    state.nameplates.push(stated.unexplained);
  if (!state.correctionPending) takeDate(state, block, stated.published);
  // Without an author it is a time stamp ("Published January 15, 2021 | Updated …"), or a job
  // title alone ("Environment Correspondent"), which states no time.
  drop(
    state,
    line,
    stated.author !== null
      ? 'byline or time stamp'
      : isRoleLine(line)
        ? "byline's job title"
        : 'time stamp',
  );
  return true;
};

/**
 * A bare name is a byline only at the head of a block that also gives an e-mail address or a
 * role, or, under the headline, the date line ("Mark Fennimore" / "Friday, April 25, 2025").
 */
export const readBareNameByline: LineRule = (state, block, line, lineIndex) => {
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

/**
 * An outlet's name set on a line of its own beside the byline, in the credit block at the top
 * ("Millbeck Lido closed" / "Radio Aldshire News" / "By Priya Nair" / "Published 5 March
 * 2026"): the credit's outlet field, as "By Priya Nair, Radio Aldshire News" would state it on
 * one line. Only a name with a masthead's shape ending in a news outlet's noun
 * (masthead.ts isMastheadName: capitalised words, no verb, no final stop), right above or
 * right under a byline in the same block: a standfirst or a second line of the headline there
 * is no such name and stays as it was. Never part of the headline.
 */
export const readCreditOutlet: LineRule = (state, block, line, lineIndex) => {
  if (!block.atTop || !isMastheadName(line)) return false;
  const beside = [block.lines[lineIndex - 1], block.lines[lineIndex + 1]];
  if (!beside.some((other) => other !== undefined && parseByline(other) !== null)) return false;
  stateOutlet(state, line);
  drop(state, line, 'masthead');
  return true;
};

/**
 * True for a line that states when the article was published: a time stamp naming the
 * publication ("Published 3 May 2026, 18:40", "Kestrel Courier · 5 March 2021") or a date alone
 * ("Sunday 3 May 2026"). An update's date ("Updated 4 May") states no publication.
 */
function statesPublication(line: string): boolean {
  return (
    parseDateline(line) !== null ||
    (parseTimestamp(line)?.published ?? parseMetadataLine(line)?.published ?? null) !== null
  );
}

/**
 * True when the line at `lineIndex` of `block` stands right above or right below a line stating
 * the publication date ("Published 3 May 2026, 18:40" / "River Radio News"), in its block or,
 * at its edge, the next block's: the page's header block, where a page sets its outlet's name
 * beside the date, as a credit block sets it beside the byline ({@link readCreditOutlet}). Such a
 * line is the outlet when it names itself as one or the corpus names it elsewhere (clean.ts,
 * load.ts), and only while a headline stands apart from it.
 */
export function besidePublicationLine(block: Block, lineIndex: number): boolean {
  const { lines } = block;
  const above = lineIndex === 0 ? block.above : lines[lineIndex - 1];
  const below = lineIndex === lines.length - 1 ? block.below : lines[lineIndex + 1];
  return [above, below].some((other) => other !== undefined && statesPublication(other));
}
