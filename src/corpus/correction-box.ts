/**
 * Correction boxes: a correction or an editor's note a page sets in a box of its own inside the
 * article (`<aside class="correction">`, `<div class="editors-note">`). Readability leaves every
 * `<aside>` out as the page's furniture, and may leave out a box a class name marks as a
 * sidebar, so such a note would never reach the text. It is the outlet's own statement about
 * the article, article text wherever the layout puts it: the box is made a plain block of the
 * article before Readability reads the page, so its text is kept as a paragraph of its own.
 * A box is one note, so its paragraphs are one paragraph of the text: "Correction: An earlier
 * version … said crossings would run every 30 minutes." and the box's next paragraph "They will
 * run every 40 minutes." are quoted together, never the error without the fact that corrects it.
 * Other boxes (related links, a pull quote repeating the text, an advertisement) are left as
 * they are, for Readability to drop.
 */
import { opensAsNoteOnArticle } from '../text/correction.js';

/** The parts of a DOM element read and changed here (linkedom's, as html.ts parses the page). */
export interface BoxElement {
  localName: string;
  getAttribute(name: string): string | null;
  removeAttribute(name: string): void;
  querySelectorAll(selector: string): ArrayLike<BoxElement>;
  closest(selector: string): BoxElement | null;
  textContent: string | null;
  ownerDocument: { createElement(name: string): BoxElement; createTextNode(text: string): unknown };
  childNodes: ArrayLike<unknown>;
  append(...nodes: unknown[]): void;
  replaceWith(...nodes: unknown[]): void;
}

/** The article's own element: HTML's `<article>`, or schema.org's article body. */
const ARTICLE = 'article, [itemprop="articleBody"]';
/** Boxes a page sets a note in. */
const BOX = 'aside, div, section, p, footer';
/**
 * A class or id token naming a correction or an editor's note: "correction", "corrections-box",
 * "editors-note", "editor-note", "clarification". Tokens are split on "-" and "_" as CSS class
 * names are written.
 */
const NOTE_CLASS = /(?:^|[\s_-])(?:corrections?|clarifications?|editors?[_-]?notes?)(?=$|[\s_-])/i;
/** Block elements inside a box: kept as they are when the box is opened. */
const BLOCK_CHILD = 'p, div, ul, ol, blockquote, h2, h3, h4, h5, h6';

/** Boxes Readability drops by their tag, whatever they hold. */
const DROPPED_TAG = new Set(['aside', 'footer']);

/**
 * True for a box that holds a correction or an editor's note (see the file header): marked so
 * by its class or id, or, for a box Readability drops by its tag, opening with the note's label
 * or as a note without one ("This article was amended on …", text/correction.ts).
 */
function isNoteBox(box: BoxElement): boolean {
  const names = `${box.getAttribute('class') ?? ''} ${box.getAttribute('id') ?? ''}`;
  if (NOTE_CLASS.test(names)) return true;
  return DROPPED_TAG.has(box.localName) && opensAsNoteOnArticle(box.textContent ?? '');
}

/**
 * The box's paragraphs as one paragraph (see the file header): a `<p>` holding their contents,
 * a space between each, when the box's blocks are two or more paragraphs of one note; null when
 * it holds other blocks (a list, a table, a heading) or paragraphs that each open with a label
 * of their own, several notes ("Correction: …" / "Clarification: …").
 */
function oneParagraph(box: BoxElement): BoxElement | null {
  const blocks = Array.from(box.querySelectorAll(BLOCK_CHILD));
  if (blocks.length < 2 || blocks.some((block) => block.localName !== 'p')) return null;
  if (blocks.slice(1).some((block) => opensAsNoteOnArticle(block.textContent ?? ''))) return null;
  const document = box.ownerDocument;
  const paragraph = document.createElement('p');
  blocks.forEach((block, index) => {
    if (index > 0) paragraph.append(document.createTextNode(' '));
    paragraph.append(...Array.from(block.childNodes));
  });
  return paragraph;
}

/**
 * Makes each correction or editor's note box inside the page's article (see the file header)
 * a plain block: an `<aside>` or `<footer>` becomes a `<div>` holding its blocks (a `<p>` when
 * it holds inline text only), or a `<p>` when its paragraphs are one note's ({@link oneParagraph});
 * any other box loses the class and id that marked it, which Readability weighs. Changes
 * `document` in place; linear in its size.
 */
export function openCorrectionBoxes(document: BoxElement): void {
  for (const box of Array.from(document.querySelectorAll(BOX))) {
    if (box.closest(ARTICLE) === null || !isNoteBox(box)) continue;
    const joined = oneParagraph(box);
    if (joined !== null) {
      box.replaceWith(joined);
      continue;
    }
    if (!DROPPED_TAG.has(box.localName)) {
      box.removeAttribute('class');
      box.removeAttribute('id');
      continue;
    }
    const hasBlocks = box.querySelectorAll(BLOCK_CHILD).length > 0;
    const plain = box.ownerDocument.createElement(hasBlocks ? 'div' : 'p');
    plain.append(...Array.from(box.childNodes));
    box.replaceWith(plain);
  }
}
