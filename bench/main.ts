/**
 * `npm run bench` (entry: run.ts): how the engine's cost grows with the corpus, side by side
 * with plain lunr. Prints a table (to standard error when `--json` sends figures to standard
 * output) and, with `--json`, the same figures as JSON. See args.ts for the flags.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BENCH_USAGE, BenchUsageError, parseBenchArgs, type BenchOptions } from './args.js';
import { measureBundled } from './bundled.js';
import { describeMachine } from './machine.js';
import { REPO_ROOT } from './probes/spawn.js';
import { renderReport, type BenchReport } from './report.js';
import { measureHtmlExtraction } from './html-extraction.js';
import { measureReload } from './reload.js';
import { measureScale } from './scale.js';
import { anyFailed, checkTargets } from './targets.js';

const CACHE_DIR = path.join(REPO_ROOT, '.cache', 'bench');

/** Repetitions per mode: a quick run is a smoke test, not a measurement. */
function repetitions(quick: boolean) {
  return quick
    ? {
        bundledRounds: 10,
        bundledRepeats: 1,
        scaleRounds: 3,
        scaleRepeats: 1,
        warmupRounds: 1,
        loadRuns: 1,
        buildRuns: 1,
        firstAnswerRuns: 2,
      }
    : {
        // Five blocks of 40 passes: each block's p99 is its 28th slowest of 2,760 questions.
        bundledRounds: 40,
        bundledRepeats: 5,
        scaleRounds: 10,
        scaleRepeats: 3,
        warmupRounds: 2,
        loadRuns: 3,
        // Three builds of each at full scale, interleaved: plain lunr's own build time varies by
        // a third between idle runs, which one build of each made the build ratio's verdict.
        buildRuns: 3,
        firstAnswerRuns: 5,
      };
}

async function sotuQuestions(): Promise<string[]> {
  const file = path.join(REPO_ROOT, 'bench', 'sotu-questions.json');
  return JSON.parse(await readFile(file, 'utf8')) as string[];
}

function note(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

async function runBench(options: BenchOptions): Promise<BenchReport> {
  const started = process.hrtime.bigint();
  const startedAt = new Date().toISOString();
  const machine = describeMachine();
  const reps = repetitions(options.quick);
  await mkdir(CACHE_DIR, { recursive: true });
  const bundled = options.skipBundled
    ? null
    : await measureBundled({
        cacheDir: CACHE_DIR,
        warmupRounds: reps.warmupRounds,
        rounds: reps.bundledRounds,
        repeats: reps.bundledRepeats,
        firstAnswerRuns: reps.firstAnswerRuns,
        note,
      });
  const scale = options.skipScale
    ? null
    : await measureScale({
        cacheDir: CACHE_DIR,
        fractions: options.fractions,
        warmupRounds: reps.warmupRounds,
        rounds: reps.scaleRounds,
        repeats: reps.scaleRepeats,
        loadRuns: reps.loadRuns,
        buildRuns: reps.buildRuns,
        note,
      });
  note('HTML extraction');
  const htmlExtraction = measureHtmlExtraction(options.quick ? 20 : 200);
  const reload = options.skipReload
    ? null
    : await measureReload({
        cacheDir: CACHE_DIR,
        fraction: options.fractions.at(-1) ?? 1,
        questions: await sotuQuestions(),
        note,
      });
  return {
    machine,
    startedAt,
    durationMs: Number(process.hrtime.bigint() - started) / 1e6,
    loadAverageEnd: Math.round((os.loadavg()[0] ?? 0) * 100) / 100,
    options: { quick: options.quick, fractions: options.fractions },
    bundled,
    scale,
    htmlExtraction,
    reload,
    targets: checkTargets(bundled, scale, reload, { judged: !options.quick }),
  };
}

/** Where the benchmark writes: the process's streams, or a test's. */
export interface BenchIO {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
}

/**
 * Runs the benchmark on `argv` (flags without `node` and the script).
 *
 * @returns the exit code: 0, 1 when a measured target fails or the run breaks, 2 for bad flags
 */
export async function benchMain(argv: string[], io: BenchIO = process): Promise<number> {
  try {
    if (argv.includes('--help') || argv.includes('-h')) {
      io.stdout.write(BENCH_USAGE + '\n');
      return 0;
    }
    const options = parseBenchArgs(argv);
    const report = await runBench(options);
    const table = renderReport(report);
    if (options.json === null) {
      io.stdout.write(table);
    } else {
      io.stderr.write(table);
      const json = JSON.stringify(report, null, 2) + '\n';
      if (options.json === '-') io.stdout.write(json);
      else await writeFile(options.json, json);
    }
    // A measured, judged target that failed fails the run; one this run did not measure, or a
    // --quick run's (not judged), never does.
    return anyFailed(report.targets) ? 1 : 0;
  } catch (error) {
    io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return error instanceof BenchUsageError ? 2 : 1;
  }
}
