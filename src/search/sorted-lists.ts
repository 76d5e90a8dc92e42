/**
 * Union and intersection of ascending lists of numbers (a term's postings: the blocks holding
 * it, lunr-layout.ts `documentsOf`), for reading only the blocks a set of terms points to.
 */

/**
 * The numbers in any of `lists` (each ascending), ascending, each once. Costs the lists'
 * total length times the log of their number.
 *
 * @example sortedUnion([Int32Array.of(1, 4), Int32Array.of(2, 4)]) // Int32Array [1, 2, 4]
 */
export function sortedUnion(lists: readonly ArrayLike<number>[]): Int32Array {
  let total = 0;
  for (const list of lists) total += list.length;
  const all = new Int32Array(total);
  let at = 0;
  for (const list of lists) for (let i = 0; i < list.length; i++) all[at++] = list[i] as number;
  all.sort();
  let kept = 0;
  for (let i = 0; i < all.length; i++)
    if (kept === 0 || all[i] !== all[kept - 1]) all[kept++] = all[i] as number;
  return all.subarray(0, kept);
}

/**
 * The numbers in every one of `lists` (each ascending), ascending; empty for no list. The
 * shortest list is walked and the others searched by galloping from where the last search
 * ended, so the cost follows the shortest list, not the longest.
 *
 * @example sortedIntersection([Int32Array.of(1, 4, 7), Int32Array.of(4, 5, 7, 9)]) // [4, 7]
 */
export function sortedIntersection(lists: readonly ArrayLike<number>[]): number[] {
  if (lists.length === 0) return [];
  const ordered = [...lists].sort((a, b) => a.length - b.length);
  const [shortest, ...rest] = ordered as [ArrayLike<number>, ...ArrayLike<number>[]];
  const from = new Array<number>(rest.length).fill(0);
  const found: number[] = [];
  outer: for (let i = 0; i < shortest.length; i++) {
    const value = shortest[i] as number;
    for (let r = 0; r < rest.length; r++) {
      const list = rest[r] as ArrayLike<number>;
      const at = firstAtLeast(list, value, from[r] as number);
      from[r] = at;
      if (at >= list.length) break outer;
      if (list[at] !== value) continue outer;
    }
    found.push(value);
  }
  return found;
}

/** The first index at or after `start` whose value is at least `value` (`list.length`: none). */
function firstAtLeast(list: ArrayLike<number>, value: number, start: number): number {
  // Gallop: double the step until past `value`, then bisect the last step.
  let low = start;
  let step = 1;
  while (low + step < list.length && (list[low + step] as number) < value) {
    low += step;
    step *= 2;
  }
  if (low >= list.length || (list[low] as number) >= value) return low;
  let high = Math.min(low + step, list.length);
  // list[low] < value; list[high] >= value or high is the end.
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    if ((list[middle] as number) < value) low = middle;
    else high = middle;
  }
  return high;
}
