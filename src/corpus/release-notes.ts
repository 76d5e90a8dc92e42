/**
 * A press release's notes to editors: what follows its end mark ("ENDS") or a "Notes to editors"
 * label at its foot, set for journalists, not readers. The form sets them as a list, one note a
 * line or a paragraph ("Notes to editors" / "Kelda Rail operates 212 trains a day …" / "For
 * media enquiries contact the press office on …"), so each note is an item judged alone: one
 * that calls on the reader (a media contact: closing-note.ts) or is a contact card ("Media
 * contact:" / "Jane Roe" / "01632 960 300") is furniture (a call closing a note that reports
 * first, "Kelda Rail runs 212 trains a day. Media enquiries: press@…", is furniture from the
 * call's sentence on, what comes before it text), one that reports (the
 * issuer's background, "Kelda Rail operates 212 trains a day.") is text, a paragraph of its own,
 * and the label over them is furniture.
 *
 * Lines one under another are items, unless one is the one above wrapped onto it (a hard-wrapped
 * text breaks a line only where the next word would not fit: hard-wrap.ts) in mid-sentence, so
 * a note wrapped over two lines is read whole.
 */
import { callOnReaderStart, isClosingBreak, isClosingNote } from './closing-note.js';
import { CONTACT_LABEL } from './contact-card.js';
import type { DroppedLine } from './extraction.js';
import { mayContinue, textWidth } from './hard-wrap.js';
import { isReleaseEndMark } from './press-release.js';
import { drop, type LineRule } from './read-state.js';
import { CLAUSE_END, SENTENCE_END } from './sentence-end.js';

/**
 * The label over a release's notes, alone on its line: "Notes to editors", "Editors' notes:".
 * Plural: an "Editor's note" heads a correction or an update of the article (furniture.ts).
 */
const NOTES_LABEL =
  /^(?:notes?\s+(?:to|for)\s+(?:editors?|journalists|media)|editors['’]?\s+notes)\s*:?$/i;

/** True for the label over a release's notes to editors, alone on its line ({@link NOTES_LABEL}). */
export function isNotesLabel(line: string): boolean {
  return NOTES_LABEL.test(line.trim());
}

/**
 * The label over a release's notes ({@link isNotesLabel}) where it stands among the lines read
 * (read-blocks.ts), not at the text's foot (text-foot.ts takes it there with its notes): the
 * form's word to journalists, never the article's text, nor a byline's job title, though
 * "editors" is a newsroom role ("Notes to editors" names no one's post).
 */
export const readNotesLabel: LineRule = (state, _block, line) => {
  if (!isNotesLabel(line)) return false;
  drop(state, line, 'note to readers');
  return true;
};

/**
 * Where the notes block of a text's `lines` starts (see the file header): the index of its last
 * closing break when that is a release's end mark, else of the last notes label below that
 * break (or anywhere, with none) and below a sentence of the release; -1 when the text has
 * neither.
 *
 * @example
 * releaseNotesStart(['Trains added.', 'ENDS', 'Notes to editors', 'Kelda Rail runs 212 trains.']) // 1
 */
export function releaseNotesStart(lines: readonly string[]): number {
  let label = -1;
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = lines[i] ?? '';
    if (isClosingBreak(line)) return isReleaseEndMark(line) ? i : label;
    if (label < 0 && isNotesLabel(line)) label = i;
  }
  // The notes follow the release's text: a label above every sentence heads none.
  return lines.slice(0, Math.max(label, 0)).some((line) => SENTENCE_END.test(line.trim()))
    ? label
    : -1;
}

/**
 * The items of a notes block, each its lines trimmed: a blank line ends one, and so does a line
 * that is not the one above wrapped onto it at `width` characters (hard-wrap.ts) or follows a
 * line ending a sentence or a clause (a note's end, or its label's colon); a contact card under
 * its label alone on its line ({@link CONTACT_LABEL}) runs to the blank line.
 */
function noteItems(lines: readonly string[], width: number): string[][] {
  const items: string[][] = [];
  let item: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    const previous = item[item.length - 1];
    // A contact card's lines (name, role, number) under its label alone are one item, to the
    // next blank line.
    const card = item.length > 0 && item[0]!.replace(CONTACT_LABEL, '').trim() === '';
    const wrapped =
      previous !== undefined &&
      (card || (!CLAUSE_END.test(previous) && mayContinue(previous, line, width)));
    if (line === '' || (previous !== undefined && !wrapped)) {
      if (item.length > 0) items.push(item);
      item = [];
    }
    if (line !== '') item.push(line);
  }
  if (item.length > 0) items.push(item);
  return items;
}

