/**
 * Reading a news API's JSON export as a feed (feed-items.ts): an object with a list of stories
 * under `articles` (NewsAPI), `results` (NewsData.io, The Guardian's Content API under
 * `response`), `data` or `news`. What each story states, under the names those APIs give it:
 * - title: `title` (`webTitle`); url: `url` (`link`, `webUrl`);
 * - published: `publishedAt` (`published_at`, `pubDate`, `webPublicationDate`, `datePublished`);
 * - author: `author` (`creator`, a list in NewsData.io; `byline`);
 * - outlet: `source.name` (NewsAPI), `source_name` (NewsData.io), or `source` as a name;
 * - text: `content` (plain text), The Guardian's `fields.bodyText`, or its `fields.body` (HTML);
 *   `description` is a summary, never the text. NewsAPI's `content` is cut at 200 characters
 *   ("… [+1450 chars]"): cut-short.ts refuses it.
 */
import { isJsonObject, jsonText, type JsonObject } from './json-values.js';
import { feedItem, type Feed, type FeedContent, type FeedItem } from './feed-items.js';

const LISTS = ['articles', 'results', 'data', 'news'] as const;

function first(story: JsonObject, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = jsonText(story[key]);
    if (value !== undefined) return value;
  }
  return undefined;
}

function authorOf(story: JsonObject): string | undefined {
  const creator = story.creator;
  if (Array.isArray(creator)) {
    const names = creator.map(jsonText).filter((name): name is string => name !== undefined);
    if (names.length > 0) return names.join(', ');
  }
  return first(story, ['author', 'creator', 'byline']);
}

function outletOf(story: JsonObject): string | undefined {
  const source = story.source;
  if (isJsonObject(source)) return jsonText(source.name);
  return jsonText(source) ?? jsonText(story.source_name);
}

function contentOf(story: JsonObject): FeedContent | undefined {
  const fields = isJsonObject(story.fields) ? story.fields : {};
  const plain = [story.content, fields.bodyText].find((value) => jsonText(value) !== undefined);
  if (typeof plain === 'string') return { type: 'text', text: plain };
  return typeof fields.body === 'string' && jsonText(fields.body) !== undefined
    ? { type: 'html', text: fields.body }
    : undefined;
}

function storyOf(story: JsonObject): FeedItem {
  const title = first(story, ['title', 'webTitle']);
  const url = first(story, ['url', 'link', 'webUrl']);
  const published = first(story, [
    'publishedAt',
    'published_at',
    'pubDate',
    'webPublicationDate',
    'datePublished',
  ]);
  const content = contentOf(story);
  const summary = jsonText(story.description) !== undefined;
  return feedItem(first(story, ['id', 'article_id']), {
    title,
    url,
    published,
    author: authorOf(story),
    outlet: outletOf(story),
    content,
    lacking:
      content !== undefined
        ? undefined
        : summary
          ? 'only a summary (its description; the story is in content, which it lacks)'
          : 'no text (no content)',
  });
}

/**
 * The stories of a news API's export as a feed's items; null when `json` holds no list of
 * stories ({@link LISTS}, at the top or under `response`).
 */
export function readNewsExport(json: unknown): Feed | null {
  if (!isJsonObject(json)) return null;
  const holder = isJsonObject(json.response) ? json.response : json;
  const list = LISTS.map((key) => holder[key]).find(Array.isArray);
  if (list === undefined) return null;
  return { items: list.filter(isJsonObject).map(storyOf) };
}
