/**
 * Tests that start real processes or worker threads (`npm start`, the engine worker): wait on
 * what the process does, never on a clock, and fail at once when it exits early. The only clock
 * is a bound against a hang, sized for a machine shared with other work.
 */
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';

/**
 * How long a test may wait for a real process to start and do its work before it counts as
 * hung. Starting is CPU work (npm, tsx, discord.js, the language model and WordNet, in the
 * process and again in its engine worker) that a loaded machine stretches: `npm start` took
 * 8.8 s from spawn to the gateway's identify at a load of 11.6 on this 2-core machine, the test
 * that starts it, asks 40 questions and stops it took 30 s at a load of 14 (beside the worker
 * tests), and both files' tests, passing idle, timed out under 30–90 s limits at a load of
 * about 20. Four minutes is far above any start seen, so a test that reaches it has hung; a
 * process that crashes fails its test at once instead ({@link untilExit}). The stand-in Discord's
 * waits for a reply use it too (fake-discord.ts `waitForResponse`), and so do the e2e files' test
 * and hook limits: what a reply's timing must meet is asserted from its `latencyMs`.
 */
export const HANG_BOUND_MS = 240_000;

/**
 * `waiting`, or a rejection naming the exit and the last of `output()` (its stderr) when `child`
 * exits first: a process that fails to start fails the test as soon as it dies.
 */
export async function untilExit<T>(
  child: ChildProcess,
  waiting: Promise<T>,
  output: () => string = () => '',
): Promise<T> {
  const ended =
    child.exitCode !== null || child.signalCode !== null
      ? Promise.resolve([child.exitCode, child.signalCode])
      : once(child, 'exit');
  const exited = ended.then(([code, signal]) => {
    throw new Error(
      `process exited (code ${String(code)}, signal ${String(signal)}) before it was ready; stderr:\n${output().slice(-2_000)}`,
    );
  });
  // Unhandled once `waiting` wins.
  exited.catch(() => undefined);
  return Promise.race([waiting, exited]);
}

/**
 * How long a process told to stop may take to exit before it counts as hung. docs/operations.md's
 * "exits 0, within 5 s" is its own deadline (work in flight drained for at most `DRAIN_TIMEOUT_MS`,
 * 3.5 s, then told) plus the exit, on an idle machine; a machine loaded by other work stretches
 * the CPU work of both, so the tests wait for the exit itself, not for a clock. A minute is far
 * above any stop seen and well within the test's own time limit, so a process kept alive (a
 * handle left open, a timer never cleared) fails here, saying so.
 */
export const STOP_BOUND_MS = 60_000;

/**
 * The exit code of `child` once it exits (already exited: at once).
 *
 * @throws Error when it has not exited within `boundMs` (it hangs).
 */
export async function exitCodeOf(
  child: ChildProcess,
  boundMs = STOP_BOUND_MS,
): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`process ${child.pid} did not exit within ${boundMs} ms`)),
      boundMs,
    );
  });
  try {
    const [code] = (await Promise.race([once(child, 'exit'), hung])) as [number | null];
    return code;
  } finally {
    clearTimeout(timer);
  }
}

/** Processes started by the tests of one file, so a failed test leaves none running. */
export class Children {
  private readonly running = new Set<ChildProcess>();

  /** Starts tracking `child` (until it exits) and returns it. */
  track<C extends ChildProcess>(child: C): C {
    this.running.add(child);
    child.once('exit', () => this.running.delete(child));
    return child;
  }

  /**
   * Stops every child still running (for `afterEach`): SIGTERM, which npm passes on to the
   * process it started, then SIGKILL for one still running after `graceMs`.
   */
  async stopAll(graceMs = 10_000): Promise<void> {
    await Promise.all(
      [...this.running].map(async (child) => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = once(child, 'exit');
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        await exited;
        clearTimeout(timer);
      }),
    );
  }
}
