/**
 * The interactions a process is working on, so a stop can wait for them (a graceful drain) and
 * tell the ones that do not finish in time.
 */

/** Work in progress, by id. */
export class InFlight<T> {
  private readonly work = new Map<string, { item: T; done: Promise<void> }>();
  private emptied: Array<() => void> = [];

  /** Tracks `item` until `work` settles (whether it resolves or rejects). */
  track(id: string, item: T, work: Promise<unknown>): void {
    const done = work.then(
      () => undefined,
      () => undefined,
    );
    this.work.set(id, { item, done });
    void done.then(() => {
      this.work.delete(id);
      if (this.work.size === 0) for (const resolve of this.emptied.splice(0)) resolve();
    });
  }

  get size(): number {
    return this.work.size;
  }

  /**
   * Waits until nothing is in flight or `timeoutMs` has passed; resolves with the items still
   * in flight then (empty when all finished).
   */
  async drain(timeoutMs: number): Promise<T[]> {
    if (this.work.size > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise<void>((resolve) => this.emptied.push(resolve)),
        new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs))),
      ]);
      clearTimeout(timer);
    }
    return [...this.work.values()].map((w) => w.item);
  }
}
