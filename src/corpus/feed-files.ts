/**
 * Reading a feed file, RSS or Atom (feed-items.ts), a JSON Feed (json-feed.ts), or a news API's
 * JSON export (news-export.ts),
 * as the articles it holds: each item with its full text is an article of its own, named
 * `FEED#KEY` (feed-item-file.ts) and read by feed-item.ts. An item with only a summary is
 * refused with the feed's name, the item's title and why (one cut short, when it is read:
 * feed-item.ts); so is every item past {@link MAX_FEED_ITEMS}. A file that cannot be read as a feed is refused
 * whole with what is wrong. The rest of the feed and of the folder is read either way.
 */
import type { CorpusProblem } from './errors.js';
import { jsonSyntaxProblem } from '../text/json-syntax.js';
import { decodeArticle } from './decode.js';
import type { FeedKind } from './feed-kind.js';
import type { ArticleFile } from './files.js';
import { itemFileName, itemKey, itemLabel } from './feed-item-file.js';
import type { ItemRecord } from './feed-item.js';
import { readFeed, whyNoFeed, type Feed, type FeedItem } from './feed-items.js';
import { readJsonFeed } from './json-feed.js';
import { readNewsExport } from './news-export.js';
import { SAVE_PAGES } from './other-formats.js';
import { MalformedXml, parseXml } from './xml.js';

/**
 * The most items read from one feed. A news site's feed carries its latest 10 to 50 stories
 * (WordPress sends 10); this bounds the work one file can ask for, with room for an archive.
 */
export const MAX_FEED_ITEMS = 200;

/** The encoding an XML declaration names (XML 1.0 §4.3.3), read before the text is decoded. */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z][\w.-]*)["']/.exec(head)?.[1];
}

/** What reading a feed file gives: its items as article files, and each refusal. */
export interface FeedFiles {
  articles: ArticleFile[];
  problems: CorpusProblem[];
}

function parsed(text: string, kind: FeedKind): Feed | string {
  if (kind !== 'feed') {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return `is not valid JSON (${jsonSyntaxProblem(text, error)}): save the ${kind === 'json-feed' ? 'feed' : 'export'} again`;
    }
    if (kind === 'json-feed')
      return (
        readJsonFeed(json) ??
        'is JSON but not a JSON Feed (its "version" is not the spec\'s address)'
      );
    return readNewsExport(json) ?? 'is JSON but lists no stories (no "articles" list)';
  }
  try {
    const document = parseXml(text);
    return readFeed(document) ?? whyNoFeed(document);
  } catch (error) {
    if (!(error instanceof MalformedXml)) throw error;
    return `is not well-formed XML, so none of its items is read: ${error.message}; save the feed again`;
  }
}

/** The item as its article's text: what it states, its content and its feed's, for feed-item.ts. */
function itemRecord(
  { identity: _identity, lacking: _lacking, ...item }: FeedItem,
  feed: Feed,
): string {
  const record: ItemRecord = {
    ...item,
    ...(feed.title === undefined ? {} : { feed: feed.title }),
    ...(feed.site === undefined ? {} : { site: feed.site }),
  };
  return JSON.stringify(record);
}

/**
 * The articles of a feed file from its bytes; `file` is its path in the folder. Throws a
 * CorpusError naming the file when its bytes decode in no encoding (decode.ts).
 */
export function readFeedFile(file: string, bytes: Uint8Array, kind: FeedKind): FeedFiles {
  const { text, encoding, detected } = decodeArticle(
    bytes,
    file,
    'feed-item',
    kind === 'feed' ? declaredEncoding(bytes) : undefined,
  );
  const feed = parsed(text, kind);
  if (typeof feed === 'string') return { articles: [], problems: [{ file, message: feed }] };
  const problems: CorpusProblem[] = [];
  const refuse = (message: string) => problems.push({ file, message });
  if (feed.items.length === 0) refuse('is a feed with no items');
  if (feed.items.length > MAX_FEED_ITEMS)
    refuse(
      `holds ${feed.items.length} items; only the first ${MAX_FEED_ITEMS} are read: split it into feeds of ${MAX_FEED_ITEMS} items or fewer`,
    );
  const articles: ArticleFile[] = [];
  const keys = new Set<string>();
  feed.items.slice(0, MAX_FEED_ITEMS).forEach((item, index) => {
    const label = itemLabel(item.title, feed.title, index + 1);
    if (item.content === undefined) {
      refuse(`${label} carries ${item.lacking ?? 'no text'}, not the story: ${SAVE_PAGES}`);
      return;
    }
    // Whether its content is cut short is told when it is read (feed-item.ts), once per content.
    const key = itemKey(item.identity);
    if (keys.has(key)) {
      refuse(`${label} repeats an item above (the same id or link): it is read once`);
      return;
    }
    keys.add(key);
    articles.push({
      file: itemFileName(file, key),
      format: 'feed-item',
      raw: itemRecord(item, feed),
      encoding,
      encodingDetected: detected === true,
    });
  });
  return { articles, problems };
}
