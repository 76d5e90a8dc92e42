/**
 * A row of buttons pasted as text: a page's buttons copied from a browser come out as one line,
 * their labels set apart by a tab or a run of spaces ("Share    Listen live    Newsletter"). That
 * gap is the only sign they were separate buttons, and cleaning collapses whitespace
 * (clean.ts), so rows are found in the text before that and dropped where their line stands
 * (read-blocks.ts). Each label must be furniture on its own by furniture.ts's rules (a share
 * button, site chrome, a call-to-action label): a line of words with wide gaps is no row.
 */
import { isSectionName } from './credit-fields.js';
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

/**
 * True for a line of two buttons or more, each label furniture by itself (see the file header).
 * `line` is as received: its tabs and runs of spaces not yet collapsed.
 *
 * @example
 * isButtonRow('Share    Listen live    Newsletter') // true
 * isButtonRow('Share Listen live Newsletter') // false: no gap says where one label ends
 */
export function isButtonRow(line: string): boolean {
  const labels = line.trim().split(BUTTON_GAP);
  return labels.length >= 2 && labels.every(isButtonLabel);
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
