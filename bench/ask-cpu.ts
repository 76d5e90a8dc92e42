/**
 * Each question's own time on a CPU on the bundled corpus: the questions asked in turn, many
 * rounds in one process after warm-up, every ask timed as `npm run bench` times its "less
 * run-queue wait" figures: wall time less the time the asking thread waited for a CPU
 * (run-queue.ts), which other processes' load leaves out. Garbage collection on the asking
 * thread is counted, as in the bench. Prints p50 / p99 over all calls and each question's median
 * and p99, slowest first.
 *
 * Not `process.cpuUsage`: it adds the CPU of V8's helper threads (concurrent compiling and
 * marking) running meanwhile on the other core, a few milliseconds in some 10% of asks (session
 * 63; they vanish under `--single-threaded`). Nor schedstat's own time on CPU: the kernel brings
 * a running thread's up to date only at a tick or a switch, so most asks would read 0.
 *
 *   node --max-semi-space-size=32 --import tsx bench/ask-cpu.ts [--rounds 60] [--warmup 5]
 *     [--corpus DIR] [--questions FILE] [--top N] [--profile FILE.cpuprofile]
 *
 * (`--max-semi-space-size=32`: the young generation the bench's engine process answers with,
 * src/framework/young-generation.ts.) Without `--corpus`, the bundled corpus (corpus/) is copied
 * to a temporary folder and its index built there first (not timed). `--profile` saves a V8 CPU
 * profile of the timed rounds alone (`node:inspector`: the warm-up's first readings and compiles
 * left out) for bench/cpu-profile-summary.ts; its sampling adds to the times printed. Linux only
 * (the run-queue clock).
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildEngineIndex, importEngine, openPrebuiltEngine } from './engine-adapter.js';
import { REPO_ROOT } from './probes/spawn.js';
import { readQuestions, roundsAndWarmup } from './question-loop-args.js';
import { openRunQueueClock } from './run-queue.js';
import { median, percentile } from './stats.js';

const USAGE =
  'usage: npx tsx bench/ask-cpu.ts [--rounds N] [--warmup N] [--corpus DIR] [--questions FILE] [--top N] [--profile FILE]';

async function bundledCopy(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ask-cpu-'));
  await cp(path.join(REPO_ROOT, 'corpus'), dir, {
    recursive: true,
    filter: (source) => !path.basename(source).startsWith('.'),
  });
  await importEngine();
  await buildEngineIndex(dir);
  return dir;
}

async function startProfiler(): Promise<Session> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  return session;
}

async function stopProfiler(session: Session): Promise<unknown> {
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  return profile;
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      rounds: { type: 'string', default: '60' },
      warmup: { type: 'string', default: '5' },
      corpus: { type: 'string' },
      questions: { type: 'string', default: path.join(REPO_ROOT, 'test/eval/questions.json') },
      top: { type: 'string', default: '12' },
      profile: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  const { rounds, warmup } = roundsAndWarmup(values, 'ask-cpu', USAGE);
  const questions = await readQuestions(values.questions);
  const corpus = values.corpus ?? (await bundledCopy());
  try {
    const engine = await openPrebuiltEngine(corpus);
    const clock = openRunQueueClock();
    if (clock === null)
      throw new Error('ask-cpu: no run-queue clock (/proc/thread-self/schedstat)');
    // Nanoseconds of wall time less run-queue wait since the thread started.
    const onCpuNs = () => Number(process.hrtime.bigint()) - clock.waitNs();
    const cpuMs: number[][] = questions.map(() => []);
    let profiler: Session | undefined;
    for (let round = 0; round < warmup + rounds; round++) {
      if (round === warmup && values.profile !== undefined) profiler = await startProfiler();
      questions.forEach((question, q) => {
        const before = onCpuNs();
        engine.ask(question, { limit: 3 });
        const ms = (onCpuNs() - before) / 1e6;
        if (round >= warmup) cpuMs[q]?.push(ms);
      });
    }
    clock.close();
    if (profiler !== undefined && values.profile !== undefined)
      await writeFile(values.profile, JSON.stringify(await stopProfiler(profiler)));
    const all = cpuMs.flat();
    const f = (ms: number) => ms.toFixed(3);
    const rows = questions.map((question, q) => ({
      question,
      p50: median(cpuMs[q] ?? []),
      p99: percentile(cpuMs[q] ?? [], 99),
    }));
    rows.sort((a, b) => b.p50 - a.p50);
    const out = [
      `${questions.length} questions × ${rounds} rounds after ${warmup} warm-up, wall time less run-queue wait`,
      `all calls: p50 ${f(median(all))} ms, p99 ${f(percentile(all, 99))} ms, ` +
        `sum of medians ${f(rows.reduce((sum, row) => sum + row.p50, 0))} ms`,
      'slowest questions (median; p99 ms):',
      ...rows.slice(0, Number(values.top)).map((r) => `  ${f(r.p50)}; ${f(r.p99)}  ${r.question}`),
    ];
    process.stdout.write(`${out.join('\n')}\n`);
  } finally {
    if (!values.corpus) await rm(corpus, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
