/**
 * The place a story's wire dateline names ("WASHINGTON" of "WASHINGTON, March 3 (Reuters) —";
 * wire-dateline.ts): where the story was filed, never who wrote it. A page may set the dateline's
 * place where a byline stands (an element marked as the byline, an `author` tag): read as an
 * author, it would name a city as the reporter, so a stated author that is only that place is
 * no author.
 */
import type { DroppedLine } from './extraction.js';

/** A name's letters in lower case, for comparing "WASHINGTON" with "Washington". */
const key = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim();

/**
 * The place of the wire dateline among the lines cleaning dropped (reason "wire dateline": the
 * dateline as written, without its dash): the words before its first comma or bracket; null
 * when none was dropped or it names no place ("March 26 (MNA)" names its date first, still
 * compared: no author is a date).
 */
export function datelinePlace(dropped: readonly DroppedLine[]): string | null {
  const line = dropped.find(({ reason }) => reason === 'wire dateline')?.line;
  const place = line?.split(/[,(]/)[0]?.trim();
  return place === undefined || place.length === 0 ? null : place;
}

/**
 * `author` unless it is only the place the article's wire dateline names (compared by letters,
 * case aside: "Washington" and "WASHINGTON"), then null.
 *
 * @example
 * authorNotPlace('Washington', [{ line: 'WASHINGTON', reason: 'wire dateline' }]) // null
 * authorNotPlace('Ana Ruiz', [{ line: 'WASHINGTON', reason: 'wire dateline' }]) // 'Ana Ruiz'
 */
export function authorNotPlace<T extends string | null | undefined>(
  author: T,
  dropped: readonly DroppedLine[],
): T | undefined {
  if (author === null || author === undefined) return author;
  const place = datelinePlace(dropped);
  return place !== null && key(place) === key(author) ? undefined : author;
}
