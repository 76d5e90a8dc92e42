/**
 * What the slowest 1% of asks are: each call of the engine and of plain lunr on the bundled
 * corpus (as `npm run bench` times them: warm-up, then back-to-back interleaved passes), with
 * the garbage collections that fell inside it (`PerformanceObserver`, entry type `gc`), the time
 * its thread waited for a CPU (run-queue.ts) and the heap it allocated.
 *
 *   npm run bench -- --skip-scale --skip-reload   # builds .cache/bench/bundled once
 *   npx tsx bench/ask-tail.ts [--rounds 100] [--corpus .cache/bench/bundled]
 *   npx tsx bench/ask-tail.ts --corpus .cache/bench/sotu-1 --questions bench/sotu-questions.json
 *
 * For each contender it prints p50/p99, how many of the calls at or above p99 overlapped a
 * collection, waited for a CPU, both or neither, the share of all calls that met a collection,
 * the heap allocated per call (median over calls that met none: `used_heap_size` before and
 * after), its time on CPU (wall time less run-queue wait: what other processes' load leaves
 * out), and the `--top` questions slowest on CPU at the median; then the collections' count and pauses.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readQuestions, roundsAndWarmup } from './question-loop-args.js';
import { PerformanceObserver, performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import { openPrebuiltEngine, segmentCorpus } from './engine-adapter.js';
import { buildPlainIndex, searchPlain } from './plain-lunr.js';
import { REPO_ROOT } from './probes/spawn.js';
import { openRunQueueClock } from './run-queue.js';
import { median, percentile } from './stats.js';

interface Call {
  question: number;
  startMs: number;
  ms: number;
  waitedMs: number;
  allocatedBytes: number;
}

interface Collection {
  startMs: number;
  endMs: number;
  /** `NODE_PERFORMANCE_GC_*` (perf_hooks `constants`): 1 minor (scavenge), 4 major (mark-compact), 8 incremental, 16 weak callbacks. */
  kind: number;
}

const USAGE =
  'usage: npx tsx bench/ask-tail.ts [--rounds N] [--warmup N] [--corpus DIR] [--questions FILE] [--top N]';
const QUESTIONS = path.join(REPO_ROOT, 'test/eval/questions.json');

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      rounds: { type: 'string', default: '100' },
      warmup: { type: 'string', default: '2' },
      corpus: { type: 'string', default: path.join(REPO_ROOT, '.cache/bench/bundled') },
      questions: { type: 'string', default: QUESTIONS },
      top: { type: 'string', default: '5' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  const { rounds, warmup } = roundsAndWarmup(values, 'ask-tail', USAGE);
  const top = Number(values.top);
  const questions = await readQuestions(values.questions);
  const engine = await openPrebuiltEngine(values.corpus);
  const plainIndex = buildPlainIndex((await segmentCorpus(values.corpus)).sentences);
  const contenders = {
    engine: (question: string) => engine.ask(question, { limit: 3 }),
    'plain lunr': (question: string) => searchPlain(plainIndex, question),
  };
  const names = Object.keys(contenders) as Array<keyof typeof contenders>;

  const collections: Collection[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const detail = (entry as { detail?: { kind?: number } }).detail;
      const kind = detail?.kind ?? 0;
      collections.push({ startMs: entry.startTime, endMs: entry.startTime + entry.duration, kind });
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  const clock = openRunQueueClock();
  const calls = new Map(names.map((name) => [name, [] as Call[]]));
  let timedFrom = Infinity;
  for (let round = 0; round < warmup + rounds; round++) {
    const order = round % 2 === 0 ? names : [...names].reverse();
    if (round === warmup) timedFrom = performance.now();
    questions.forEach((question, q) => {
      for (const name of order) {
        const heapBefore = v8.getHeapStatistics().used_heap_size;
        const waitedBefore = clock?.waitNs() ?? 0;
        const startMs = performance.now();
        contenders[name](question);
        const ms = performance.now() - startMs;
        const waitedMs = ((clock?.waitNs() ?? 0) - waitedBefore) / 1e6;
        const allocatedBytes = v8.getHeapStatistics().used_heap_size - heapBefore;
        if (round >= warmup)
          calls.get(name)?.push({ question: q, startMs, ms, waitedMs, allocatedBytes });
      }
    });
  }
  clock?.close();
  // Observers are told on a later tick.
  await new Promise((resolve) => setTimeout(resolve, 20));
  observer.disconnect();
  const timed = collections.filter((c) => c.endMs >= timedFrom);
  // The wait is read just outside the timed call: never count more of it than the call.
  const cpuMs = (call: Call) => Math.max(0, call.ms - call.waitedMs);
  const metCollection = (call: Call) =>
    timed.some((c) => c.startMs < call.startMs + call.ms && c.endMs > call.startMs);

  const out: string[] = [
    `${questions.length} questions × ${rounds} rounds after ${warmup} warm-up; ` +
      `run-queue wait ${clock ? 'from /proc/thread-self/schedstat' : 'not available'}`,
  ];
  const f = (ms: number) => ms.toFixed(3);
  for (const name of names) {
    const mine = calls.get(name) ?? [];
    const times = mine.map((call) => call.ms);
    const onCpu = mine.map(cpuMs);
    const p99 = percentile(times, 99);
    const slow = mine.filter((call) => call.ms >= p99);
    const causes = { collection: 0, 'CPU wait': 0, both: 0, neither: 0 };
    for (const call of slow) {
      const gc = metCollection(call);
      const waited = call.waitedMs > 0;
      causes[gc && waited ? 'both' : gc ? 'collection' : waited ? 'CPU wait' : 'neither'] += 1;
    }
    const quiet = mine.filter((call) => !metCollection(call));
    out.push(
      `${name}: p50 ${f(median(times))} ms, p99 ${f(p99)} ms, max ${f(Math.max(...times))} ms`,
      `  calls ≥ p99: ${slow.length}; ${Object.entries(causes)
        .map(([cause, n]) => `${cause} ${n}`)
        .join(', ')}`,
      `  calls that met a collection: ${((100 * (mine.length - quiet.length)) / mine.length).toFixed(2)}%`,
      `  heap allocated per call (median of calls without a collection): ` +
        `${(median(quiet.map((call) => call.allocatedBytes)) / 1024).toFixed(1)} KiB`,
      `  on CPU (less run-queue wait): p50 ${f(median(onCpu))} ms, p99 ${f(percentile(onCpu, 99))} ms`,
      '  slowest questions by median on CPU (ms on CPU; wall ms; calls ≥ p99):',
    );
    const byQuestion = questions.map((question, q) => {
      const own = mine.filter((call) => call.question === q);
      return {
        question,
        median: median(own.map((call) => call.ms)),
        onCpu: median(own.map(cpuMs)),
        slow: own.filter((call) => call.ms >= p99).length,
      };
    });
    byQuestion.sort((a, b) => b.onCpu - a.onCpu);
    for (const row of byQuestion.slice(0, top))
      out.push(`    ${f(row.onCpu)}; ${f(row.median)}; ${row.slow}  ${row.question}`);
  }
  const kinds = new Map<number, number[]>();
  for (const c of timed) kinds.set(c.kind, [...(kinds.get(c.kind) ?? []), c.endMs - c.startMs]);
  for (const [kind, pauses] of [...kinds].sort((a, b) => a[0] - b[0]))
    out.push(
      `collections of kind ${kind}: ${pauses.length}, pause median ${f(median(pauses))} ms, ` +
        `max ${f(Math.max(...pauses))} ms`,
    );
  process.stdout.write(`${out.join('\n')}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
