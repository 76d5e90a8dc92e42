/**
 * How long this thread has waited for a CPU while ready to run (its run-queue wait), from
 * Linux's `/proc/thread-self/schedstat`: "time spent on the cpu, time spent waiting on a
 * runqueue, # of timeslices run on this cpu", in nanoseconds (kernel documentation,
 * Documentation/scheduler/sched-stats.rst). On a machine other processes load, a timed call
 * that was preempted takes longer by that wait; subtracting it leaves the call's own time,
 * garbage collection included.
 */
import { closeSync, openSync, readSync } from 'node:fs';

const SCHEDSTAT = '/proc/thread-self/schedstat';

/**
 * The second field of a schedstat line (bytes `0..length` of `bytes`), the run-queue wait in
 * nanoseconds, or null when the line is not three unsigned integers.
 *
 * @example runQueueWaitOf(Buffer.from('237161 123745 2\n'), 16) // 123745
 */
export function runQueueWaitOf(bytes: Uint8Array, length: number): number | null {
  let field = 0;
  let digits = 0;
  let wait = 0;
  for (let i = 0; i < length; i++) {
    const c = bytes[i] as number;
    if (c >= 48 && c <= 57) {
      digits += 1;
      if (field === 1) wait = wait * 10 + (c - 48);
    } else if (c === 32 || c === 10) {
      if (digits === 0) return null;
      field += 1;
      digits = 0;
      if (c === 10) break;
    } else {
      return null;
    }
  }
  if (digits > 0) field += 1;
  return field === 3 ? wait : null;
}

/** A clock of this thread's run-queue wait; `close` releases its file. */
export interface RunQueueClock {
  /** Nanoseconds this thread has waited for a CPU since it started. */
  waitNs(): number;
  close(): void;
}

/**
 * Opens the run-queue clock of the calling thread, or returns null where the kernel does not
 * offer it (not Linux, or built without scheduler statistics). Reading it makes one system
 * call and allocates nothing, so it may bracket a timed call without adding garbage.
 */
export function openRunQueueClock(file = SCHEDSTAT): RunQueueClock | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  const buffer = new Uint8Array(128);
  const read = (): number | null => runQueueWaitOf(buffer, readSync(fd, buffer, 0, 128, 0));
  if (read() === null) {
    closeSync(fd);
    return null;
  }
  return { waitNs: () => read() ?? 0, close: () => closeSync(fd) };
}
