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

/**
 * {@link keptIn}'s memo for keys that are small non-negative integers, such as a corpus's
 * sentence numbers: the values are held in an array indexed by the key (a direct-address table,
 * Cormen et al., Introduction to Algorithms, 3rd ed., §11.1) rather than in a `Map`, so a look-up
 * is an indexed load with no hashing and no probe of a table grown past the processor's caches
 * (session 34's first-sight profile at full State of the Union scale: the `Map` look-ups of the
 * per-sentence memos were some 2–3% of a new question's CPU). Emptied whole when it holds `limit`
 * values, as keptIn's memo is. The array grows to the largest key used, plus one: one slot per
 * sentence at most, never holey.
 */
export class IndexedMemo<V> {
  private readonly values: Array<V | undefined> = [];
  private held = 0;

  /** @param limit values held at most; at `limit`, the next new value empties the memo first. */
  constructor(private readonly limit: number) {}

  /** The value kept for `key` (an integer ≥ 0), or undefined when none is. */
  get(key: number): V | undefined {
    return this.values[key];
  }

  /** Keeps `value` (never undefined) for `key`, an integer ≥ 0 with no value kept. */
  set(key: number, value: V): void {
    if (this.held >= this.limit) {
      // Emptied in place: the array keeps its length, so it is not grown again slot by slot.
      this.values.fill(undefined);
      this.held = 0;
    }
    while (this.values.length <= key) this.values.push(undefined);
    this.values[key] = value;
    this.held += 1;
  }
}

/**
 * {@link keptIn}'s memo for keys that are pairs of small non-negative integers, such as a
 * corpus's sentence numbers (a chosen passage's and a candidate's): a map per first number of
 * maps by the second. One number for the pair (`a × sentences + b`) passes 2^31 past some 46,000
 * sentences, so each look-up boxed a heap number and probed one table of up to `limit` entries
 * grown past the processor's caches; the inner maps are small (a question tests a few chosen
 * passages against many candidates) and their keys stay small integers. On 50 first numbers by
 * 10,000 second ones, the nested maps took a fifth of the single map's time (session 38, Node
 * 20). Emptied whole when it holds `limit` values, as keptIn's memo is.
 */
export class PairMemo<V> {
  private readonly byFirst = new Map<number, Map<number, V>>();
  private held = 0;

  /** @param limit values held at most; at `limit`, the next new pair empties the memo first. */
  constructor(private readonly limit: number) {}

  /** The value kept for the pair (`a`, `b`), integers ≥ 0, or undefined when none is. */
  get(a: number, b: number): V | undefined {
    return this.byFirst.get(a)?.get(b);
  }

  /** Keeps `value` (never undefined) for the pair (`a`, `b`), replacing any kept for it. */
  set(a: number, b: number, value: V): void {
    let inner = this.byFirst.get(a);
    if (inner?.has(b) !== true) {
      if (this.held >= this.limit) {
        this.byFirst.clear();
        this.held = 0;
        inner = undefined;
      }
      this.held += 1;
    }
    if (inner === undefined) this.byFirst.set(a, (inner = new Map()));
    inner.set(b, value);
  }
}
