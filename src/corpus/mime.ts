/**
 * Parsing a MIME message (RFC 2045–2049, RFC 5322): an e-mail or a browser's MHTML page save.
 * The parsing is postal-mime's; this module hands on its tree of parts with each part's bytes
 * as they are after the transfer encoding (quoted-printable, base64) is undone, so that the
 * corpus decodes their charsets itself (see decode.ts): Node 20's `TextDecoder` reads
 * windows-1252 as ISO-8859-1, which would turn the curly quotes of a Windows-written message
 * into control characters.
 */
import type PostalMimeModule from 'postal-mime';
import { unflowText } from './flowed.js';

/** One header line: its name in lower case and its value, unfolded. */
export interface MimeHeader {
  key: string;
  value: string;
}

/** One part of a MIME message, or the message itself. */
export interface MimePart {
  /** The media type in lower case (`text/html`, `multipart/related`); `text/plain` when unstated. */
  type: string;
  /** The `Content-Type` parameters (`charset`, `boundary`, `start`…), names in lower case. */
  params: Record<string, string>;
  /** The `Content-Disposition` value in lower case (`inline`, `attachment`), or null. */
  disposition: string | null;
  headers: MimeHeader[];
  /** The body's bytes, transfer encoding undone (empty for a multipart). */
  content: Uint8Array;
  parts: MimePart[];
  /**
   * For a `format=flowed` plain-text part (RFC 3676), undoes its soft line breaks in the text
   * decoded from `content`: a line ending in a space goes on on the next line of the same quote
   * depth (with `DelSp=yes` that space was added by the sender and goes too), and a
   * space-stuffed line loses its first space (flowed.ts). Absent for any other part.
   */
  unflow?: (text: string) => string;
}

/** A parsed message: the root part and the message's decoded subject, if any. */
export interface MimeMessage {
  root: MimePart;
  /** The `Subject` header, encoded words (RFC 2047) decoded. */
  subject: string | null;
  /** The display name of the `From` address ("Marrow Bay Gazette" in `Marrow Bay Gazette <…>`), decoded. */
  from: string | null;
  /** The address of the `From` mailbox ("briefing@marrowbay.example"), if any. */
  fromAddress: string | null;
  /**
   * False when the message is a multipart whose closing delimiter (`--boundary--`, RFC 2046
   * §5.1.1) never comes: the file was cut short, and its last part may be too.
   */
  complete: boolean;
}

/** The shape of postal-mime's parsed nodes this module reads. */
interface ParsedNode {
  contentType: { parsed: { value: string; params: Record<string, string | undefined> } };
  contentDisposition: { parsed: { value: string } };
  headers: Array<{ key: string; value: string }>;
  content: ArrayBuffer | null;
  childNodes: ParsedNode[];
}

function isParsedNode(value: unknown): value is ParsedNode {
  const node = value as Partial<ParsedNode> | null;
  return (
    typeof node === 'object' &&
    node !== null &&
    typeof node.contentType?.parsed?.value === 'string' &&
    Array.isArray(node.headers) &&
    Array.isArray(node.childNodes)
  );
}

function partOf(node: ParsedNode): MimePart {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(node.contentType.parsed.params))
    if (typeof value === 'string') params[name.toLowerCase()] = value;
  const type = node.contentType.parsed.value.toLowerCase() || 'text/plain';
  const part: MimePart = {
    type,
    params,
    disposition: node.contentDisposition.parsed.value?.toLowerCase() || null,
    headers: node.headers.map(({ key, value }) => ({ key: key.toLowerCase(), value })),
    content: node.content ? new Uint8Array(node.content) : new Uint8Array(0),
    parts: node.childNodes.map(partOf),
  };
  if (type === 'text/plain' && params.format?.toLowerCase() === 'flowed') {
    // This module decodes charsets on its own (see the file header), so the text is unflowed
    // after: by flowed.ts, which reads quote depth as postal-mime's decoder does not.
    const delSp = params.delsp?.toLowerCase() === 'yes';
    part.unflow = (text) => unflowText(text, delSp);
  }
  return part;
}

let postalMime: typeof PostalMimeModule | undefined;

/**
 * Parses a MIME message. postal-mime bounds its own costs (part nesting 256 deep, 2 MiB of
 * headers) and rejects a message past them; the file's size is bounded by the corpus reader.
 * Throws an Error saying what is wrong when the bytes are not a MIME message.
 */
export async function parseMime(bytes: Uint8Array): Promise<MimeMessage> {
  // Loaded on first use: most corpora hold no packaged files.
  postalMime ??= (await import('postal-mime')).default;
  const parser = new postalMime();
  const email = await parser.parse(bytes);
  // The tree of parts is the parser's `root` (not in its typings): checked before use, so a
  // change in postal-mime is a clear error here, not a wrong article.
  const root = (parser as unknown as { root?: unknown }).root;
  if (!isParsedNode(root)) throw new Error('the MIME parser gave no tree of parts');
  const message = partOf(root);
  const boundary = message.params.boundary;
  const complete =
    !message.type.startsWith('multipart/') ||
    (boundary !== undefined && Buffer.from(bytes).includes(`--${boundary}--`, 0, 'latin1'));
  return {
    root: message,
    subject: email.subject?.trim() || null,
    from: email.from?.name?.trim() || null,
    fromAddress: email.from?.address?.trim() || null,
    complete,
  };
}

/** The first value of a header of `part`, by its name in any case; null when absent. */
export function headerOf(part: MimePart, name: string): string | null {
  const key = name.toLowerCase();
  return part.headers.find((header) => header.key === key)?.value.trim() ?? null;
}

/** Every part of the tree under `part` (itself first), depth first in document order. */
export function allParts(part: MimePart): MimePart[] {
  return [part, ...part.parts.flatMap(allParts)];
}
