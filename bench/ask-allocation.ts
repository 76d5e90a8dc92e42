/**
 * How much garbage an ask makes, and where: figures that do not move with the machine's load,
 * unlike wall time (the ask's tail is the young-generation collections its garbage causes;
 * bench/ask-tail.ts).
 *
 *   npm run bench -- --skip-scale --skip-reload   # builds .cache/bench/bundled once
 *   npx tsx bench/ask-allocation.ts [--rounds 30] [--corpus DIR] [--questions FILE] [--top 25]
 *     [--profile FILE.heapprofile]   # the sampled profile too, for Chrome DevTools' Memory tab
 *
 * It (re)builds the corpus's index when stale, then starts two child processes on the same questions (warm-up passes first, not counted):
 * - `bytes`: new space made larger than a pass allocates (`--min/max-semi-space-size`) and
 *   `gc()` before each pass, so no collection falls in a pass and the growth of `heapUsed`
 *   over it is exactly what the pass allocated; printed per question, with V8's sampling heap
 *   profiler (inspector `HeapProfiler.startSampling`, objects a collection freed included)
 *   naming the functions that allocate most, by their own allocations and with their callees'.
 * - `scavenges`: the young generation the bot answers with (src/framework/young-generation.ts),
 *   the rest V8's default heap: the young-generation collections (`PerformanceObserver`, entry
 *   type `gc`, kind minor) per 1,000 questions over `rounds` passes, and the process's CPU time
 *   (user + system, `process.cpuUsage`) per question. V8 grows the young generation to its
 *   limit as objects survive, so the count falls over the first few thousand questions.
 */
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readQuestions, roundsAndWarmup } from './question-loop-args.js';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { openEngine } from '../src/engine/index.js';
import { ANSWERING_HEAP_FLAGS } from '../src/framework/young-generation.js';
import { openPrebuiltEngine } from './engine-adapter.js';
import { REPO_ROOT } from './probes/spawn.js';

const SELF = fileURLToPath(import.meta.url);
const USAGE =
  'usage: npx tsx bench/ask-allocation.ts [--rounds N] [--warmup N] [--corpus DIR] [--questions FILE] [--top N] [--profile FILE]';
/** Each semi-space of the `bytes` child, in MB: more than a pass over the questions allocates. */
const SEMI_SPACE_MB = 256;
/** Bytes between the sampling profiler's samples (V8's default is 32 KiB). */
const SAMPLING_INTERVAL = 512;

interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: ProfileNode[];
}

/** `name (file:line)` of a frame, the file relative to the repository. */
function frameKey(frame: ProfileNode['callFrame']): string {
  const file = frame.url.startsWith('file:') ? fileURLToPath(frame.url) : frame.url;
  const where = file ? `${path.relative(REPO_ROOT, file)}:${frame.lineNumber + 1}` : '(native)';
  return `${frame.functionName || '(anonymous)'} ${where}`;
}

/** Bytes per function: allocated by itself, and by itself or anything it called. */
function allocationSites(head: ProfileNode): {
  self: Map<string, number>;
  total: Map<string, number>;
} {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const walk = (node: ProfileNode, onStack: string[]): number => {
    const key = frameKey(node.callFrame);
    self.set(key, (self.get(key) ?? 0) + node.selfSize);
    const stack = onStack.includes(key) ? onStack : [...onStack, key];
    let size = node.selfSize;
    for (const child of node.children) size += walk(child, stack);
    // A recursive function's bytes count once, at its outermost call.
    if (!onStack.includes(key)) total.set(key, (total.get(key) ?? 0) + size);
    return size;
  };
  walk(head, []);
  return { self, total };
}

