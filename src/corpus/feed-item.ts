/**
 * Reading one item of a feed (feed-files.ts) as an article: its content goes through the reader
 * of its kind, HTML as a saved page's body (html.ts) or plain text, and what the item states
 * (feed-items.ts) is its metadata, before anything its content states: the feed says which
 * story the text is, as a page's meta tags do.
 */
import { extractArticle } from './extract.js';
import type { Extraction, StatedMeta } from './extraction.js';
import type { FeedItem } from './feed-items.js';
import { statedDate, statedUrl } from './stated.js';

/** What an item's article text holds: {@link FeedItem} without its identity (feed-files.ts). */
type ItemRecord = Omit<FeedItem, 'identity' | 'lacking'>;

/** The metadata an item states, each field checked as a page's is (stated.ts). */
function statedOf(item: ItemRecord): StatedMeta {
  const stated: StatedMeta = {};
  if (item.title !== undefined) stated.title = item.title;
  if (item.outlet !== undefined) stated.outlet = item.outlet;
  if (item.author !== undefined) stated.author = item.author;
  const published = statedDate(item.published);
  if (published !== undefined) stated.published = published;
  const url = statedUrl(item.url);
  if (url !== undefined) stated.url = url;
  return stated;
}

/**
 * The extraction of a feed item from its record (the JSON feed-files.ts writes as the
 * article's text). Throws an Error when the record holds no content (feed-files.ts never
 * writes one so).
 */
export function extractFeedItem(raw: string): Extraction {
  const item = JSON.parse(raw) as ItemRecord;
  if (item.content === undefined) throw new Error('corpus: a feed item without content was read');
  const extraction = extractArticle(item.content.text, item.content.type);
  return { ...extraction, stated: { ...extraction.stated, ...statedOf(item) } };
}
