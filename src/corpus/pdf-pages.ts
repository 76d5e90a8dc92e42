/**
 * A PDF's pages read as one text: the page furniture a printed page sets around its text (its
 * number, alone at its top or foot) is left out, and a paragraph the page break splits is read
 * as one. Pages are typeset apart, so without this a word broken at the foot of a page ("inter-"
 * / "national") would stay broken, and a page number between the halves of a sentence would be
 * read into it ("… approved the 3 national port plan …").
 */
import type { DroppedLine } from './extraction.js';
import { breaksBefore } from './hyphenation.js';

/**
 * A page number set alone: "3", "Page 3", "Page 3 of 5", "3 / 5", "- 3 -". Three digits at most
 * without "Page": a year alone ("2025") may be a heading.
 */
const PAGE_NUMBER =
  /^(?:\d{1,3}(?:\s*(?:\/|of)\s*\d{1,3})?|page\s+\d{1,4}(?:\s*(?:\/|of)\s*\d{1,4})?|[-–—]\s*\d{1,3}\s*[-–—])$/i;

/** True for a paragraph that is a page number alone ({@link PAGE_NUMBER}). */
const isPageNumber = (paragraph: string) => PAGE_NUMBER.test(paragraph.trim());

/**
 * The text of a PDF's pages, each given as its paragraphs (pdf-paragraphs.ts), paragraphs apart
 * by a blank line and lines of one by a line break; and the page numbers left out. A page number
 * is a paragraph that is one alone, the first or the last of its page (before or after another).
 * A page whose last paragraph ends in a word broken with a hyphen, when the next page's first
 * goes on with it in lower case, runs on into it as one paragraph, so the broken word is read
 * whole as at any line's end (hyphenation.ts).
 *
 * @example
 * textOfPages([['The council approved the inter-', '3'], ['national port plan.']]).text
 * // 'The council approved the inter-\nnational port plan.'
 */
export function textOfPages(pages: ReadonlyArray<readonly string[]>): {
  text: string;
  dropped: DroppedLine[];
} {
  const dropped: DroppedLine[] = [];
  const paragraphs: string[] = [];
  for (const page of pages) {
    const kept = [...page];
    const numbers: string[] = [];
    while (kept.length > 0 && isPageNumber(kept[0] ?? '')) numbers.push(kept.shift() ?? '');
    const foot: string[] = [];
    while (kept.length > 0 && isPageNumber(kept[kept.length - 1] ?? ''))
      foot.unshift(kept.pop() ?? '');
    for (const line of [...numbers, ...foot])
      dropped.push({ line: line.trim(), reason: 'page number' });
    const first = kept[0];
    const previous = paragraphs[paragraphs.length - 1];
    if (first !== undefined && previous !== undefined) {
      const lastLine = previous.split('\n').pop();
      const firstLine = first.split('\n')[0];
      if (breaksBefore(lastLine ?? '', firstLine)) {
        paragraphs[paragraphs.length - 1] = `${previous}\n${first}`;
        kept.shift();
      }
    }
    paragraphs.push(...kept);
  }
  return { text: paragraphs.join('\n\n'), dropped };
}
