/**
 * A page saved from Firefox's Reader View (`about:reader`, aboutReader.html): the article as
 * Readability read it, under the reader's own header, which names the address the page was
 * read from (`.reader-domain`, its text the host), the headline (`.reader-title`), the byline
 * Readability found (`.reader-credits`) and an estimate of the reading time
 * (`.reader-estimated-time`, "2-3 minutes"). The header is the browser's, never the article's
 * words: its fields are read as metadata and the header left out of the page.
 */
import type { DroppedLine } from './extraction.js';

/** The parts of a DOM element read here (linkedom's, as html.ts parses the page). */
export interface ReaderElement {
  getAttribute(name: string): string | null;
  querySelector(selector: string): ReaderElement | null;
  textContent: string | null;
  remove(): void;
}

/** What the reader's header states. */
export interface ReaderHeader {
  /** The address the page was read from (the domain link's target, absolute http(s)). */
  url?: string;
  /** The byline Readability found on the page, as it shows it. */
  credits?: string;
  /** The header's lines, left out of the page: the host, the headline, the credits, the time. */
  dropped: DroppedLine[];
}

/** The reader's header: Firefox's aboutReader.html marks it so. */
const HEADER = '.reader-header';

function oneLine(text: string | null | undefined): string | undefined {
  const value = text?.replace(/\s+/g, ' ').trim();
  return value ? value : undefined;
}

/**
 * Reads and removes the header of a page saved from Firefox's Reader View, or null (the page
 * left as it was) when it has none.
 */
export function takeReaderHeader(document: ReaderElement): ReaderHeader | null {
  const header = document.querySelector(HEADER);
  if (header === null) return null;
  const domain = header.querySelector('.reader-domain');
  const href = domain?.getAttribute('href')?.trim();
  const credits = oneLine(header.querySelector('.reader-credits')?.textContent);
  const dropped: DroppedLine[] = [];
  for (const [selector, reason] of [
    ['.reader-domain', "reader view's header"],
    ['.reader-title', 'headline (the title)'],
    ['.reader-credits', 'byline'],
    ['.reader-estimated-time', "reader view's header"],
  ] as const) {
    const line = oneLine(header.querySelector(selector)?.textContent);
    if (line !== undefined) dropped.push({ line, reason });
  }
  header.remove();
  return {
    ...(href !== undefined && /^https?:\/\//i.test(href) ? { url: href } : {}),
    ...(credits === undefined ? {} : { credits }),
    dropped,
  };
}
