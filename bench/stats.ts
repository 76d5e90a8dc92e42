/**
 * Order statistics for benchmark samples. Benchmarks report medians and high percentiles,
 * never means alone: one slow garbage collection moves a mean, not a median.
 */

/** A summary of latency samples, in milliseconds. */
export interface LatencySummary {
  /** How many samples the summary is taken over. */
  samples: number;
  p50: number;
  p99: number;
  max: number;
}

/**
 * The `p`-th percentile (0–100) of `values` by the nearest-rank method: the smallest value
 * such that at least `p`% of the values are less than or equal to it. The input need not be
 * sorted and is not modified.
 *
 * @example percentile([5, 1, 4, 2, 3], 50) // 3
 * @throws RangeError when `values` is empty or `p` is outside 0–100.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new RangeError('percentile: no values');
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile: p must be within 0–100, got ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

/** The median (50th percentile, nearest rank) of `values`. */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Summarises latency samples (milliseconds) as p50, p99 and max. */
export function summarizeLatencies(samplesMs: readonly number[]): LatencySummary {
  return {
    samples: samplesMs.length,
    p50: percentile(samplesMs, 50),
    p99: percentile(samplesMs, 99),
    max: percentile(samplesMs, 100),
  };
}

/** `numerator / denominator`, or `null` when either is missing or the denominator is zero. */
export function ratio(numerator: number | null, denominator: number | null): number | null {
  if (numerator == null || denominator == null || denominator === 0) return null;
  return numerator / denominator;
}

/** A summary of repeated blocks of latency samples, in milliseconds. */
export interface RepeatedLatencySummary extends LatencySummary {
  /** How many timed blocks the samples came in. */
  repeats: number;
  /** The lowest and highest of the blocks' p99s: how far one block's p99 can be trusted. */
  p99Range: [number, number];
}

/**
 * Summarises blocks of latency samples (each block a full pass of the same queries): p50 and
 * max over all samples, p99 as the median of the blocks' p99s, with their range. The p99 of
 * one block turns on its few slowest samples; the median of several blocks' p99s does not
 * turn on one unlucky block (Georges, Buytaert and Eeckhout, "Statistically Rigorous Java
 * Performance Evaluation", OOPSLA 2007: repeat the measurement and report its variation).
 *
 * @example summarizeRepeats([[1, 2, 9], [1, 3, 4], [2, 2, 5]]) // p99 5, p99Range [4, 9]
 * @throws RangeError when there are no blocks or a block is empty.
 */
export function summarizeRepeats(blocks: ReadonlyArray<readonly number[]>): RepeatedLatencySummary {
  if (blocks.length === 0) throw new RangeError('summarizeRepeats: no blocks');
  const p99s = blocks.map((block) => percentile(block, 99));
  const all = blocks.flat();
  return {
    samples: all.length,
    p50: percentile(all, 50),
    p99: median(p99s),
    max: percentile(all, 100),
    repeats: blocks.length,
    p99Range: [Math.min(...p99s), Math.max(...p99s)],
  };
}
