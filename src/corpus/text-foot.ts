/**
 * The foot of an article's text, cut before its blocks are read: a signature block
 * (signature.ts) and, above it or alone, a note to readers under a final thematic break
 * (closing-note.ts). Both stand at the very end and are read by where they stand, so they are
 * taken off whole, each line listed as dropped, before any line rule could keep a piece of them.
 */
import { closingNoteStart } from './closing-note.js';
import type { DroppedLine } from './extraction.js';
import { isHorizontalRule } from './furniture.js';
import { signatureDrops, signatureStart } from './signature.js';

/** Non-empty lines of `lines`, trimmed, each dropped for `reason`. */
function dropAll(lines: readonly string[], reason: DroppedLine['reason']): DroppedLine[] {
  return lines
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => ({ line, reason }));
}

/**
 * `text` (lines apart by "\n") without its foot, and the foot's lines, in file order: the
 * signature separator and the card under it as 'signature block', a closing note's rule as
 * 'horizontal rule' (a release's "ENDS" as 'end mark') and its lines as 'note to readers'.
 *
 * @example
 * withoutFoot('The pool closed.\n-- \nMillbeck Courier').dropped
 * // [{ line: '--', reason: 'signature block' }, { line: 'Millbeck Courier', reason: 'signature block' }]
 */
export function withoutFoot(text: string): { text: string; dropped: DroppedLine[] } {
  let lines = text.split('\n');
  const dropped: DroppedLine[] = [];
  const signature = signatureStart(lines);
  if (signature >= 0) {
    dropped.push(...signatureDrops(lines, signature));
    lines = lines.slice(0, signature);
  }
  const note = closingNoteStart(lines);
  if (note >= 0) {
    dropped.unshift(
      ...dropAll(
        lines.slice(note, note + 1),
        isHorizontalRule(lines[note] ?? '') ? 'horizontal rule' : 'end mark',
      ),
      ...dropAll(lines.slice(note + 1), 'note to readers'),
    );
    lines = lines.slice(0, note);
  }
  return { text: lines.join('\n'), dropped };
}
