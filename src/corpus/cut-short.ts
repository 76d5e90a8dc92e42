/**
 * Whether a feed item's text is the whole story or cut short, by a stated rule (feed-files.ts
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
import { parseHTML } from 'linkedom';
import type { FeedContent } from './feed-items.js';

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

/** The lines of the text, as a browser would show them, without blank ones. */
export function contentLines(content: FeedContent): string[] {
  let text = content.text;
  if (content.type === 'html') {
    const { document } = parseHTML(`<!DOCTYPE html><html><body>${content.text}</body></html>`);
    const body = document.body;
    const ends = Array.from(body.querySelectorAll(LINE_ENDS)) as Array<{
      after(node: unknown): void;
    }>;
    for (const element of ends) element.after(document.createTextNode('\n'));
    text = body.textContent ?? '';
  }
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0);
}

/**
 * Why `content` is cut short, as a problem says it ("it ends in \"[+1450 chars]\""); null when
 * it is not (see the rule above).
 */
export function cutShort(content: FeedContent): string | null {
  const last = contentLines(content).at(-1);
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
