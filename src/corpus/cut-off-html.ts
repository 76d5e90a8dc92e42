/**
 * Whether an HTML file was cut off before its end (a download or a copy stopped part-way), read
 * from the parse itself (html-scan.ts): htmlparser2 (the parser under linkedom) closes, at the end of input,
 * every element still open, reporting each as closed by implication. A whole page closes its
 * `<body>` or `<html>`; a file that closes neither and ends inside a block of text (a paragraph,
 * a list item, a heading) stopped mid-text, so its last words are a fragment ("… a temporary
 * site on Church Stre"), not a sentence of the article. A fragment of markup with no `<body>`
 * nor block left open (`<p>One.</p>`, as tests and exports write) is not cut off.
 */
import { CLOSING_MARKS, SENTENCE_END } from './sentence-end.js';
import { matchesOf } from '../text/matches-of.js';

/** Elements holding a block of text, that a whole page closes (or the next block does). */
export const TEXT_BLOCKS: ReadonlySet<string> = new Set([
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
 * The problem of a file cut off inside the text blocks `open` (html-scan.ts HtmlScan.openAtEnd,
 * innermost first), as a sentence after the file's name; null when it was not cut off.
 */
export function cutOffProblem(open: readonly string[]): string | null {
  return open[0] === undefined
    ? null
    : `is cut off: it ends inside <${open[0]}>, with no closing </body> or </html> (its last unfinished words are left out): save the whole page again`;
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
  for (const match of matchesOf(trimmed, SENTENCE_END_BEFORE_SPACE))
    end = match.index + match[0].length;
  return { kept: trimmed.slice(0, end).trimEnd(), fragment: trimmed.slice(end).trim() };
}
