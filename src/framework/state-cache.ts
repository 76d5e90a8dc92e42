/**
 * A small in-memory LRU cache with expiry for the state behind buttons (an answer, timeline
 * filters). Buttons carry only a short key into it, so their custom_id stays under 100
 * characters. It is per process: after a restart every key is unknown and a press on an old
 * button is answered as expired.
 */
import { randomBytes } from 'node:crypto';

/** How long buttons keep working: under the 15 minutes an interaction token lasts, so the bot can still disable them. */
export const STATE_TTL_MS = 14 * 60 * 1000;
/** How many recent queries are kept. */
export const STATE_CAPACITY = 500;

interface Entry<T> {
  value: T;
  expiresAt: number;
}

/** Options of {@link StateCache}. */
export interface StateCacheOptions {
  ttlMs?: number;
  capacity?: number;
  /** Clock, for tests. */
  now?: () => number;
}

/** Recent query state, by short random key. */
export class StateCache<T> {
  readonly ttlMs: number;
  private readonly capacity: number;
  private readonly now: () => number;
  private readonly entries = new Map<string, Entry<T>>();

  constructor(options: StateCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? STATE_TTL_MS;
    this.capacity = options.capacity ?? STATE_CAPACITY;
    this.now = options.now ?? Date.now;
  }

  /** Stores `value` and returns its new key (8 characters of base64url). */
  put(value: T): string {
    let key: string;
    do key = randomBytes(6).toString('base64url');
    while (this.entries.has(key));
    this.entries.set(key, { value, expiresAt: this.now() + this.ttlMs });
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return key;
  }

  /** The value for `key`, or undefined when unknown or expired. A hit counts as recent use. */
  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Number of entries held (expired ones included until touched). */
  get size(): number {
    return this.entries.size;
  }
}
