/**
 * A row of buttons pasted as text: a page's buttons copied from a browser come out as one line,
 * their labels set apart by a tab or a run of spaces ("Share    Listen live    Newsletter"). That
 * gap is the only sign they were separate buttons, and cleaning collapses whitespace
 * (clean.ts), so rows are found in the text before that and dropped where their line stands
 * (read-blocks.ts). Each label must be furniture on its own by furniture.ts's rules (a share
 * button, site chrome, a call-to-action label): a line of words with wide gaps is no row.
 */
import { isCapitalisedWords, isSectionName } from './credit-fields.js';
import { furnitureReason, isShareItem } from './furniture.js';

/** Between two buttons: a tab, or two spaces or more. */
const BUTTON_GAP = /\s*\t\s*| {2,}/;

/**
 * True for one button's label: furniture by itself, as navigation or a call to action, or a
 * section's name ("Local News": a menu's item, "Home    Local News    Sport").
 */
function isButtonLabel(label: string): boolean {
  const reason = furnitureReason(label);
  return (
    reason === 'navigation' ||
    reason === 'call to action' ||
    isShareItem(label) ||
    isSectionName(label)
  );
}

/** Most words in a site's own menu item ("Schedule", "Podcasts", "What's On"). */
const MAX_OWN_ITEM_WORDS = 3;

/**
 * True for a label a site may add to its menu beside the usual ones: a short run of capitalised
 * words, no sentence ("Schedule", "What's On", "Drivetime"). No list can know these.
 */
function isOwnMenuItem(label: string): boolean {
  return isCapitalisedWords(label) && label.split(/\s+/).length <= MAX_OWN_ITEM_WORDS;
}

/**
 * True for a line of two buttons or more, each label furniture by itself (see the file header),
 * or a menu of three items or more, at least half of them (and two) furniture by themselves and
 * the rest short capitalised names: a site's menu holds the usual items and a few of its own
 * ("Home    News    Sport    Listen live    Schedule"). `line` is as received: its tabs and runs
 * of spaces not yet collapsed.
 *
 * @example
 * isButtonRow('Share    Listen live    Newsletter') // true
 * isButtonRow('Home    News    Sport    Listen live    Schedule') // true: "Schedule" is the site's own item
 * isButtonRow('Share Listen live Newsletter') // false: no gap says where one label ends
 * isButtonRow('Name    Age    Home town') // false: one usual item of three
 */
export function isButtonRow(line: string): boolean {
  const labels = line.trim().split(BUTTON_GAP);
  if (labels.length < 2) return false;
  const usual = labels.filter(isButtonLabel).length;
  if (usual === labels.length) return true;
  return (
    labels.length >= 3 &&
    usual >= 2 &&
    usual * 2 >= labels.length &&
    labels.every((label) => isButtonLabel(label) || isOwnMenuItem(label))
  );
}

/**
 * The lines of `text` (lines apart by "\n", whitespace not yet collapsed) that are rows of
 * buttons, each as cleaning reads it: trimmed, its runs of spaces and tabs made one space.
 */
export function buttonRows(text: string): Set<string> {
  const rows = new Set<string>();
  for (const line of text.split('\n')) {
    if (/\t| {2}/.test(line) && isButtonRow(line))
      rows.add(line.replace(/[ \t\f\v]+/g, ' ').trim());
  }
  return rows;
}
