/** Reading an article file of any supported format into text to clean and stated metadata. */
import type { Extraction } from './extraction.js';
import type { ArticleFormat } from './formats.js';
import { extractHtml } from './html.js';
import { extractMarkdown } from './markdown.js';
import { readMetadataBlock } from './metadata-block.js';
import { readTaggedFields } from './tagged-fields.js';

/**
 * Extracts an article's text by format. Plain text is passed on as it is, without a metadata
 * block or a database's tagged fields at its top (read as what they state): its furniture is removed by cleaning, like the
 * furniture left in any format.
 */
export function extractArticle(text: string, format: ArticleFormat): Extraction {
  if (format === 'html') return extractHtml(text);
  if (format === 'markdown') return extractMarkdown(text);
  // A metadata block at the top ("Title: …" / "Date: …"; metadata-block.ts), or a news
  // database's tagged fields ("HD" / "PD" / "LP"; tagged-fields.ts), states the metadata.
  const block = readTaggedFields(text) ?? readMetadataBlock(text);
  return block === null
    ? { text, stated: {}, dropped: [] }
    : { text: block.rest, stated: block.stated, dropped: [] };
}
