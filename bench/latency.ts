/**
 * Side-by-side latency measurement: every contender answers the same question in turn, so all
 * of them see the same machine load, heap state and JIT warmth. On a shared 2-core machine this
 * is what makes their ratio meaningful. Contenders that must not share a heap (the engine and
 * plain lunr: each one's garbage would fall into the other's calls) run in processes of their
 * own, a pass in turn, timed by the same pieces ({@link timeCall}, {@link latencyOfPasses}):
 * latency-apart.ts.
 *
 * The method, and why:
 * - Warm-up passes are run and not timed: the first calls compile code and fill the engine's
 *   per-corpus caches, which a running bot has long done (Georges, Buytaert and Eeckhout,
 *   "Statistically Rigorous Java Performance Evaluation", OOPSLA 2007: measure steady state).
 * - The timed passes come in `repeats` blocks; p99 is the median of the blocks' p99s, shown with
 *   their range (stats.ts, {@link summarizeRepeats}), so one unlucky block does not set it.
 * - Calls run back to back, with no yield to the event loop between them: V8 then collects
 *   garbage inside whichever call fills the young generation, as in a busy bot, so a contender
 *   that makes more garbage per call meets more collections in its samples. Nothing forces a
 *   collection (no `gc()`) in or around the timed region.
 * - Each call is also bracketed by this thread's run-queue wait (run-queue.ts, Linux): the
 *   time it was ready to run while other processes held the CPUs. Wall time less that wait is
 *   reported as `onCpu`: the call's own time, its garbage collection included, whatever else
 *   the machine runs. Wall time is kept alongside, and ratios to plain lunr use it.
 */
import { openRunQueueClock, type RunQueueClock } from './run-queue.js';
import { summarizeRepeats, type RepeatedLatencySummary } from './stats.js';

/** Something to time: answers one query synchronously. */
export type QueryRunner<Query> = (query: Query) => unknown;

/** Options of {@link measureSideBySide}. */
export interface SideBySideOptions {
  /** Untimed passes over all queries before measuring, to let the JIT settle. */
  warmupRounds: number;
  /** Timed passes over all queries, per repeat. */
  rounds: number;
  /** Timed blocks of `rounds` passes each (default 1); p99 is the median of their p99s. */
  repeats?: number;
}

/** One contender's latency: wall time, and wall time less run-queue wait where known. */
export interface SideBySideLatency extends RepeatedLatencySummary {
  /** The same calls less the time the thread waited for a CPU; null where the kernel does not say. */
  onCpu: RepeatedLatencySummary | null;
  /** Share of calls (0–1) during which the thread waited for a CPU; null when unknown. */
  preemptedShare: number | null;
}

/**
 * One pass's timed calls, in the order made: wall time, and wall time less the thread's
 * run-queue wait (null where the kernel does not say), in milliseconds, with how many of the
 * calls waited for a CPU at all.
 */
export interface TimedPass {
  wallMs: number[];
  onCpuMs: number[] | null;
  preempted: number;
}

/** An empty pass, to {@link timeCall} into; `clock` says whether it keeps time on CPU. */
export function emptyPass(clock: RunQueueClock | null): TimedPass {
  return { wallMs: [], onCpuMs: clock ? [] : null, preempted: 0 };
}

/** Times one call of `run` into `pass`, bracketed by `clock`'s run-queue wait; returns its result. */
export function timeCall<Query>(
  run: QueryRunner<Query>,
  query: Query,
  clock: RunQueueClock | null,
  pass: TimedPass,
): unknown {
  const waitedBefore = clock ? clock.waitNs() : 0;
  const started = process.hrtime.bigint();
  const result = run(query);
  const elapsedNs = Number(process.hrtime.bigint() - started);
  const waitedNs = clock ? clock.waitNs() - waitedBefore : 0;
  pass.wallMs.push(elapsedNs / 1e6);
  // The wait is read just outside the timed call: never count more of it than the call.
  pass.onCpuMs?.push(Math.max(0, elapsedNs - waitedNs) / 1e6);
  if (waitedNs > 0) pass.preempted += 1;
  return result;
}

/**
 * One contender's figures from its timed passes, grouped in blocks (see
 * {@link summarizeRepeats}); time on CPU only when every pass kept it.
 *
 * @throws RangeError when there are no blocks or a block holds no call.
 */
export function latencyOfPasses(blocks: ReadonlyArray<readonly TimedPass[]>): SideBySideLatency {
  const passes = blocks.flat();
  const summary = summarizeRepeats(blocks.map((block) => block.flatMap((pass) => pass.wallMs)));
  const onCpuKept = passes.every((pass) => pass.onCpuMs !== null);
  const preempted = passes.reduce((sum, pass) => sum + pass.preempted, 0);
  return {
    ...summary,
    onCpu: onCpuKept
      ? summarizeRepeats(blocks.map((block) => block.flatMap((pass) => pass.onCpuMs ?? [])))
      : null,
    preemptedShare: onCpuKept ? preempted / summary.samples : null,
  };
}

/**
 * Times each contender on each query, `rounds` × `repeats` times, interleaving contenders per
 * query and alternating which goes first, after `warmupRounds` untimed passes. Returns each
 * contender's figures in milliseconds, keyed like `contenders`. All of them run in this
 * process, so each meets the others' garbage: use {@link measureApart} (latency-apart.ts) to
 * compare contenders that should not share a heap.
 *
 * @example
 * const figures = measureSideBySide({ timeline: (f) => engine.timeline(f) }, filters,
 *   { warmupRounds: 2, rounds: 40, repeats: 5 });
 */
export function measureSideBySide<Name extends string, Query>(
  contenders: Record<Name, QueryRunner<Query>>,
  queries: readonly Query[],
  options: SideBySideOptions,
): Record<Name, SideBySideLatency> {
  const names = Object.keys(contenders) as Name[];
  const repeats = Math.max(1, options.repeats ?? 1);
  const blocks = new Map<Name, TimedPass[][]>(
    names.map((name) => [name, Array.from({ length: repeats }, () => [])]),
  );
  const clock = openRunQueueClock();
  let sink = 0;
  try {
    const total = options.warmupRounds + options.rounds * repeats;
    for (let round = 0; round < total; round++) {
      const block = Math.floor((round - options.warmupRounds) / options.rounds);
      const order = round % 2 === 0 ? names : [...names].reverse();
      const passes = new Map(names.map((name) => [name, emptyPass(clock)]));
      for (const query of queries) {
        for (const name of order) {
          const pass = passes.get(name) as TimedPass;
          if (timeCall(contenders[name], query, clock, pass) != null) sink++;
        }
      }
      if (round < options.warmupRounds) continue;
      for (const name of names) blocks.get(name)?.[block]?.push(passes.get(name) as TimedPass);
    }
  } finally {
    clock?.close();
  }
  if (sink < 0) throw new Error('unreachable: keeps results observable to the optimiser');
  const figures = {} as Record<Name, SideBySideLatency>;
  for (const name of names) figures[name] = latencyOfPasses(blocks.get(name) ?? []);
  return figures;
}

/** Runs `work` once and returns its result with the wall time it took, in milliseconds. */
export async function timed<T>(work: () => T | Promise<T>): Promise<{ result: T; ms: number }> {
  const started = process.hrtime.bigint();
  const result = await work();
  return { result, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}
