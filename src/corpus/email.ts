/**
 * Reading an e-mailed article or newsletter: an Internet message (RFC 5322) with MIME parts
 * (RFC 2045–2049), as a mail program saves it (`.eml`). Its body is the first HTML part that
 * is not an attachment, read as an HTML page, else the first plain-text part, read as text.
 */
import { decodeArticle } from './decode.js';
import { fileError } from './errors.js';
import { allParts, headerOf, parseMime, type MimePart } from './mime.js';
import { senderPublication } from './mailing-outlet.js';
import { isPersonalMailbox } from './personal-mailbox.js';
import { statedDate } from './stated.js';
import type { Unpacked } from './unpack.js';

/** Headers of which an Internet message has at least one (RFC 5322 §3.6: From and Date are required). */
const MESSAGE_HEADERS = ['from', 'date', 'subject', 'mime-version', 'content-type'];

/**
 * What mail programs put before a subject they reply to or forward ("Re:", "Fwd:", "FW:",
 * RFC 5322 §3.6.5), repeated or not: the program's words, not the sender's.
 */
const REPLY_PREFIX = /^(?:\s*(?:re|fwd?)\s*(?:\[\d+\])?\s*:\s*)+/i;
/** A forward's mark among those prefixes ("Fwd:", "FW:"), as a mail program sets it. */
const FORWARD_MARK = /\bfwd?\s*(?:\[\d+\])?\s*:/i;

/**
 * True for a message sent to a mailing list, as its list headers say: `List-Id` (RFC 2919, the
 * list's identifier) or `List-Unsubscribe` (RFC 2369, how to leave it). A newsletter is
 * published by being sent to its list, so its `Date` is its publication date.
 */
function sentToList(root: MimePart): boolean {
  return headerOf(root, 'list-id') !== null || headerOf(root, 'list-unsubscribe') !== null;
}

/** A part that is the message's text, not a file attached to it (RFC 2183). */
const isBody = (part: MimePart) => part.disposition !== 'attachment';

/**
 * Unpacks an e-mail into its body. Its `Subject` names the message: it is the article's title
 * only when the body states none and has no headline (see load.ts analyseArticle), without
 * "Re:"/"Fwd:". The `Date` is when it was sent and `From` who sent it: neither is the
 * article's byline, and the sender's name (never a person's: personal-mailbox.ts) is its outlet
 * only when it names itself as one and nothing else names the outlet (mailing-outlet.ts; it is
 * handed to cleaning too, to recognise a newsletter's masthead naming it:
 * newsletter-masthead.ts), and the `Date` is the publication date only of a newsletter's issue:
 * a message sent to a mailing list ({@link sentToList}), one sent, not forwarded, by a sender
 * naming itself as a publication (mailing-outlet.ts senderPublication), or one whose text shows
 * it the sender's own mailing (`sentDate`, decided after cleaning: own-mailing.ts); and then
 * only when the article states none and the body forwards no message (load.ts analyseArticle).
 *
 * Throws a CorpusError naming the file when it is not an e-mail message, is cut short or has
 * no text part; parse errors from the MIME parser are left to the caller (see unpack.ts).
 */
export async function unpackEmail(bytes: Uint8Array, file: string): Promise<Unpacked> {
  const { root, subject, from: named, fromAddress, complete } = await parseMime(bytes);
  // A person's name names no publication (personal-mailbox.ts): not handed on as the sender.
  const from =
    named !== null && fromAddress !== null && isPersonalMailbox(named, fromAddress) ? null : named;
  if (MESSAGE_HEADERS.every((name) => headerOf(root, name) === null))
    throw fileError(
      file,
      'is not an e-mail message: it has none of the headers of one (From, Date, Subject, Content-Type)',
    );
  if (!complete)
    throw fileError(
      file,
      'is cut short: its MIME parts never end (no closing boundary); save the message again',
    );
  const parts = allParts(root).filter(isBody);
  const body =
    parts.find((part) => part.type === 'text/html') ??
    parts.find((part) => part.type === 'text/plain');
  if (body === undefined)
    throw fileError(file, 'has no text part: no HTML or plain-text part that is not an attachment');
  // Header fields and no body (RFC 5322 §2.1: the body follows them after a blank line): the
  // message is not empty, but it holds no text to read.
  if (!body.content.some((byte) => byte > 0x20))
    throw fileError(file, 'has no text part: its header fields are followed by no text');
  const format = body.type === 'text/html' ? 'html' : 'text';
  const decoded = decodeArticle(body.content, file, format, body.params.charset);
  const { encoding, detected } = decoded;
  // A plain-text part sent as format=flowed has soft line breaks to undo (RFC 3676 §4.2).
  const text = body.unflow === undefined ? decoded.text : body.unflow(decoded.text);
  const title = subject?.replace(REPLY_PREFIX, '').trim();
  const forwarded = FORWARD_MARK.test(subject?.match(REPLY_PREFIX)?.[0] ?? '');
  const sentOn = statedDate(headerOf(root, 'date') ?? undefined);
  // A publication's own message is its issue, so its `Date` (RFC 5322 §3.6.1, when it was
  // sent) is when it was published; a person's message (a forward, an article pasted for a
  // colleague) was only sent then.
  const fromPublication = !forwarded && from !== null && senderPublication(from) !== null;
  const issue = sentToList(root) || fromPublication;
  const published = issue ? sentOn : undefined;
  const sending = {
    ...(headerOf(root, 'from') === null ? {} : { sender: true as const }),
    ...(headerOf(root, 'date') === null ? {} : { sent: true as const }),
  };
  return {
    format,
    text,
    encoding,
    ...(detected === true ? { encodingDetected: true } : {}),
    stated: { ...(title ? { title } : {}), ...(published === undefined ? {} : { published }) },
    ...(Object.keys(sending).length === 0 ? {} : { sending }),
    // Not sent to a list: the publication date only if the text shows the sender's own mailing.
    ...(issue || sentOn === undefined ? {} : { sentDate: sentOn }),
    ...(from === null && !forwarded
      ? {}
      : {
          context: {
            ...(from === null ? {} : { sender: from }),
            ...(forwarded ? { forwarded: true as const } : {}),
          },
        }),
  };
}
