/**
 * Read-later exports: a Markdown file a read-later or highlighting app writes for a saved page
 * (Omnivore, Readwise, Wallabag and the like). The app sets the article under a heading of its
 * own ("## Content") and the reader's material under others ("## Highlights", "## Notes"): the
 * highlights repeat the article, and the notes ("Note: check this against …") are the reader's
 * words, never the outlet's. The app's own lines between the title and the content ("Read on
 * Omnivore · Read Original") are no part of the article either.
 *
 * The export is recognised by that structure, not by an app's name: a heading naming the
 * content section, then, at the same level, a heading naming a section of the reader's. A
 * Markdown article with a "Notes" heading alone (an author's notes, "Notes on the data") or a
 * "Content" heading alone is read as it is. Some apps set no content heading: the article,
 * then a thematic break (`---`), then the reader's sections under labels that are headings or
 * paragraphs set wholly in bold (`**Highlights**`, `**Notes**`): the same structure, read by
 * the same rule (see {@link readerSectionsStart}).
 */
import type { DroppedLine } from './extraction.js';
import { blocksOf, type DomNode, type HtmlBlock } from './html-blocks.js';

/** A heading over the saved article's text. */
const CONTENT_HEADING = /^(?:content|article|full text|text|original article)$/i;
/** A heading over the reader's material: what they highlighted, noted or tagged. */
const READER_HEADING =
  /^(?:highlights?|notes?|my notes|annotations?|comments?|reader notes|tags|labels)$/i;

/** A label only a reader's material has: an author's "Notes" alone may be the article's. */
const HIGHLIGHTS_HEADING = /^(?:highlights?|annotations?)$/i;

/** The blocks of an export's article, and the app's and the reader's lines dropped. */
export interface ReadLaterContent {
  /** The title heading (if above the content heading), then the content section's blocks. */
  kept: HtmlBlock[];
  dropped: DroppedLine[];
}

const linesOf = (block: HtmlBlock) => block.text.split('\n').filter((line) => line.length > 0);

/**
 * The article of a read-later export (see the file header) from its Markdown rendered into
 * blocks, in order; null when the blocks have no such structure.
 *
 * @example
 * // blocks of '# Title', '[Read Original](…)', '## Content', 'Body.', '## Notes', 'Check this.'
 * readLaterContent(blocks) // kept: Title, Body.; dropped: the link line, the headings, the note
 */
export function readLaterContent(blocks: readonly HtmlBlock[]): ReadLaterContent | null {
  const content = blocks.findIndex(
    (block) => block.level !== null && CONTENT_HEADING.test(block.text.trim()),
  );
  if (content < 0) return null;
  const level = blocks[content]?.level;
  const reader = blocks.findIndex(
    (block, i) => i > content && block.level === level && READER_HEADING.test(block.text.trim()),
  );
  if (reader < 0) return null;
  const kept: HtmlBlock[] = [];
  const dropped: DroppedLine[] = [];
  const title = blocks.findIndex((block) => block.level !== null && block.level < (level ?? 0));
  blocks.forEach((block, i) => {
    if (i === title && i < content) kept.push(block);
    else if (i > content && i < reader) kept.push(block);
    else {
      const reason = i > reader ? "the reader's highlights or notes" : 'outside the article body';
      for (const line of linesOf(block)) dropped.push({ line, reason });
    }
  });
  return { kept, dropped };
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const HEADING_ELEMENT = /^H[1-6]$/;
const BOLD_ELEMENT = /^(?:STRONG|B)$/;

/** The text of a label: a heading, or a paragraph whose only content is one bold run; else null. */
function labelText(node: DomNode): string | null {
  const name = node.nodeName.toUpperCase();
  const text = () => blocksOf(node)[0]?.text.replace(/:$/, '').trim() ?? '';
  if (HEADING_ELEMENT.test(name)) return text();
  if (name !== 'P') return null;
  const children = Array.from(node.childNodes).filter(
    (child) => !(child.nodeType === TEXT_NODE && (child.nodeValue ?? '').trim() === ''),
  );
  const only = children[0];
  return children.length === 1 &&
    only?.nodeType === ELEMENT_NODE &&
    BOLD_ELEMENT.test(only.nodeName.toUpperCase())
    ? text()
    : null;
}

/**
 * Where the reader's sections of a read-later export start, among the top-level nodes of its
 * rendered Markdown: the thematic break (`<hr>`) right before a label of the reader's (a heading
 * or a wholly bold paragraph: "Highlights", "Notes"), when the labels from there on include
 * "Highlights" or "Annotations" (a reader's, never an author's). The article is everything
 * before it. -1 when there is none, so an article ending in "---" and an author's "Notes" is
 * read whole.
 */
function readerSectionsStart(nodes: readonly DomNode[]): number {
  const elements = nodes
    .map((node, index) => ({ node, index }))
    .filter(({ node }) => node.nodeType === ELEMENT_NODE);
  for (let i = 0; i < elements.length - 1; i += 1) {
    const hr = elements[i];
    const next = elements[i + 1];
    if (!hr || !next || hr.node.nodeName.toUpperCase() !== 'HR') continue;
    const first = labelText(next.node);
    if (first === null || !READER_HEADING.test(first)) continue;
    const labels = elements.slice(i + 1).map(({ node }) => labelText(node));
    if (labels.some((label) => label !== null && HIGHLIGHTS_HEADING.test(label))) return hr.index;
  }
  return -1;
}

/**
 * The top-level nodes of a rendered Markdown file without a read-later export's reader's
 * sections set after a thematic break (see {@link readerSectionsStart}), and their lines,
 * dropped. Unchanged when it has none.
 *
 * @example
 * // nodes of '<p>Body.</p><hr><p><strong>Highlights</strong></p><blockquote>Body.</blockquote>'
 * withoutReaderSections(nodes) // article: the first paragraph; dropped: Highlights, Body.
 */
export function withoutReaderSections(nodes: readonly DomNode[]): {
  article: readonly DomNode[];
  dropped: DroppedLine[];
} {
  const cut = readerSectionsStart(nodes);
  if (cut < 0) return { article: nodes, dropped: [] };
  const dropped = nodes
    .slice(cut)
    .flatMap((node) => blocksOf(node))
    .flatMap(linesOf)
    .map((line): DroppedLine => ({ line, reason: "the reader's highlights or notes" }));
  return { article: nodes.slice(0, cut), dropped };
}
