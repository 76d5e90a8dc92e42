/**
 * Generated article ids: the file's path without its extension, in the characters an id may
 * hold. Two files whose names map to the same id (`sub/a.txt` and `sub_a.txt`, `a.txt` and
 * `a.md`) each get a short hash of their path appended, so ids stay unique and stable.
 */
import { createHash } from 'node:crypto';
import { withoutExtension } from './formats.js';

/** The longest id, in characters (the same limit as ids written in `articles.json`). */
export const MAX_ID_LENGTH = 64;
const HASH_LENGTH = 8;

/** The readable id for a file: `sub/2019/ribbon-cutting.txt` → `sub_2019_ribbon-cutting`. */
export function idFromFile(file: string): string {
  return withoutExtension(file)
    .replace(/[^\w.-]+/g, '_')
    .slice(0, MAX_ID_LENGTH);
}

/**
 * The words of an id, separated where its file's path and name separate them
 * (`gazette_viaduct-reopens` → `gazette viaduct reopens`): an administrator's name for the file,
 * which says what the article is about or what kind it is.
 */
export function idWords(id: string): string {
  return id.replace(/[_.\-/]+/g, ' ').trim();
}

function withHash(file: string): string {
  const hash = createHash('sha256').update(file).digest('hex').slice(0, HASH_LENGTH);
  return `${idFromFile(file).slice(0, MAX_ID_LENGTH - HASH_LENGTH - 1)}-${hash}`;
}

/**
 * Ids for files that have none in `articles.json`. `taken` holds the ids `articles.json`
 * gives other files: a generated id never takes one of them.
 *
 * @returns file → id, unique among themselves and apart from `taken`
 */
export function generateIds(
  files: readonly string[],
  taken: ReadonlySet<string>,
): Map<string, string> {
  const byId = new Map<string, string[]>();
  for (const file of files) {
    const id = idFromFile(file);
    byId.set(id, [...(byId.get(id) ?? []), file]);
  }
  const ids = new Map<string, string>();
  for (const [id, group] of byId) {
    const clash = group.length > 1 || taken.has(id);
    for (const file of group) ids.set(file, clash ? withHash(file) : id);
  }
  return ids;
}