function topLines(
  sizes: Map<string, number>,
  all: number,
  questions: number,
  top: number,
): string[] {
  return [...sizes]
    .filter(([key]) => !key.startsWith('(root)') && key.includes('src/'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(
      ([key, bytes]) =>
        `    ${(bytes / questions / 1024).toFixed(1).padStart(7)} KiB  ${((100 * bytes) / all).toFixed(1).padStart(5)}%  ${key}`,
    );
}

async function childBytes(
  questions: string[],
  corpus: string,
  rounds: number,
  warmup: number,
  top: number,
  profileFile?: string,
): Promise<string[]> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('ask-allocation: the bytes child needs --expose-gc');
  const engine = await openPrebuiltEngine(corpus);
  const ask = (question: string) => engine.ask(question, { limit: 3 });
  for (let round = 0; round < warmup; round++) questions.forEach(ask);
  let collections = 0;
  const observer = new PerformanceObserver((list) => {
    collections += list.getEntries().length;
  });
  const session = new Session();
  session.connect();
  let allocated = 0;
  for (let round = 0; round < rounds; round++) {
    gc();
    // Collections forced here are told later: count only those after the pass began.
    await new Promise((resolve) => setTimeout(resolve, 0));
    observer.observe({ entryTypes: ['gc'] });
    const before = process.memoryUsage().heapUsed;
    questions.forEach(ask);
    allocated += process.memoryUsage().heapUsed - before;
    await new Promise((resolve) => setTimeout(resolve, 0));
    observer.disconnect();
  }
  const asked = rounds * questions.length;
  // The sampling profile is a separate pass: its own bookkeeping would count as the ask's.
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: SAMPLING_INTERVAL,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  for (let round = 0; round < rounds; round++) questions.forEach(ask);
  const { profile } = (await session.post('HeapProfiler.stopSampling')) as {
    profile: { head: ProfileNode };
  };
  session.disconnect();
  if (profileFile) await writeFile(profileFile, JSON.stringify(profile));
  const { self, total } = allocationSites(profile.head);
  const all = [...self.values()].reduce((sum, bytes) => sum + bytes, 0);
  return [
    `allocated per question: ${(allocated / asked / 1024).toFixed(1)} KiB ` +
      `(heapUsed growth over ${rounds} passes of ${questions.length} questions, ` +
      `${collections} collections inside them${collections > 0 ? ': NOT EXACT' : ''})`,
    `sampled per question: ${(all / asked / 1024).toFixed(1)} KiB; top functions by own allocations (per question, share):`,
    ...topLines(self, all, asked, top),
    '  top functions with their callees:',
    ...topLines(total, all, asked, top),
  ];
}

async function childScavenges(
  questions: string[],
  corpus: string,
  rounds: number,
  warmup: number,
): Promise<string[]> {
  const engine = await openPrebuiltEngine(corpus);
  const ask = (question: string) => engine.ask(question, { limit: 3 });
  for (let round = 0; round < warmup; round++) questions.forEach(ask);
  const kinds = { minor: 0, other: 0 };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as { detail?: { kind?: number } }).detail?.kind;
      kinds[kind === constants.NODE_PERFORMANCE_GC_MINOR ? 'minor' : 'other'] += 1;
    }
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
  observer.observe({ entryTypes: ['gc'] });
  const cpu = process.cpuUsage();
  for (let round = 0; round < rounds; round++) questions.forEach(ask);
  const used = process.cpuUsage(cpu);
  await new Promise((resolve) => setTimeout(resolve, 20));
  observer.disconnect();
  const asked = rounds * questions.length;
  return [
    `scavenges per 1,000 questions: ${((1000 * kinds.minor) / asked).toFixed(1)} ` +
      `(${kinds.minor} over ${asked} questions; other collections ${kinds.other}; the bot's young generation)`,
    `CPU per question (user + system): ${((used.user + used.system) / 1000 / asked).toFixed(3)} ms ` +
      `(user ${(used.user / 1000 / asked).toFixed(3)}, system ${(used.system / 1000 / asked).toFixed(3)})`,
  ];
}

function runChild(nodeFlags: readonly string[], args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', SELF, ...args], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(out)
        : reject(new Error(`ask-allocation: child ${args[0]} exited ${code}`)),
    );
  });
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      child: { type: 'string' },
      rounds: { type: 'string', default: '30' },
      warmup: { type: 'string', default: '3' },
      corpus: { type: 'string', default: path.join(REPO_ROOT, '.cache/bench/bundled') },
      questions: { type: 'string', default: path.join(REPO_ROOT, 'test/eval/questions.json') },
      top: { type: 'string', default: '25' },
      profile: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  const { rounds, warmup } = roundsAndWarmup(values, 'ask-allocation', USAGE);
  const top = Number(values.top);
  const questions = await readQuestions(values.questions);
  const { corpus } = values;
  if (values.child === 'bytes')
    return void process.stdout.write(
      `${(await childBytes(questions, corpus, rounds, warmup, top, values.profile)).join('\n')}\n`,
    );
  if (values.child === 'scavenges')
    return void process.stdout.write(
      `${(await childScavenges(questions, corpus, rounds, warmup)).join('\n')}\n`,
    );
  if (values.child !== undefined)
    throw new Error(`ask-allocation: unknown child "${values.child}"`);
  const shared = [
    '--rounds',
    String(rounds),
    '--warmup',
    String(warmup),
    '--corpus',
    corpus,
    '--questions',
    values.questions,
    '--top',
    String(top),
    ...(values.profile === undefined ? [] : ['--profile', path.resolve(values.profile)]),
  ];
  // The index is rebuilt here when the code changed since it was built; the children only load it.
  await openEngine({ corpusDir: corpus });
  process.stdout.write(
    `${questions.length} questions × ${rounds} passes after ${warmup} warm-up, ${corpus}\n`,
  );
  process.stdout.write(await runChild(ANSWERING_HEAP_FLAGS, ['--child', 'scavenges', ...shared]));
  process.stdout.write(
    await runChild(
      [
        '--expose-gc',
        `--min-semi-space-size=${SEMI_SPACE_MB}`,
        `--max-semi-space-size=${SEMI_SPACE_MB}`,
      ],
      ['--child', 'bytes', ...shared],
    ),
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
