/**
 * Which files of a corpus folder are feeds, told from a file's name and first bytes alone:
 * what every read of the folder asks of every file that is no article format. Kept apart from
 * reading a feed (feed-files.ts), which loads an XML and an HTML parser that a folder with no
 * feed never needs (a start-up that only loads a prebuilt index would pay for them).
 */

/** What kind of feed a file is: RSS or Atom (`feed`), a JSON Feed, or a news API's JSON export. */
export type FeedKind = 'feed' | 'json-feed' | 'news-export';

/** A feed's root element: RSS 2.0's `<rss>`, RSS 1.0's `<rdf:RDF>`, Atom's `<feed>` (RFC 4287 §4.1.1). */
const FEED_ROOT = /<(?:rss|rdf:RDF|feed)[\s>]/;
/**
 * A news API's article list: an `articles` (NewsAPI), `results` or `data` list whose items carry
 * a `publishedAt`, `published_at`, `pubDate` or `webPublicationDate` field (NewsAPI,
 * NewsData.io, The Guardian's Content API).
 */
const NEWS_LIST = /"(?:articles|results|data|news)"\s*:\s*\[/;
const NEWS_DATE = /"(?:publishedAt|published_at|pubDate|webPublicationDate|datePublished)"\s*:/;
/** A JSON Feed's `version`, the spec's address (json-feed.ts), which its first member usually is. */
const JSON_FEED = /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\/1/;

/**
 * The kind of feed a file is, from its extension and its first bytes (`head`): an `.xml`,
 * `.rss` or `.atom` file whose root is a feed's, a `.json` file stating JSON Feed's version, or
 * one listing stories with their dates; null for any other file.
 */
export function feedKind(file: string, head: string): FeedKind | null {
  const dot = file.lastIndexOf('.');
  const extension = dot < 0 ? '' : file.slice(dot).toLowerCase();
  if (['.xml', '.rss', '.atom'].includes(extension) && FEED_ROOT.test(head)) return 'feed';
  if (extension === '.json' && JSON_FEED.test(head)) return 'json-feed';
  if (extension === '.json' && NEWS_LIST.test(head) && NEWS_DATE.test(head)) return 'news-export';
  return null;
}
