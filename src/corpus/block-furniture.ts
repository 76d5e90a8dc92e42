/**
 * Blocks dropped whole, before their lines are read one by one: an image caption (its lines
 * end in a credit, or repeat each other), a labelled list of links to other pages
 * ("Related:" over headlines) and a share box ("Share this:" over "Facebook", "X"). Neither is ever a paragraph of the article, and reading their
 * lines singly would keep the caption's words or the linked headlines as text.
 */
import { parseByline } from './byline.js';
import type { DroppedLine } from './extraction.js';
import {
  furnitureReason,
  isCaptionLine,
  isIssueListLabel,
  isLinkListLabel,
  isShareItem,
} from './furniture.js';
import { paragraphKind } from './paragraph-kind.js';
import { isWeekListLabel, teaserKind } from './teaser-list.js';

/** True when a block is an image caption (its lines end in a credit, or repeat each other). */
function isCaptionBlock(lines: readonly string[]): boolean {
  // "BY MARIA LOPEZ / STAFF WRITER" has a caption credit's shape but is a byline.
  if (lines.some((line) => isCaptionLine(line) && parseByline(line) === null)) return true;
  return lines.some((line, i) => i > 0 && line === lines[i - 1]);
}

/**
 * The lines of a caption block (trimmed, non-empty `lines`), each dropped as the caption or its
 * credit; null when the block is no caption.
 */
function captionDrops(lines: readonly string[]): DroppedLine[] | null {
  if (!isCaptionBlock(lines)) return null;
  // A credit line of the caption ("Photo by Ana Ruiz") keeps its own kind: page-lines.ts
  // shows it as one. A labelled line ("Image: picture-alliance/AP/D. Lovetsky") may give a
  // caption or a credit; after the caption's own line it is the credit, the caption being said.
  return lines.map((line, i) => {
    const reason = furnitureReason(line);
    const credit = reason === 'photo credit' || (reason === 'photo caption or credit' && i > 0);
    return { line, reason: credit ? 'photo credit' : 'photo caption' };
  });
}

/**
 * The lines of a label over a list of headlines ("Related:" / "Kelderby opens …" / "Flood
 * defences: …"), or of the issue's other items ("ALSO IN THIS ISSUE" / "* Retail park sold for
 * £18m."; teaser-list.ts), dropped as navigation and links; null for any other block.
 */
function linkListDrops(lines: readonly string[]): DroppedLine[] | null {
  const [label, ...items] = lines;
  if (
    label === undefined ||
    items.length === 0 ||
    !(
      (isLinkListLabel(label) && items.every((item) => paragraphKind(item) === 'heading')) ||
      ((isIssueListLabel(label) || isWeekListLabel(label)) &&
        items.every((item) => teaserKind(label, item) !== null))
    )
  )
    return null;
  return [
    { line: label, reason: 'navigation' },
    ...items.map((line): DroppedLine => ({ line, reason: 'link to another page' })),
  ];
}

/**
 * The lines of a share box: its title ("Share this:", "Share") over the places to share to, one
 * a line ("Facebook" / "X" / "Email"), dropped as navigation; null for any other block. A place's
 * name alone ("X") is furniture only under such a title.
 */
function shareBoxDrops(lines: readonly string[]): DroppedLine[] | null {
  const [title, ...items] = lines;
  if (
    title === undefined ||
    items.length === 0 ||
    !/^share\b/i.test(title) ||
    furnitureReason(title) !== 'navigation' ||
    !items.every(isShareItem)
  )
    return null;
  return lines.map((line): DroppedLine => ({ line, reason: 'navigation' }));
}

/**
 * The dropped lines of a block that is furniture as a whole (a caption, a list of links), in
 * line order; null when its lines must be read one by one. `lines` are trimmed and non-empty.
 */
export function blockFurniture(lines: readonly string[]): DroppedLine[] | null {
  return captionDrops(lines) ?? linkListDrops(lines) ?? shareBoxDrops(lines);
}
