/**
 * The names of the articles a feed file holds (feed-files.ts): the feed's path, `#` and a key
 * hashed from the item's identity, `feeds/harbour.xml#3f2a9c1b0d`. No article file is named so
 * (an article file's name ends in its extension, formats.ts), so the name tells an item from a
 * file; it names the item in `articles.json`, in `validate` lines and in `/sources`.
 */
import { createHash } from 'node:crypto';

/** Hex digits of an item's key: 40 bits, so two items of one feed (at most a few hundred) never share one by chance. */
const KEY_LENGTH = 10;
const ITEM_NAME = new RegExp(`^(.+)#([0-9a-f]{${KEY_LENGTH}})$`);

/**
 * The key of a feed item from its identity (its `guid`, Atom `id`, link, or title and date:
 * feed-items.ts): the same item keeps its key, its id and its cached analysis however the feed
 * around it changes (new items come first in a feed, so a position would move).
 */
export function itemKey(identity: string): string {
  return createHash('sha256').update(identity).digest('hex').slice(0, KEY_LENGTH);
}

/** The name of the item with `key` in the feed file `feed`: `feed#key`. */
export function itemFileName(feed: string, key: string): string {
  return `${feed}#${key}`;
}

/** The feed file an item's name names, or null for the name of an article file. */
export function feedOfItem(file: string): { feed: string; key: string } | null {
  const match = ITEM_NAME.exec(file);
  return match === null ? null : { feed: match[1] as string, key: match[2] as string };
}

/** The file in the folder an article is read from: a feed item's feed, else the file itself. */
export function fileOnDisk(file: string): string {
  return feedOfItem(file)?.feed ?? file;
}

/**
 * How a problem names an item: by its title and its feed's, `item "Pier reopens" of "Tarnmouth
 * Gazette"`; an untitled one by its place in the feed (1-based) or its key.
 */
export function itemLabel(
  title: string | undefined,
  feedTitle: string | undefined,
  place: number | string | undefined,
): string {
  const of = feedTitle === undefined ? '' : ` of "${feedTitle}"`;
  if (title !== undefined) return `item "${title}"${of}`;
  return `${typeof place === 'number' ? `item ${place}` : `item #${place ?? '?'}`} (untitled)${of}`;
}
