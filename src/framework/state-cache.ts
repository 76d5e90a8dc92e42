/**
 * A bounded in-memory store for the state behind buttons (an answer, timeline filters). Buttons
 * carry only a short key into it, so their custom_id stays under 100 characters. Entries live
 * {@link STATE_TTL_MS} from when they were stored, and at most {@link STATE_CAPACITY} are kept:
 * both bounds are what "buttons work for 14 minutes, fewer when the bot is very busy" means.
 *
 * Entries are kept in insertion order and never reordered, so the oldest (first to expire) is
 * always at the front: expiry is one sweep from the front on each `put`, with no timer per entry.
 * It is per process: after a restart every key is unknown and a press on an old button is
 * answered as expired.
 */
import { randomBytes } from 'node:crypto';

/** How long buttons keep working: under the 15 minutes an interaction token lasts, so the bot can still disable them. */
export const STATE_TTL_MS = 14 * 60 * 1000;
/**
 * How many entries one command keeps. Sized so the heap stays flat under sustained load: at
 * ~5 KB per answer, 5,000 entries are ~25 MB per command. Beyond ~6 answers a second sustained
 * for 14 minutes, the oldest answers' buttons expire early.
 */
export const STATE_CAPACITY = 5_000;

/** Random bytes of a key: 6, which base64url writes as 8 characters. */
const KEY_BYTES = 6;
/** Keys' bytes drawn from the system's generator at once. */
const KEYS_PER_DRAW = 256;
let drawn = Buffer.alloc(0);
let taken = 0;

/**
 * A new random key: {@link KEY_BYTES} bytes of `crypto.randomBytes`, drawn for
 * {@link KEYS_PER_DRAW} keys at a time: each call into the generator cost more than the bytes
 * (a few per cent of a served /ask's CPU, session 20), and the bytes are as random either way.
 */
function randomKey(): string {
  if (taken + KEY_BYTES > drawn.length) {
    drawn = randomBytes(KEY_BYTES * KEYS_PER_DRAW);
    taken = 0;
  }
  taken += KEY_BYTES;
  return drawn.toString('base64url', taken - KEY_BYTES, taken);
}

interface Entry<T> {
  value: T;
  expiresAt: number;
}

/** Options of {@link StateCache}. */
export interface StateCacheOptions {
  ttlMs?: number;
  capacity?: number;
  /** Clock in milliseconds, for tests. */
  now?: () => number;
}

/** Recent query state, by short random key. */
export class StateCache<T> {
  readonly ttlMs: number;
  readonly capacity: number;
  private readonly now: () => number;
  private readonly entries = new Map<string, Entry<T>>();

  constructor(options: StateCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? STATE_TTL_MS;
    this.capacity = options.capacity ?? STATE_CAPACITY;
    this.now = options.now ?? Date.now;
  }

  /** Stores `value` and returns its new key (8 characters of base64url). Sweeps expired and surplus entries. */
  put(value: T): string {
    let key: string;
    do key = randomKey();
    while (this.entries.has(key));
    this.sweep();
    this.entries.set(key, { value, expiresAt: this.now() + this.ttlMs });
    while (this.entries.size > this.capacity) this.dropOldest();
    return key;
  }

  /** The value for `key`, or undefined when unknown, expired or evicted. */
  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Removes every expired entry: they are all at the front, so this stops at the first live one. */
  sweep(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt > now) return;
      this.entries.delete(key);
    }
  }

  private dropOldest(): void {
    const oldest = this.entries.keys().next();
    if (!oldest.done) this.entries.delete(oldest.value);
  }

  /** Number of entries held (expired ones included until the next sweep). */
  get size(): number {
    return this.entries.size;
  }
}
