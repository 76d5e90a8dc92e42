/**
 * Reading a browser's single-file page save: MHTML (RFC 2557), a `multipart/related` MIME
 * message whose root part is the page and whose other parts are its style sheets, images and
 * frames, as Chrome and Edge write it (`.mhtml`) and Internet Explorer and Word did (`.mht`).
 * The root page goes through the HTML reader like any saved page (see html.ts).
 */
import { decodeArticle } from './decode.js';
import { fileError } from './errors.js';
import { headerOf, parseMime, type MimePart } from './mime.js';
import { statedUrl } from './stated.js';
import type { Unpacked } from './unpack.js';

/** A Content-ID without its angle brackets, for comparing (`<a@b>` and `a@b` are one id). */
const bareId = (id: string) => id.trim().replace(/^<|>$/g, '');

/**
 * The page of an MHTML message: the part the `start` parameter names by its Content-ID, else
 * the first part (RFC 2557 §7, RFC 2387 §3.2); a message that is not multipart is the page.
 * A frame's page saved as a later part is never the root.
 */
function rootPart(message: MimePart): MimePart | undefined {
  if (!message.type.startsWith('multipart/')) return message;
  const start = message.params.start;
  const named =
    start === undefined
      ? undefined
      : message.parts.find((part) => bareId(headerOf(part, 'content-id') ?? '') === bareId(start));
  const root = named ?? message.parts[0];
  return root?.type.startsWith('multipart/') ? rootPart(root) : root;
}

/**
 * Unpacks an MHTML file into its root HTML page. The page's address is the snapshot's
 * `Snapshot-Content-Location` header (Chrome), else the root part's `Content-Location`: a
 * fallback for the url, which the page's own canonical link or `og:url` states first. The
 * message's `Date` is when the page was saved, never its publication date, and its `Subject`
 * is the page's `<title>`, which the page itself holds: neither is used.
 *
 * Throws a CorpusError naming the file when it is not a MIME message, is cut short or holds
 * no HTML page; parse errors from the MIME parser are left to the caller (see unpack.ts).
 */
export async function unpackMhtml(bytes: Uint8Array, file: string): Promise<Unpacked> {
  const { root: message, complete } = await parseMime(bytes);
  if (headerOf(message, 'content-type') === null)
    throw fileError(file, 'is not an MHTML page save: it has no MIME Content-Type header');
  if (!complete)
    throw fileError(
      file,
      'is cut short: its MIME parts never end (no closing boundary); save the page again',
    );
  const page = rootPart(message);
  if (page === undefined || page.type !== 'text/html')
    throw fileError(
      file,
      `holds no HTML page: its root part is ${page === undefined ? 'missing' : page.type}`,
    );
  const { text, encoding, detected } = decodeArticle(
    page.content,
    file,
    'html',
    page.params.charset,
  );
  const url = statedUrl(
    headerOf(message, 'snapshot-content-location') ??
      headerOf(page, 'content-location') ??
      undefined,
  );
  return {
    format: 'html',
    text,
    encoding,
    ...(detected === true ? { encodingDetected: true } : {}),
    stated: url === undefined ? {} : { url },
  };
}
