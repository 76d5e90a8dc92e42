/**
 * A site's breadcrumb: the trail of sections above a story ("News > Health", "Sport › Rugby ›
 * Tarn RFC", "Home / Local News"), navigation set as a line of its own, never a headline. A
 * headline is a clause; a breadcrumb is two or more short names joined by a trail's separator,
 * the first a section's name (a trail starts at the site's home or a section).
 */
import { isCapitalisedWords, isSectionName } from './credit-fields.js';

/** A trail's separators between spaces: ">", "›", "»", "/" (a bar or a dot separates a menu's items). */
const TRAIL_SEPARATOR = /\s+[>›»/]\s+/;

/** Words an item may hold at most: a section's or a topic's name, never a clause. */
const MAX_ITEM_WORDS = 3;

/**
 * True when `line` is a breadcrumb (see the file header).
 *
 * @example
 * isBreadcrumb('News > Health') // true
 * isBreadcrumb('Profits > forecasts for the year') // false
 */
export function isBreadcrumb(line: string): boolean {
  const items = line.trim().split(TRAIL_SEPARATOR);
  if (items.length < 2) return false;
  const [first] = items;
  return (
    first !== undefined &&
    isSectionName(first) &&
    items.every((item) => item.split(/\s+/).length <= MAX_ITEM_WORDS && isCapitalisedWords(item))
  );
}
