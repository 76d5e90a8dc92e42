/** Giving the event loop a turn in the middle of long synchronous work. */
import { setTimeout } from 'node:timers/promises';

/**
 * Resolves once the event loop has run what waits: the timers due, and the input and output
 * (sockets, worker messages) that arrived during the work so far. A zero timer, not an
 * immediate: an immediate resumes before the timers due have run.
 */
export async function turnOfEventLoop(): Promise<void> {
  await setTimeout(0);
}
