/**
 * A signature block: the sender's card under the signature separator, a line of two hyphens
 * and a space ("-- "; RFC 3676 §4.3, Usenet's "sigdashes" before it), to the end of the text. Mail
 * clients and posters set a name, an address or a telephone number there ("-- " / "Millbeck
 * Courier, 14 March Lane, Millbeck. Tel 01632 960 418"): it is never the article's words, and
 * its dates are no events ("14 March Lane").
 *
 * The separator is also read without its space ("--"): editors and copy-and-paste strip
 * trailing spaces. Only a short block is a signature: at most 4 lines (the netiquette's rule of
 * thumb, RFC 1855 §2.1.1, "no longer than 4 lines"), each at most 80 characters (a terminal's
 * width, which that rule counts lines of). A "--" line with more under it sets apart a part of
 * the article and is kept.
 */

import type { DroppedLine } from './extraction.js';

/** The signature separator as RFC 3676 §4.3 writes it: a line of its own though it ends in a space. */
export const SIGNATURE_SEPARATOR = '-- ';

/** The separator line, with or without its space. */
const SEPARATOR_LINE = /^--[ \t]?$/;

/**
 * True for the signature separator alone on its line ("-- " or "--"). With a card under it the
 * block is a signature ({@link signatureStart}); with more under it, it still holds no word of
 * the article, only sets apart what follows (a mailing's footer, read by its own rules), as a
 * horizontal rule does.
 */
export function isSignatureSeparator(line: string): boolean {
  return line.trim() === '--';
}
/** Longest signature, in non-empty lines (RFC 1855 §2.1.1). */
export const MAX_SIGNATURE_LINES = 4;
/** Longest line of a signature, in characters: a terminal's 80 columns. */
export const MAX_SIGNATURE_LINE_LENGTH = 80;

/**
 * Where the signature block of `lines` (a text's lines, in order) starts: the index of its
 * separator line, or -1 when the text ends in none (see the file header). Only the last
 * separator counts: a signature runs to the end of the text.
 *
 * @example
 * signatureStart(['The pool closed.', '-- ', 'Millbeck Courier, Tel 01632 960 418']) // 1
 */
export function signatureStart(lines: readonly string[]): number {
  let start = -1;
  for (let i = lines.length - 1; i >= 0; i -= 1)
    if (SEPARATOR_LINE.test(lines[i] ?? '')) {
      start = i;
      break;
    }
  if (start < 0) return -1;
  const card = lines.slice(start + 1).map((line) => line.trim());
  const filled = card.filter((line) => line.length > 0);
  return filled.length > 0 &&
    filled.length <= MAX_SIGNATURE_LINES &&
    filled.every((line) => line.length <= MAX_SIGNATURE_LINE_LENGTH)
    ? start
    : -1;
}

/** The lines of the signature block from `start` ({@link signatureStart}), trimmed, each dropped. */
export function signatureDrops(lines: readonly string[], start: number): DroppedLine[] {
  return lines
    .slice(start)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line): DroppedLine => ({ line, reason: 'signature block' }));
}
