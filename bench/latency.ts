/**
 * Side-by-side latency measurement: every contender answers the same question in turn, so all
 * of them see the same machine load, heap state and JIT warmth. On a shared 2-core machine this
 * is what makes their ratio meaningful.
 */
import { summarizeLatencies, type LatencySummary } from './stats.js';

/** Something to time: answers one query synchronously. */
export type QueryRunner<Query> = (query: Query) => unknown;

/** Options of {@link measureSideBySide}. */
export interface SideBySideOptions {
  /** Untimed passes over all queries before measuring, to let the JIT settle. */
  warmupRounds: number;
  /** Timed passes over all queries. */
  rounds: number;
}

/**
 * Times each contender on each query, `rounds` times, interleaving contenders per query and
 * alternating which goes first, after `warmupRounds` untimed passes. Returns each contender's
 * summary in milliseconds, keyed like `contenders`.
 *
 * @example
 * const figures = measureSideBySide({ engine: (q) => engine.ask(q), plain: (q) => index.search(q) },
 *   questions, { warmupRounds: 2, rounds: 20 });
 */
export function measureSideBySide<Name extends string, Query>(
  contenders: Record<Name, QueryRunner<Query>>,
  queries: readonly Query[],
  options: SideBySideOptions,
): Record<Name, LatencySummary> {
  const names = Object.keys(contenders) as Name[];
  const samples = new Map<Name, number[]>(names.map((name) => [name, []]));
  let sink = 0;
  for (let round = 0; round < options.warmupRounds + options.rounds; round++) {
    const timed = round >= options.warmupRounds;
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const query of queries) {
      for (const name of order) {
        const run = contenders[name];
        const started = process.hrtime.bigint();
        const result = run(query);
        const elapsedNs = process.hrtime.bigint() - started;
        if (result != null) sink++;
        if (timed) samples.get(name)?.push(Number(elapsedNs) / 1e6);
      }
    }
  }
  if (sink < 0) throw new Error('unreachable: keeps results observable to the optimiser');
  const summaries = {} as Record<Name, LatencySummary>;
  for (const name of names) summaries[name] = summarizeLatencies(samples.get(name) ?? []);
  return summaries;
}

/** Runs `work` once and returns its result with the wall time it took, in milliseconds. */
export async function timed<T>(work: () => T | Promise<T>): Promise<{ result: T; ms: number }> {
  const started = process.hrtime.bigint();
  const result = await work();
  return { result, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}
