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
 * "Content" heading alone is read as it is.
 */
import type { DroppedLine } from './extraction.js';
import type { HtmlBlock } from './html-blocks.js';

/** A heading over the saved article's text. */
const CONTENT_HEADING = /^(?:content|article|full text|text|original article)$/i;
/** A heading over the reader's material: what they highlighted, noted or tagged. */
const READER_HEADING =
  /^(?:highlights?|notes?|my notes|annotations?|comments?|reader notes|tags|labels)$/i;

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
