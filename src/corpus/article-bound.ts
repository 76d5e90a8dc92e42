/**
 * The element a page marks as its article, which bounds what Readability may take. The HTML
 * standard defines `<article>` as "a complete, or self-contained, composition in a document"
 * and `<main>` as "the dominant contents of the document" (HTML Living Standard §4.3.2,
 * §4.4.14): what stands outside the page's one article (an advertisement's slot, a cookie
 * banner, a promotion) is not the article's words. Readability scores the whole body, then
 * adds the top candidate's siblings, among them any short text without links that ends a
 * sentence (its sibling pass, whatever the article's length; `charThreshold` is not the cause),
 * so an advertisement beside `<main>` ("Switch supplier and save £200! Click here.") was
 * quoted as the article's. It has no option to bound the page, so the page it reads is bounded
 * here: the one `<article>`, else the one `<main>`, when it holds the headline and most of the
 * page's text; any other page (several articles, none, or one that is a teaser) is read whole.
 */
import { blocksOf, type DomNode, type HtmlBlock } from './html-blocks.js';

/** The parts of a DOM element and document read here (linkedom's). */
export interface BoundElement extends DomNode {
  localName: string;
  outerHTML: string;
  contains(other: BoundElement): boolean;
  closest(selector: string): BoundElement | null;
}
/** The parts of a parsed page read here: its head and element queries (linkedom's document). */
export interface BoundDocument {
  head?: { outerHTML: string } | null;
  querySelector(selector: string): BoundElement | null;
  querySelectorAll(selector: string): ArrayLike<BoundElement>;
}

/**
 * The least share of the page's text characters the element must hold: "most of the text".
 * Below it the page's words lie mostly elsewhere and the element may be a teaser or a card.
 */
const MOST = 0.5;

/** The characters of blocks' text, whitespace left out. */
export const textLength = (blocks: readonly HtmlBlock[]) =>
  blocks.reduce((sum, block) => sum + block.text.replace(/\s+/g, '').length, 0);

/**
 * The page's one `<article>`, else its one `<main>`, when it holds the page's first `<h1>`
 * (if the page has one) and at least half of the text of `page` (the body's blocks, whitespace
 * left out); null otherwise.
 */
export function articleBound(
  document: BoundDocument,
  page: readonly HtmlBlock[],
): BoundElement | null {
  const total = textLength(page);
  if (total === 0) return null;
  const h1 = document.querySelector('h1');
  for (const selector of ['article', 'main']) {
    const found = Array.from(document.querySelectorAll(selector));
    if (found.length !== 1) continue;
    const element = found[0]!;
    if (h1 !== null && !element.contains(h1)) continue;
    if (textLength(blocksOf(element)) >= total * MOST) return element;
  }
  return null;
}

/** JSON-LD, where a page states its metadata (Readability reads it from any `<script>`). */
const JSON_LD = 'script[type="application/ld+json" i]';

/**
 * The page as Readability should read it: its head, the JSON-LD its body holds outside `bound`,
 * and `bound` alone as its body (HTML text, parsed again by the caller).
 */
export function boundedPage(document: BoundDocument, bound: BoundElement): string {
  const jsonLd = Array.from(document.querySelectorAll(JSON_LD))
    .filter((script) => script.closest('head') === null && !bound.contains(script))
    .map((script) => script.outerHTML);
  return `<!doctype html><html>${document.head?.outerHTML ?? '<head></head>'}<body>${jsonLd.join('')}${bound.outerHTML}</body></html>`;
}
