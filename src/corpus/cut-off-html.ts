/**
 * Whether an HTML file was cut off before its end (a download or a copy stopped part-way), read
 * from the parse itself: htmlparser2 (the parser under linkedom) closes, at the end of input,
 * every element still open, reporting each as closed by implication. A whole page closes its
 * `<body>` or `<html>`; a file that closes neither and ends inside a block of text (a paragraph,
 * a list item, a heading) stopped mid-text, so its last words are a fragment ("… a temporary
 * site on Church Stre"), not a sentence of the article. A fragment of markup with no `<body>`
 * nor block left open (`<p>One.</p>`, as tests and exports write) is not cut off.
 */
import { Parser } from 'htmlparser2';
import { CLOSING_MARKS, SENTENCE_END } from './sentence-end.js';

/** Elements holding a block of text, that a whole page closes (or the next block does). */
const TEXT_BLOCKS = new Set([
  'p',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'td',
  'th',
  'dd',
  'dt',
  'figcaption',
  'div',
  'article',
  'section',
  'main',
  'pre',
]);

/**
 * The text blocks (lower-case element names, innermost first) an HTML file ends inside when it
 * closes neither `</body>` nor `</html>`: non-empty when the file was cut off; empty otherwise.
 */
export function openBlocksAtEnd(html: string): string[] {
  let ended = false;
  let closedPage = false;
  const open: string[] = [];
  const parser = new Parser(
    {
      onclosetag(name, implied) {
        if (!implied && (name === 'body' || name === 'html')) closedPage = true;
        if (ended && implied && TEXT_BLOCKS.has(name)) open.push(name);
      },
    },
    { decodeEntities: false },
  );
  parser.write(html);
  ended = true;
  parser.end();
  return closedPage ? [] : open;
}

/** A sentence's end followed by a space: where the text before a cut-off fragment stops. */
const SENTENCE_END_BEFORE_SPACE = new RegExp(`[.!?…]${CLOSING_MARKS}(?=\\s)`, 'g');

/**
 * The last block of a cut-off page split into what stands whole and the fragment the cut left:
 * the words after the block's last sentence end (the whole block when it has none). Null when
 * the block ends a sentence (the cut fell between sentences).
 */
export function cutOffFragment(text: string): { kept: string; fragment: string } | null {
  const trimmed = text.trimEnd();
  if (SENTENCE_END.test(trimmed)) return null;
  let end = 0;
  for (const match of trimmed.matchAll(SENTENCE_END_BEFORE_SPACE))
    end = match.index + match[0].length;
  return { kept: trimmed.slice(0, end).trimEnd(), fragment: trimmed.slice(end).trim() };
}
