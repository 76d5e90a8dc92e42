/** Reading an article file of any supported format into text to clean and stated metadata. */
import type { Extraction } from './extraction.js';
import type { ArticleFormat } from './formats.js';
import { extractHtml } from './html.js';
import { extractMarkdown } from './markdown.js';

/**
 * Extracts an article's text by format. Plain text is passed on as it is: its furniture is
 * removed by cleaning, like the furniture left in any format.
 */
export function extractArticle(text: string, format: ArticleFormat): Extraction {
  if (format === 'html') return extractHtml(text);
  if (format === 'markdown') return extractMarkdown(text);
  return { text, stated: {}, dropped: [] };
}
