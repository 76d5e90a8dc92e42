/**
 * A forwarded e-mail's header block: the separator a mail program sets over the message it
 * forwards ("---------- Forwarded message ---------", "Begin forwarded message:", "-----Original
 * Message-----"), then the forwarded message's header fields ("From: …", "Date: …", "Subject:
 * …", "To: …"; RFC 5322 §3.6 names, "Sent:" as Outlook writes the date). What follows it is the
 * forwarded message, the article; the lines above it are the forwarder's own note ("Worth a
 * read. Dave"), never the article's words nor its title. The block's `From` names who sent the
 * forwarded message (a newsletter's publication, as newsletter-masthead.ts reads it); its `Date`
 * is when that was sent, never the publication date.
 */
import type { DroppedLine } from './extraction.js';

/** The separator over a forwarded or quoted message, as mail programs write it. */
const SEPARATOR =
  /^(?:[-=_]{2,}\s*(?:forwarded message|original message|forwarded e-?mail)\s*[-=_]{2,}|begin forwarded message\s*:?)$/i;
/** A header field of the forwarded message. */
const HEADER_FIELD = /^(?:from|sent|date|to|cc|subject|reply-to)\s*:\s*\S/i;
const FROM_FIELD = /^from\s*:\s*(.+)$/i;
/**
 * Blocks of the forwarder's note at most above the header block, unless the e-mail's `Subject`
 * marks it a forward: a forward puts the message under a few lines of its own; a header block
 * further down is a message the article quotes. A message its mail program marked forwarded
 * ("Fwd: …") forwards what its separator stands over, however long the note above.
 */
const MAX_NOTE_BLOCKS = 3;

/**
 * True for the separator a mail program sets over a forwarded or quoted message
 * ("---------- Forwarded message ---------", "Begin forwarded message:"): a rule, never the
 * article's words nor its title, wherever it stands.
 */
export function isMailSeparator(line: string): boolean {
  return SEPARATOR.test(line.trim());
}

/** Where a forwarded message stands among an article's blocks. */
export interface ForwardedMessage {
  /** Index of the first block of the forwarded message, after its header block(s). */
  start: number;
  /** The forwarder's note and the header block(s), each line dropped with its reason. */
  dropped: Map<number, DroppedLine[]>;
  /** The display name of the forwarded message's `From` ("Kellan Courier" of "Kellan Courier <news@…>"). */
  from: string | null;
}

const linesOf = (block: string) =>
  block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

/** The display name of a `From` field's mailbox (RFC 5322 §3.4), without quotes or address. */
function displayName(field: string): string | null {
  const name = field
    .replace(/<[^>]*>/g, '')
    .replace(/^["'\s]+|["'\s]+$/g, '')
    .trim();
  return name.length > 0 && !name.includes('@') ? name : null;
}

/**
 * The forwarded message among an article's blocks (runs of lines between blank lines), when a
 * header block (the separator, then header fields with a `From`, in its block or the next)
 * stands within the first {@link MAX_NOTE_BLOCKS} + 1 blocks, or anywhere when `marked` (the
 * e-mail's `Subject` marks it a forward: PageContext.forwarded); else null.
 *
 * @example
 * forwardedMessage(['FYI. Dave', '---------- Forwarded message ---------\nFrom: Kellan Courier <a@b.example>\nSubject: Pier', 'The pier reopened.'])
 * // { start: 2, from: 'Kellan Courier', dropped: Map { 0 => [note], 1 => [separator, fields] } }
 */
export function forwardedMessage(
  blocks: readonly string[],
  marked = false,
): ForwardedMessage | null {
  const last = marked ? blocks.length - 1 : MAX_NOTE_BLOCKS;
  for (let i = 0; i <= last && i < blocks.length; i++) {
    const lines = linesOf(blocks[i] ?? '');
    if (lines.length === 0 || !SEPARATOR.test(lines[0] ?? '')) continue;
    const headerBlocks = lines.length > 1 ? [i] : [i, i + 1];
    const fields = headerBlocks.flatMap((b) => linesOf(blocks[b] ?? '')).slice(1);
    const from = fields.map((field) => FROM_FIELD.exec(field)?.[1]).find((f) => f !== undefined);
    if (fields.length === 0 || !fields.every((f) => HEADER_FIELD.test(f)) || from === undefined)
      return null;
    const dropped = new Map<number, DroppedLine[]>();
    for (let b = 0; b < i; b++)
      dropped.set(
        b,
        linesOf(blocks[b] ?? '').map((line) => ({ line, reason: "the forwarder's note" })),
      );
    for (const b of headerBlocks)
      dropped.set(
        b,
        linesOf(blocks[b] ?? '').map((line) => ({ line, reason: 'forwarded message header' })),
      );
    return {
      start: (headerBlocks[headerBlocks.length - 1] ?? i) + 1,
      dropped,
      from: displayName(from),
    };
  }
  return null;
}
