/** Giving the event loop a turn in the middle of long synchronous work. */
import { setImmediate, setTimeout } from 'node:timers/promises';

/**
 * Resolves once the event loop has run what waits: the timers due, and the input and output
 * (sockets, worker messages) that arrived during the work so far. A zero timer first: an
 * immediate alone resumes before the timers due have run. Then an immediate: a timer alone can
 * fire in the loop's timers phase before the poll phase has read the input that arrived, and an
 * immediate runs only after that poll.
 */
export async function turnOfEventLoop(): Promise<void> {
  await setTimeout(0);
  await setImmediate();
}
