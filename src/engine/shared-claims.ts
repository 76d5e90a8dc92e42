/**
 * Items of one list shared out between two threads without a coordinator: one takes them from
 * the front, the other from the back, each claiming an item by an atomic compare-and-swap on
 * shared memory (ECMAScript's `Atomics.compareExchange`), until they meet. Each item is claimed
 * once, by whichever thread reaches it first, so the two finish together however their speeds
 * differ (work sharing as in a deque's two ends: Arora, Blumofe and Plaxton, "Thread scheduling
 * for multiprogrammed multiprocessors", SPAA 1998).
 */

/** Claim marks: an item not claimed yet, claimed from the front, claimed from the back. */
const FREE = 0;
const FRONT = 1;
const BACK = 2;

/** A claim board for `count` items, to share between threads (it is posted as it is). */
export function claimBoard(count: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(Math.max(1, count) * Int32Array.BYTES_PER_ELEMENT));
}

/**
 * Runs `work(i)` on each item it claims, from the front (index 0 up) or the back (the last
 * down), and stops at the first item the other side has claimed: the other claims from its end
 * in order, so every item past that one is the other side's. Returns the indexes it ran.
 */
export function workClaimed(
  board: Int32Array,
  count: number,
  from: 'front' | 'back',
  work: (index: number) => void,
): number[] {
  const ran: number[] = [];
  const mark = from === 'front' ? FRONT : BACK;
  const step = from === 'front' ? 1 : -1;
  for (let i = from === 'front' ? 0 : count - 1; i >= 0 && i < count; i += step) {
    if (Atomics.compareExchange(board, i, FREE, mark) !== FREE) break;
    work(i);
    ran.push(i);
  }
  return ran;
}

/** How many of the `count` items of `board` the side `from` has claimed so far. */
export function claimedFrom(board: Int32Array, count: number, from: 'front' | 'back'): number {
  const mark = from === 'front' ? FRONT : BACK;
  let claimed = 0;
  for (let i = 0; i < count; i++) if (Atomics.load(board, i) === mark) claimed += 1;
  return claimed;
}
