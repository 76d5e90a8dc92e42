/**
 * Disables the buttons of answers whose state has expired, so no one presses a dead button.
 * It keeps only what that edit needs (the interaction token and the latest rows), never the
 * interaction object, and checks expiry in one periodic sweep rather than a timer per answer.
 */
import type { ActionRow } from './payload.js';
import { disableAll } from './payload.js';

interface Tracked {
  token: string;
  rows: ActionRow[];
  expiresAt: number;
}

/** Options of {@link ButtonExpiry}. */
export interface ButtonExpiryOptions {
  /** How long after the reply the buttons stop working (the state's time to live), in ms. */
  ttlMs: number;
  /** Most answers tracked; beyond it the oldest are forgotten (their buttons then answer "expired"). */
  capacity: number;
  /** Edits the original reply of the interaction with `token` to show `rows`; rejections are logged by the caller. */
  disable(token: string, rows: ActionRow[]): Promise<void>;
  /** Called with each failed edit. */
  onError(error: unknown): void;
  /** Clock in ms, for tests. */
  now?: () => number;
}

/** Tracks answers with buttons until their state expires, then disables the buttons. */
export class ButtonExpiry {
  private readonly tracked = new Map<string, Tracked>();
  private readonly timer: NodeJS.Timeout;
  private readonly now: () => number;

  constructor(private readonly options: ButtonExpiryOptions) {
    this.now = options.now ?? Date.now;
    // A quarter of the lifetime, within [50 ms, 15 s]: buttons are disabled at most that late.
    const every = Math.min(15_000, Math.max(50, Math.floor(options.ttlMs / 4)));
    this.timer = setInterval(() => this.sweep(), every);
    this.timer.unref();
  }

  /** Starts tracking the reply to interaction `id`; a reply without buttons is not tracked. */
  track(id: string, token: string, rows: ActionRow[] | undefined): void {
    if (!rows || rows.length === 0) return;
    this.tracked.set(id, { token, rows, expiresAt: this.now() + this.options.ttlMs });
    while (this.tracked.size > this.options.capacity) {
      const oldest = this.tracked.keys().next();
      if (oldest.done) break;
      this.tracked.delete(oldest.value);
    }
  }

  /** Records the rows a button press put on the reply to interaction `id`. */
  update(id: string | undefined, rows: ActionRow[] | undefined): void {
    const entry = id ? this.tracked.get(id) : undefined;
    if (entry && rows) entry.rows = rows;
  }

  /** Answers tracked. */
  get size(): number {
    return this.tracked.size;
  }

  /** Disables every expired answer's buttons: they are at the front, in the order they were sent. */
  sweep(): void {
    const now = this.now();
    for (const [id, entry] of this.tracked) {
      if (entry.expiresAt > now) return;
      this.tracked.delete(id);
      this.options.disable(entry.token, disableAll(entry.rows)).catch(this.options.onError);
    }
  }

  /** Stops the sweep and forgets everything. */
  clear(): void {
    clearInterval(this.timer);
    this.tracked.clear();
  }
}
