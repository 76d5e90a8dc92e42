/**
 * Where a copyright notice with no year stands. "(c) Radio Northvale." is a notice; "(c) Northern
 * Ireland." is the third item of a lettered list ("(a) England and Wales; (b) Scotland; (c)
 * Northern Ireland."), the same shape. Without a year, only where it stands tells them apart: a
 * notice is furniture, so it stands where furniture does (at the foot of the page, beside another
 * line of furniture) or names the outlet the page states; a list's item stands beside its other
 * items, and is never a notice there.
 */
import { copyrightHolder } from './copyright.js';
import { furnitureReason } from './furniture.js';
import { sameOutlet } from './outlet-names.js';

/** A lettered or numbered list item's marker: "(a) …", "(b)", "(iv) …", "(2) …". */
const LIST_ITEM = /^\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)(?:\s|$)/i;

/** What surrounds a year-less notice's line. */
export interface NoticeSurroundings {
  /** The line above it (in its block, or the last of the block above); none at the top. */
  above?: string;
  /** The line above was dropped as furniture. */
  aboveDropped: boolean;
  /** The line below it (in its block, or the first of the block below); none at the foot. */
  below?: string;
  /** Outlets the page states so far, and its masthead lines. */
  outlets: readonly string[];
}

/**
 * True when a line read as a year-less copyright notice (furniture.ts isYearlessCopyright) is
 * one where it stands: never beside a list item ("(b) Scotland;" above it, "(d) …" below);
 * else at the foot of the page, beside a line of furniture, or naming an outlet the page states
 * (by any of its names, outlet-names.ts: "(c) Radio Northvale." under "Radio Northvale News").
 */
export function yearlessNoticeStands(line: string, around: NoticeSurroundings): boolean {
  const { above, below } = around;
  if ([above, below].some((next) => next !== undefined && LIST_ITEM.test(next))) return false;
  if (below === undefined || around.aboveDropped || furnitureReason(below) !== null) return true;
  const holder = copyrightHolder(line);
  return holder !== null && around.outlets.some((outlet) => sameOutlet(outlet, holder));
}
