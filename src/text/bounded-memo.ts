/**
 * A memo whose size a user cannot grow without bound: the value of a pure function kept by its
 * key, the whole map emptied when it reaches its limit. Questions, dates and sentences repeat,
 * so most look-ups hit; emptying at once (rather than evicting one entry at a time) keeps each
 * look-up a single `Map` access, and what a stream of new keys costs is bounded by `limit`
 * entries.
 */

/**
 * `memo`'s value for `key`, made by `make(key)` on first use and kept; `memo` is emptied first when
 * it already holds `limit` entries. `make` receives the key so that a hot caller can pass a named
 * function and allocate no closure per look-up.
 *
 * @example keptIn(stems, word, 200_000, stemOf)
 */
export function keptIn<K, V>(memo: Map<K, V>, key: K, limit: number, make: (key: K) => V): V {
  let value = memo.get(key);
  if (value === undefined) {
    if (memo.size >= limit) memo.clear();
    memo.set(key, (value = make(key)));
  }
  return value;
}
