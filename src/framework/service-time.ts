/**
 * How long a call to a one-at-a-time server (the engine worker) typically takes, from when calls
 * are sent and answered, so an adapter can tell when the queue ahead outlasts its deadline.
 */

/** Calls the estimate is taken over. */
export const SERVICE_SAMPLES = 31;
/** A service time over this many times the median is an outlier, left out of the estimate. */
export const OUTLIER_FACTOR = 10;
/** The estimate before the first call, in ms. */
export const DEFAULT_SERVICE_MS = 1;

/** Service times of the last {@link SERVICE_SAMPLES} calls and their typical value. */
export class ServiceTime {
  private readonly samples: number[] = [];
  private next = 0;
  private lastDone = -Infinity;

  /**
   * Records a call sent at `sentAt` and answered at `now` (ms, one clock). Its service time runs
   * from the later of its sending and the previous answer: under load that is the gap between
   * answers, so it counts everything a call costs the server (its work, the messages both ways,
   * collection), not just its own code.
   */
  record(sentAt: number, now: number): void {
    this.samples[this.next] = now - Math.max(sentAt, this.lastDone);
    this.next = (this.next + 1) % SERVICE_SAMPLES;
    this.lastDone = now;
  }

  /**
   * The typical service time in ms: the mean of the recorded ones, leaving out those over
   * {@link OUTLIER_FACTOR} times their median, so one slow call (the first answer after an index
   * swap, a `/corpus add` waiting on a download while the server is otherwise idle) does not make
   * every later estimate long. The mean, not the median, because the wait behind a queue is the
   * sum of its calls' times, and on a busy machine their spread is wide.
   */
  typicalMs(): number {
    if (this.samples.length === 0) return DEFAULT_SERVICE_MS;
    const sorted = [...this.samples].sort((a, b) => a - b);
    const cap = sorted[Math.floor(sorted.length / 2)]! * OUTLIER_FACTOR;
    const kept = sorted.filter((ms) => ms <= cap);
    return kept.reduce((sum, ms) => sum + ms, 0) / kept.length;
  }
}
