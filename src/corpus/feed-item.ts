/**
 * Reading one item of a feed (feed-files.ts) as an article: its content goes through the reader
 * of its kind, HTML as a saved page's body (html.ts) or plain text, and what the item states
 * (feed-items.ts) is its metadata, before anything its content states: the feed says which
 * story the text is, as a page's meta tags do.
 *
 * Before that, the item is unpacked ({@link unpackFeedItem}, with the packaged files: unpack.ts),
 * which parses its HTML once: its syndication footer is left out (syndication-footer.ts), and an
 * item whose content shows no text or is cut short (cut-short.ts) is refused. That is done only
 * for an item whose analysis is not known already (a rebuild's cache keys items by content), so
 * reading the folder, as a start-up's staleness check does, never parses an item's HTML.
 */
import { parseHTML } from 'linkedom';
import { fileError } from './errors.js';
import { extractArticle } from './extract.js';
import type { DroppedLine, Extraction, StatedMeta } from './extraction.js';
import type { FeedItem } from './feed-items.js';
import { feedOfItem, itemLabel } from './feed-item-file.js';
import { cutShort, shownLines, textLines } from './cut-short.js';
import type { ArticleFile } from './files.js';
import { SAVE_PAGES } from './other-formats.js';
import { statedDate, statedUrl } from './stated.js';
import { syndicationFooter } from './syndication-footer.js';
import type { Unpacked } from './unpack.js';

/**
 * What an item's article text holds (the JSON feed-files.ts writes): {@link FeedItem} without
 * its identity, with its feed's title and site address.
 */
export interface ItemRecord extends Omit<FeedItem, 'identity' | 'lacking'> {
  feed?: string;
  site?: string;
}

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
 * The article a feed item's record holds: its content without a syndication footer, and what
 * the item states. Throws a CorpusError naming the feed's file when the content shows no text
 * or is cut short, and an Error for a record without content (feed-files.ts never writes one).
 */
export function unpackFeedItem(
  article: Pick<ArticleFile, 'file' | 'raw' | 'encoding' | 'encodingDetected'>,
): Unpacked {
  const item = JSON.parse(article.raw) as ItemRecord;
  const { content } = item;
  if (content === undefined) throw new Error('corpus: a feed item without content was read');
  let text = content.text;
  const dropped: DroppedLine[] = [];
  let lines: string[];
  if (content.type === 'html') {
    const { document } = parseHTML(`<!DOCTYPE html><html><body>${content.text}</body></html>`);
    const footer = syndicationFooter(document.body, item.url, item.site);
    if (footer !== undefined) {
      for (const line of textLines(footer.textContent ?? ''))
        dropped.push({ line, reason: 'syndication footer' });
      footer.remove();
      text = document.body.innerHTML;
    }
    lines = shownLines(document.body);
  } else lines = textLines(content.text);
  const named = feedOfItem(article.file);
  const feed = named?.feed ?? article.file;
  const label = itemLabel(item.title, item.feed, named?.key);
  if (lines.length === 0)
    throw fileError(feed, `${label} carries no text (its content shows none): ${SAVE_PAGES}`);
  const short = cutShort(lines);
  if (short !== null)
    throw fileError(feed, `${label} is cut short (${short}), not the whole story: ${SAVE_PAGES}`);
  return {
    format: content.type,
    text,
    encoding: article.encoding,
    ...(article.encodingDetected === true ? { encodingDetected: true } : {}),
    stated: statedOf(item),
    dropped,
  };
}

/**
 * The extraction of a feed item from what {@link unpackFeedItem} gave. Throws an Error when it
 * was not unpacked (unpack.ts unpackArticles).
 */
export function extractFeedItem(article: Pick<ArticleFile, 'file' | 'unpacked'>): Extraction {
  const { unpacked } = article;
  if (unpacked === undefined)
    throw new Error(`corpus: ${article.file} was not unpacked before it was read`);
  const extraction = extractArticle(unpacked.text, unpacked.format);
  return {
    ...extraction,
    dropped: [...(unpacked.dropped ?? []), ...extraction.dropped],
    stated: { ...extraction.stated, ...unpacked.stated },
  };
}
