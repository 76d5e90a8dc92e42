/**
 * The foot of an article's text, cut before its blocks are read: a signature block
 * (signature.ts) and, above it or alone, a note to readers under a final thematic break
 * (closing-note.ts) or, with no rule, a newsroom's appeal for stories (story-appeal.ts), or a
 * press release's notes to editors (release-notes.ts). They stand at the
 * very end and are read by where they stand, so they are taken off (a note to readers whole, a
 * release's notes item by item, under a rule too in a document headed as a release), each line
 * listed as dropped, before any line rule could keep a piece of them.
 */
import { closingNoteStart } from './closing-note.js';
import type { DroppedLine } from './extraction.js';
import { isHorizontalRule } from './furniture.js';
import { textWidth } from './hard-wrap.js';
import { hasReleaseHeading, isReleaseEndMark } from './press-release.js';
import { readReleaseNotes, releaseNotesStart } from './release-notes.js';
import { signatureDrops, signatureStart } from './signature.js';
import { storyAppeal } from './story-appeal.js';

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
 * 'horizontal rule' (a release's "ENDS" as 'end mark') and its lines as 'note to readers'. A
 * release's notes that report stay, each a paragraph of its own.
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
  const notes = releaseNotesStart(lines);
  if (notes >= 0) {
    const mark = isReleaseEndMark(lines[notes] ?? '');
    const read = readReleaseNotes(lines.slice(mark ? notes + 1 : notes), textWidth(text));
    dropped.unshift(
      ...(mark ? dropAll(lines.slice(notes, notes + 1), 'end mark') : []),
      ...read.dropped,
    );
    lines = [...lines.slice(0, notes), '', read.kept];
    return { text: lines.join('\n'), dropped };
  }
  const note = closingNoteStart(lines);
  if (note >= 0 && hasReleaseHeading(lines.slice(0, note))) {
    // A release's closing note is its notes, set apart by a rule as by "ENDS": read as they are,
    // so a note keeps what it states before its call (release-notes.ts).
    const read = readReleaseNotes(lines.slice(note + 1), textWidth(text));
    dropped.unshift(...dropAll(lines.slice(note, note + 1), 'horizontal rule'), ...read.dropped);
    lines = [...lines.slice(0, note), '', read.kept];
  } else if (note >= 0) {
    dropped.unshift(
      ...dropAll(
        lines.slice(note, note + 1),
        isHorizontalRule(lines[note] ?? '') ? 'horizontal rule' : 'end mark',
      ),
      ...dropAll(lines.slice(note + 1), 'note to readers'),
    );
    lines = lines.slice(0, note);
  } else {
    // A newsroom's appeal for stories closing the text with no rule above it (story-appeal.ts).
    const appeal = storyAppeal(lines);
    if (appeal !== null) {
      dropped.unshift({ line: appeal.appeal, reason: 'note to readers' });
      lines = [...lines.slice(0, appeal.index), ...(appeal.kept === '' ? [] : [appeal.kept])];
    }
  }
  return { text: lines.join('\n'), dropped };
}
