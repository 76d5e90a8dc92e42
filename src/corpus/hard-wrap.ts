/**
 * Telling a line a plain text wraps onto the next from one ended on purpose, in text whose
 * lines carry no geometry: a hard-wrapped text breaks a line only when the next word would
 * not fit in its width (as a typesetter does; pdf-paragraphs.ts reads the same in a PDF's
 * measures), so a line that leaves room for the next line's first word was ended there.
 */

/**
 * The width a text's lines are set to, in characters: its widest line. A text with one line
 * per paragraph is as wide as its longest paragraph, so no short line of it was wrapped.
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const line of text.split('\n')) width = Math.max(width, line.trim().length);
  return width;
}

/**
 * True when `line` may be the continuation of `previous` wrapped at `width` characters: it
 * starts in lower case (a sentence or a headline running on), or its first word would not
 * have fit at the end of `previous`.
 *
 * @example
 * mayContinue('Lido closed for the summer', 'Aldshire Valley edition', 72) // false
 * mayContinue('Lido closed for the summer', 'after cracks found', 72) // true
 */
export function mayContinue(previous: string, line: string, width: number): boolean {
  const next = line.trim();
  if (!/^["“‘'(]?\p{Lu}/u.test(next) && /^\S*\p{L}/u.test(next)) return true;
  const firstWord = next.split(/\s+/)[0] ?? '';
  return previous.trim().length + 1 + firstWord.length > width;
}