/**
 * `source` (a Markdown file's body) with a blank line between the items of its notes block (see
 * the file header), so each renders as a paragraph of its own: a release's notes set one a line
 * are a list, where Markdown would join lines one under another into one paragraph.
 *
 * @example
 * notesApart('ENDS\n\nNotes to editors\nKelda Rail runs 212 trains a day.')
 * // 'ENDS\n\nNotes to editors\n\nKelda Rail runs 212 trains a day.'
 */
export function notesApart(source: string): string {
  const lines = source.split('\n');
  const start = releaseNotesStart(lines);
  if (start < 0) return source;
  const items = noteItems(lines.slice(start), textWidth(source));
  const above = start > 0 ? [lines.slice(0, start).join('\n')] : [];
  return [...above, ...items.map((item) => item.join('\n'))].join('\n\n');
}

/**
 * Reads the notes block `lines` (what follows a release's end mark or notes label; see the file
 * header) of a text whose lines are set `width` characters wide at most: the notes kept, each a
 * paragraph of its own ("\n\n" between them), and the lines dropped as 'note to readers', in
 * file order.
 *
 * @example
 * readReleaseNotes(['Notes to editors', 'Kelda Rail runs 212 trains a day.',
 *   'For media enquiries contact the press office on 01632 960 300.'], 72).kept
 * // 'Kelda Rail runs 212 trains a day.'
 */
export function readReleaseNotes(
  lines: readonly string[],
  width: number = textWidth(lines.join('\n')),
): { kept: string; dropped: DroppedLine[] } {
  const kept: string[] = [];
  const dropped: DroppedLine[] = [];
  const note = (line: string): DroppedLine => ({ line, reason: 'note to readers' });
  for (const item of noteItems(lines, width)) {
    const text = item.join(' ');
    if (isNotesLabel(text) || CONTACT_LABEL.test(text)) {
      dropped.push(...item.map(note));
      continue;
    }
    // A note ending in a call on the reader ("Kestrel Buses runs 140 buses. Media enquiries:
    // press@…"): the call is furniture, what the note states before it is the issuer's
    // background, kept. (Lines are joined by one character either way, so an index in `text`
    // is one in the lines joined by "\n".)
    const start = callOnReaderStart(text);
    if (start < 0 || !isClosingNote([text.slice(start)])) {
      kept.push(item.join('\n'));
      continue;
    }
    const whole = item.join('\n');
    const before = whole.slice(0, start).trimEnd();
    if (before.length > 0) kept.push(before);
    const call = whole.slice(start).split('\n');
    dropped.push(
      ...call
        .map((line) => line.trim())
        .filter((line) => line.length > 0)
        .map(note),
    );
  }
  return { kept: kept.join('\n\n'), dropped };
}

/**
 * Reads the blocks of a release's closing note (an HTML or Markdown page's paragraphs under its
 * last rule, each its lines joined by "\n") as its notes: each block's lines an item as in text
 * ({@link readReleaseNotes}), so a note keeps what it states before its call on the reader.
 * The blocks kept, each a paragraph, and the lines dropped as 'note to readers'.
 *
 * @example
 * readNoteBlocks(['The plant reopens on Monday. Media enquiries: press@northgate.example']).kept
 * // ['The plant reopens on Monday.']
 */
export function readNoteBlocks(blocks: readonly string[]): {
  kept: string[];
  dropped: DroppedLine[];
} {
  const lines = blocks.flatMap((block) => [...block.split('\n'), '']);
  const read = readReleaseNotes(lines);
  return { kept: read.kept === '' ? [] : read.kept.split('\n\n'), dropped: read.dropped };
}
