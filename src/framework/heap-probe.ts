/**
 * The memory bench's probe: the heap in use after a full garbage collection, which (unlike RSS)
 * shows whether state grows with the number of interactions served. Only a process started with
 * `node --expose-gc` has it; `npm start` and `npm run serve` never do.
 */
import { getHeapStatistics } from 'node:v8';

/** Heap in use after a full collection of this thread's heap, in bytes; null without `--expose-gc`. */
export function heapAfterGc(): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== 'function') return null;
  gc();
  return getHeapStatistics().used_heap_size;
}
