/**
 * Undoing `format=flowed` (RFC 3676): a plain-text part whose sender broke long lines softly,
 * each soft break a space left at the end of a line. The line and the next are one, except
 * across quote depths: in a reply, lines quoted once ("> ") and twice (">> ") are different
 * people's words, and the quote marks of a continuation line are no part of the text (§4.5).
 * postal-mime's decoder joins lines without reading quote depth ("… harbour > board …"), so
 * the corpus decodes flowed text here.
 */

import { SIGNATURE_SEPARATOR } from './signature.js';

/** A line's quote marks (RFC 3676 §4.5: '>' characters at its start, nothing between them). */
const QUOTE_MARKS = /^>+/;

/**
 * The text of a `format=flowed` part with its soft line breaks undone. Each line's quote depth
 * is read and its marks set aside, then one space-stuffing space removed (§4.4); a line ending
 * in a space goes on on the next line of the same quote depth (with `delSp`, DelSp=yes, that
 * space was added by the sender and goes too, §4.2); a soft break before a line of another
 * depth is read as a hard one (§4.5). Each line comes out with its quote marks as "> " per
 * depth, so a quoted line stays recognisably quoted.
 *
 * @example
 * unflowText('> The board raised \r\n> fees.\r\nThanks', false) // '> The board raised fees.\nThanks'
 */
export function unflowText(text: string, delSp: boolean): string {
  const out: string[] = [];
  let current: { depth: number; text: string; flowed: boolean } | null = null;
  const flush = () => {
    if (current !== null)
      out.push(current.depth === 0 ? current.text : `${'>'.repeat(current.depth)} ${current.text}`);
    current = null;
  };
  for (const raw of text.split(/\r?\n/)) {
    const marks = QUOTE_MARKS.exec(raw)?.[0] ?? '';
    const depth = marks.length;
    let line = raw.slice(depth);
    if (line.startsWith(' ')) line = line.slice(1);
    const flowed = line.endsWith(' ') && line !== SIGNATURE_SEPARATOR;
    const piece = flowed && delSp ? line.slice(0, -1) : line;
    if (current?.flowed && current.depth === depth) {
      current.text += piece;
      current.flowed = flowed;
      continue;
    }
    flush();
    current = { depth, text: piece, flowed };
  }
  flush();
  return out.join('\n');
}
