/**
 * Reading a JSON Feed (https://jsonfeed.org/version/1.1; version 1 too) as a feed
 * (feed-items.ts): an object whose `version` is the spec's address, with an `items` list. What
 * each item states, by the spec's names:
 * - title: `title`; url: `url` ("the URL of the resource described by the item", its permalink);
 * - published: `date_published` (RFC 3339); `date_modified` is its last change, never read;
 * - author: the names of `authors` (1.1), else of `author` (1.0), else the feed's ("If not
 *   specified in an item, then the top-level authors, if present, are the authors of the item");
 * - outlet: the feed's `title`; the site: its `home_page_url`;
 * - text: `content_html` (HTML), else `content_text` (plain text); `summary` is "a plain text
 *   sentence or two describing the item", never the text.
 */
import { isJsonObject, jsonText, type JsonObject } from './json-values.js';
import { feedItem, type Feed, type FeedContent, type FeedItem } from './feed-items.js';

/** The `version` a JSON Feed states: the spec's address (1 or 1.1). */
export const JSON_FEED_VERSION = /^https?:\/\/jsonfeed\.org\/version\/1(?:\.\d+)?\/?$/;

/** The names of `authors` (1.1), else of `author` (1.0). */
function authorsOf(holder: JsonObject): string | undefined {
  const list = Array.isArray(holder.authors) ? holder.authors : [holder.author];
  const names = list
    .map((author) => (isJsonObject(author) ? jsonText(author.name) : undefined))
    .filter((name): name is string => name !== undefined);
  return names.length === 0 ? undefined : names.join(', ');
}

function contentOf(item: JsonObject): FeedContent | undefined {
  if (jsonText(item.content_html) !== undefined)
    return { type: 'html', text: item.content_html as string };
  if (jsonText(item.content_text) !== undefined)
    return { type: 'text', text: item.content_text as string };
  return undefined;
}

function itemOf(item: JsonObject, feed: JsonObject): FeedItem {
  const content = contentOf(item);
  return feedItem(jsonText(typeof item.id === 'number' ? String(item.id) : item.id), {
    title: jsonText(item.title),
    url: jsonText(item.url),
    published: jsonText(item.date_published),
    author: authorsOf(item) ?? authorsOf(feed),
    outlet: jsonText(feed.title),
    content,
    lacking:
      content !== undefined
        ? undefined
        : jsonText(item.summary) !== undefined
          ? 'only a summary (its summary; the story is in content_html or content_text, which it lacks)'
          : 'no text (no content_html or content_text)',
  });
}

/** The items of a JSON Feed; null when `json` is none (no `version` naming the spec). */
export function readJsonFeed(json: unknown): Feed | null {
  if (!isJsonObject(json) || typeof json.version !== 'string') return null;
  if (!JSON_FEED_VERSION.test(json.version)) return null;
  const title = jsonText(json.title);
  const site = jsonText(json.home_page_url);
  const items = Array.isArray(json.items) ? json.items.filter(isJsonObject) : [];
  return {
    ...(title ? { title } : {}),
    ...(site ? { site } : {}),
    items: items.map((item) => itemOf(item, json)),
  };
}
