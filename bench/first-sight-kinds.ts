/**
 * What first sight pays that a repeated question does not, by kind of work: the first-sight
 * loop (bench/first-sight-profile.ts's: a freshly loaded engine, 20 warm-up questions of another
 * set, then every question once), then the same questions again, each pass under V8's sampling
 * profiler. A sample counts for the first kind of {@link KINDS} with a function on its stack:
 * the readings the engine keeps per sentence (text only, so the second pass finds them kept),
 * those it keeps per pair of sentences, the question's plan, garbage collection, the rest. Then
 * the functions whose total time fell most from the first pass to the second.
 *
 *   node --expose-gc --max-semi-space-size=32 --import tsx bench/first-sight-kinds.ts \
 *     [--corpus .cache/bench/sotu-1] [--count N] [--top 30]
 *
 * Per-question CPU is `process.cpuUsage` (user + system) and includes the profiler's overhead;
 * compare passes of one run, not runs. The semi-space flag is the bench's
 * (src/framework/young-generation.ts `ANSWERING_HEAP_FLAGS`). Exit 1 when the corpus has no
 * prebuilt index.
 */
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CpuProfile } from './cpu-profile-summary.js';
import { openServedEngine } from './engine-adapter.js';
import { firstSightQuestions } from './first-sight-questions.js';
import { REPO_ROOT } from './probes/spawn.js';
import { percentile } from './stats.js';

const USAGE =
  'usage: node --expose-gc --import tsx bench/first-sight-kinds.ts [--corpus DIR] [--count N] [--top N]';
/** Microseconds between samples, as first-sight-profile.ts samples. */
const SAMPLING_INTERVAL_US = 200;

/**
 * Kinds of work, each named by the functions that compute it (`name`, matched against the
 * profile's function names). Per sentence: the fact comparison's analysis and its cheap
 * readings (select.ts `analyseAt`, the lazy parts of fact-analysis.ts `analysedWith`: its
 * getters, `termsRead`, `timeOf`, `claimOfText`; `figuresAt`, `onsetsAt`, `contentTermsAt`,
 * `ownClausesAt`), a sentence's words for blanking and its month words (search-index.ts),
 * synonym sets and supplements read once per passage. Per pair: select.ts's kept relations and
 * cheap tests (`relateFacts`, `mayDisagree`, `wordingAt`). The question: its plan
 * (plan/query-plan.ts `planQuery`).
 */
const KINDS: ReadonlyArray<readonly [string, ReadonlySet<string>]> = [
  [
    'kept per sentence (text only)',
    new Set([
      'analyseAt',
      'termsRead',
      'timeOf',
      'claimOfText',
      'get values',
      'get terms',
      'get stances',
      'get stems',
      'get units',
      'get sequence',
      'get claim',
      'get claimTerms',
      'get time',
      'get anotherOccurrence',
      'get restatesError',
      'get sizesGroup',
      'figuresAt',
      'onsetsAt',
      'contentTermsAt',
      'ownClausesAt',
      'passageWordsOfSentence',
      'monthWordsOf',
      'synonymTermsOf',
      'supplementsOfFact',
    ]),
  ],
  ['kept per pair of sentences', new Set(['relateFacts', 'mayDisagree', 'wordingAt'])],
  ['plan the question', new Set(['planQuery'])],
  ['garbage collection', new Set(['(garbage collector)'])],
];
const OTHER = 'other';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** Sampled milliseconds by kind (outermost on the stack), and total milliseconds by function. */
function readProfile(profile: CpuProfile): {
  byKind: Map<string, number>;
  byFunction: Map<string, number>;
} {
  const nodes = profile.nodes as Node[];
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byKind = new Map<string, number>();
  const byFunction = new Map<string, number>();
  profile.samples.forEach((leaf, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    // The first kind with a function on the stack: a sentence's reading made inside a pair's
    // relation is the sentence's, as a second pass finds it kept.
    let rank = KINDS.length;
    const seen = new Set<string>();
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) {
      const frame = (byId.get(id) as Node).callFrame;
      const found = KINDS.findIndex(([, names]) => names.has(frame.functionName));
      if (found >= 0 && found < rank) rank = found;
      const file = frame.url.split('/').pop() ?? '';
      const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
      if (!seen.has(key)) byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
      seen.add(key);
    }
    const kind = KINDS[rank]?.[0] ?? OTHER;
    byKind.set(kind, (byKind.get(kind) ?? 0) + ms);
  });
  return { byKind, byFunction };
}

function heapMb(): string {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) return 'n/a (run with --expose-gc)';
  gc();
  gc();
  return (process.memoryUsage().heapUsed / 1e6).toFixed(1);
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      corpus: { type: 'string', default: path.join(REPO_ROOT, '.cache/bench/sotu-1') },
      count: { type: 'string' },
      top: { type: 'string', default: '30' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  const { warmUp, questions: all } = await firstSightQuestions();
  const questions = values.count === undefined ? all : all.slice(0, Number(values.count));
  const engine = await openServedEngine(values.corpus);
  const lines = [`heap after load (MB): ${heapMb()}`];
  for (const question of warmUp) engine.ask(question, { limit: 3 });
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  const passes: Array<ReturnType<typeof readProfile>> = [];
  for (const pass of [1, 2]) {
    await session.post('Profiler.start');
    const cpu = questions.map((question) => {
      const before = process.cpuUsage();
      engine.ask(question, { limit: 3 });
      const spent = process.cpuUsage(before);
      return (spent.user + spent.system) / 1000;
    });
    const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
    passes.push(readProfile(profile));
    const f = (p: number) => percentile(cpu, p).toFixed(2);
    lines.push(
      `pass ${pass}: ${cpu.length} questions, CPU ms per question p50 ${f(50)}, p90 ${f(90)}, p99 ${f(99)} (profiled)`,
    );
    if (pass === 1) lines.push(`heap after the first pass (MB): ${heapMb()}`);
  }
  session.disconnect();
  const [first, second] = passes as [
    ReturnType<typeof readProfile>,
    ReturnType<typeof readProfile>,
  ];
  const total = (m: Map<string, number>) => [...m.values()].reduce((sum, x) => sum + x, 0);
  const cell = (ms: number, of: number) =>
    `${ms.toFixed(0).padStart(8)} ${`(${((100 * ms) / of).toFixed(1)}%)`.padStart(8)}`;
  const [t1, t2] = [total(first.byKind), total(second.byKind)];
  lines.push(
    `${'sampled ms by kind'.padEnd(32)}${'first pass'.padStart(17)}${'second'.padStart(17)}`,
  );
  for (const kind of [...KINDS.map(([name]) => name), OTHER])
    lines.push(
      `${kind.padEnd(32)}${cell(first.byKind.get(kind) ?? 0, t1)}${cell(second.byKind.get(kind) ?? 0, t2)}`,
    );
  lines.push(`functions whose total time fell most (ms: first pass, second, difference)`);
  const fell = [...first.byFunction]
    .map(([name, ms]) => [name, ms, second.byFunction.get(name) ?? 0] as const)
    .sort((x, y) => y[1] - y[2] - (x[1] - x[2]))
    .slice(0, Number(values.top));
  for (const [name, a, b] of fell)
    lines.push(
      `${a.toFixed(0).padStart(8)}${b.toFixed(0).padStart(8)}${(a - b).toFixed(0).padStart(8)}  ${name}`,
    );
  process.stdout.write(`${lines.join('\n')}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
