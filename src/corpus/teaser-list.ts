/**
 * Lists of teasers in pasted text: a label over links to other pages ("More from News",
 * "Related", "Read more") set as a paragraph of its own, then the linked headlines, each a
 * paragraph of its own. A page's saved HTML loses the links when pasted as text, so the list is
 * recognised by its shape: the label, then short headline-like lines (no sentence's end), up to
 * the next paragraph of prose or the end. A label in one block with its headlines is
 * block-furniture.ts's; this is the same list spread over blocks.
 */
import type { DroppedLine } from './extraction.js';
import { furnitureReason, isLinkListLabel } from './furniture.js';
import { paragraphKind } from './paragraph-kind.js';

/** Headlines a list holds at most: a box of teasers, not a run of the article's crossheads. */
const MAX_TEASERS = 8;

const linesOf = (block: string) =>
  block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

/**
 * A headline of the list: a heading's shape and nothing else's (a copyright notice or a
 * byline after the list is left to its own rule, which reads what it states).
 */
const isTeaser = (line: string) =>
  paragraphKind(line) === 'heading' && furnitureReason(line) === null;

/**
 * The teaser lists among an article's blocks (see the file header): for each block of a list,
 * by index, its lines dropped (the label as navigation, the headlines as links). Only after
 * prose: a label above the article's first paragraph is no list of other pages.
 *
 * @example
 * teaserLists(['Pier reopens after repairs, the board said.', 'More from News', 'Bypass works start'])
 * // Map { 1 => [{ line: 'More from News', reason: 'navigation' }], 2 => [{ line: 'Bypass works start', reason: 'link to another page' }] }
 */
export function teaserLists(blocks: readonly string[]): Map<number, DroppedLine[]> {
  const lists = new Map<number, DroppedLine[]>();
  let seenProse = false;
  for (let i = 0; i < blocks.length; i++) {
    const lines = linesOf(blocks[i] ?? '');
    const label = lines[0];
    if (seenProse && lines.length === 1 && label !== undefined && isLinkListLabel(label)) {
      let end = i + 1;
      while (end < blocks.length && end - i <= MAX_TEASERS) {
        const items = linesOf(blocks[end] ?? '');
        if (items.length === 0 || !items.every(isTeaser)) break;
        end++;
      }
      if (end > i + 1) {
        lists.set(i, [{ line: label, reason: 'navigation' }]);
        for (let j = i + 1; j < end; j++)
          lists.set(
            j,
            linesOf(blocks[j] ?? '').map((line) => ({ line, reason: 'link to another page' })),
          );
        i = end - 1;
        continue;
      }
    }
    // A hard-wrapped paragraph is prose though each of its lines is short.
    if (paragraphKind(lines.join(' ')) === 'body') seenProse = true;
  }
  return lists;
}
