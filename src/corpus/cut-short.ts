/**
 * Whether a feed item's text is the whole story or cut short, by a stated rule (feed-item.ts
 * refuses one cut short, as a summary is refused: a quote from it would not be the article's).
 * Its text is cut short when its last line
 * - ends in a count of what was left out, "… [+1450 chars]" (NewsAPI cuts `content` so);
 * - ends in an ellipsis, "…", "..." or a bracketed "[…]" (WordPress's excerpt mark), the place
 *   where a feed's excerpt stops (a story's own last sentence ends in a full stop or a quotation
 *   mark, never in a bare ellipsis);
 * - is a link to the rest of the story and nothing more: "Read more", "Continue reading" (and
 *   the post's title, as WordPress writes it), "Keep reading", "Read the full story", "Read the rest
 *   of this entry", "Full story", with an arrow or guillemet after it. "Read more: Pier reopens"
 *   names another story (a related link under a whole one) and is not such a line.
 */
import type { DomNode } from './html-blocks.js';

/** Elements that end a line of what a browser shows. */
const LINE_ENDS =
  'p, div, li, br, h1, h2, h3, h4, h5, h6, blockquote, pre, tr, figure, figcaption, section, article, hr';

const LEFT_OUT = /\[\+\d+ chars?\]$/i;
const ELLIPSIS = /(?:…|\.\.\.)\s*[\])]?$/;
const MORE_LINK =
  /^(?:read more|keep reading|full story|read (?:the )?(?:full|whole|complete) (?:story|article|post|report)|read the rest(?: of (?:this|the) (?:entry|story|article|post))?|continue reading(?:\s.*)?)$/i;
/** How many of the last line's words a problem quotes. */
const SHOWN_WORDS = 8;
/** What may follow a link's words: arrows, guillemets, an ellipsis, a colon. */
const LINK_TAIL = /[\s→»›>…:.]+$/u;

/** A parsed HTML body (linkedom's). */
interface HtmlBody extends DomNode {
  ownerDocument: { createTextNode(text: string): unknown };
  querySelectorAll(selectors: string): ArrayLike<{ after(node: unknown): void }>;
  textContent: string | null;
}

/** The lines of a text, without blank ones, each on one line. */
export function textLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0);
}

/**
 * The lines of a parsed HTML body as a browser would show them, without blank ones. Marks
 * where each line ends in `body`: read it for nothing else afterwards.
 */
export function shownLines(body: HtmlBody): string[] {
  for (const element of Array.from(body.querySelectorAll(LINE_ENDS)))
    element.after(body.ownerDocument.createTextNode('\n'));
  return textLines(body.textContent ?? '');
}

/**
 * Why the text whose shown lines are `lines` ({@link shownLines}, {@link textLines}) is cut
 * short, as a problem says it ("it ends in \"[+1450 chars]\""); null when it is not (see the
 * rule above).
 */
export function cutShort(lines: readonly string[]): string | null {
  const last = lines.at(-1);
  if (last === undefined) return null;
  // The line's last words, enough to find it in the feed.
  const words = last.split(' ');
  const shown = words.length > SHOWN_WORDS ? `… ${words.slice(-SHOWN_WORDS).join(' ')}` : last;
  if (LEFT_OUT.test(last)) return `it ends in "${shown}", a count of what was left out`;
  if (MORE_LINK.test(last.replace(LINK_TAIL, '')))
    return `it ends in a link to the rest, "${shown}"`;
  if (ELLIPSIS.test(last)) return `it ends in an ellipsis, "${shown}"`;
  return null;
}
