/**
 * "Shrink until it fits": the one search every renderer runs to bring a reply within a Discord
 * limit. Each round builds the reply at a budget (characters per quote, per field, …), measures
 * it, and takes off the overshoot shared among the parts that grow with the budget, so it ends in
 * a few rounds instead of one character at a time.
 */

/** What {@link shrinkToFit} searches over. Budgets and sizes are whole numbers of characters. */
export interface ShrinkOptions<T> {
  /** The budget tried first. It is built as given, even when below `floor`. */
  start: number;
  /** The smallest budget tried; when even it does not fit, what it built is returned. */
  floor: number;
  /** The largest size that fits, in the unit of `size`. */
  limit: number;
  /** How many parts share the budget: each round takes the overshoot divided by this off it. */
  shares: number;
  /** The least a round takes off (default 1): bounds the rounds when the overshoot is small. */
  minStep?: number;
  /** Builds the thing at a budget. */
  build(budget: number): T;
  /** The size of what was built, to compare with `limit`. */
  size(built: T): number;
  /**
   * The budget `built` really used, when a build may use less than it was given (a cut that
   * backs off to a word boundary); the next round shrinks from there. Default: the budget given.
   */
  used?(built: T, budget: number): number;
}

/** The last thing built, and whether it is within the limit. */
export interface Shrunk<T> {
  value: T;
  fits: boolean;
}

/**
 * Builds at `start`, then at smaller budgets (never below `floor`) until the size is at most
 * `limit` or `floor` has been tried. Each round takes off `max(minStep, ceil(overshoot / shares))`.
 *
 * @example shrinkToFit({ start: 100, floor: 1, limit: 10, shares: 1, build: (n) => 'x'.repeat(n), size: (s) => s.length }).value === 'xxxxxxxxxx'
 */
export function shrinkToFit<T>(options: ShrinkOptions<T>): Shrunk<T> {
  const { floor, limit, build, size } = options;
  const shares = Math.max(1, options.shares);
  const minStep = Math.max(1, options.minStep ?? 1);
  let budget = options.start;
  let value = build(budget);
  for (;;) {
    const over = size(value) - limit;
    if (over <= 0) return { value, fits: true };
    if (budget <= floor) return { value, fits: false };
    const from = options.used ? Math.min(budget, options.used(value, budget)) : budget;
    budget = Math.max(floor, from - Math.max(minStep, Math.ceil(over / shares)));
    value = build(budget);
  }
}
