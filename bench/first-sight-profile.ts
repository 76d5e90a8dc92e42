/**
 * Where first sight's time goes, by stage of an ask: a CPU profile (V8's sampling profiler, over
 * the inspector) of the first-sight loop alone, each sample given to the question it fell in and
 * to a stage by its stack, then each stage's share of the sampled time over the questions near
 * the median and over the slowest (the tail that sets p99). The loop is bench/first-sight.ts's
 * first pass: a freshly loaded engine, 20 warm-up questions of another set, then every question
 * once (first-sight-questions.ts). Per-question CPU is `process.cpuUsage` (user + system).
 *
 *   npx tsx bench/first-sight-profile.ts [--corpus .cache/bench/sotu-1] [--profile FILE]
 *
 * `--profile FILE` also saves the profile (`.cpuprofile`, for bench/cpu-profile-summary.ts or a
 * browser's profiler). Exit 1 when the corpus has no prebuilt index.
 */
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CpuProfile } from './cpu-profile-summary.js';
import { openServedEngine } from './engine-adapter.js';
import { firstSightQuestions } from './first-sight-questions.js';
import { REPO_ROOT } from './probes/spawn.js';
import { percentile } from './stats.js';

const USAGE =
  'usage: npx tsx bench/first-sight-profile.ts [--corpus DIR] [--profile FILE] [--slowest N]';
/** Microseconds between samples: fine enough for a question of a few milliseconds. */
const SAMPLING_INTERVAL_US = 200;

/** What the inspector's profile holds beyond what cpu-profile-summary.ts reads. */
interface TimedProfile extends CpuProfile {
  /** Monotonic microseconds, the clock of `process.hrtime`. */
  startTime: number;
}

/**
 * Stages of an ask, each named by the functions that open it (src/engine/engine.ts `ask`,
 * src/search/search-index.ts `search`, src/search/select/select.ts), as `name` (any file) or
 * `name@file` (file's base name; empty for V8's and Node's native code): a sample counts for the
 * first stage, in this order, with a function on its stack. Lazy loads come first, as they
 * happen inside any stage.
 */
const STAGES: ReadonlyArray<[stage: string, functions: readonly string[]]> = [
  ['garbage collection', ['(garbage collector)']],
  [
    'one-time loads (wink model, lexicon, WordNet files, fuzzy automaton)',
    [
      'readModel@read-core-model.js',
      'loadWink',
      'Module._load',
      'readFileSync',
      'read@',
      'get root@lunr-layout.js',
      'loaded@lexicon-tags.js',
    ],
  ],
  ['select / sources differ: relate pairs (relateFacts)', ['relate']],
  ['select / sources differ: mayDisagree pairs', ['mayDisagreeAt']],
  ['sources differ, other', ['findDisagreements']],
  ['select passages, other (widen, wording)', ['selectPassages']],
  ['plan the question', ['planQuery']],
  ['rank: candidate features (featuresOf)', ['featuresOf']],
  ['rank: other (retrieval, scoring)', ['rank']],
  ['abstention gates', ['gateEvidence']],
  ['render passages', ['passageOf']],
  ['search, other', ['search']],
  ['ask, other', ['ask']],
];
const OTHER = 'outside ask';
/** Characters of a table row's label: the longest stage's name and a space. */
const LABEL_WIDTH = Math.max(...STAGES.map(([stage]) => stage.length)) + 1;

/** The stage of each profile node, by its innermost stage function ({@link STAGES}). */
function stagesOf(profile: TimedProfile): Map<number, string> {
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const stage = new Map<number, string>();
  for (const node of profile.nodes) {
    const names = new Set<string>();
    for (let at: number | undefined = node.id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (frame === undefined) continue;
      names.add(frame.functionName);
      names.add(`${frame.functionName}@${path.basename(frame.url)}`);
    }
    const found = STAGES.find(([, functions]) => functions.some((name) => names.has(name)));
    stage.set(node.id, found?.[0] ?? OTHER);
  }
  return stage;
}

interface Asked {
  cpuMs: number;
  /** Monotonic microseconds. */
  from: number;
  to: number;
}

/** Each stage's share (%) of the samples that fell inside the questions `chosen`. */
function shares(profile: TimedProfile, asked: readonly Asked[], chosen: ReadonlySet<number>) {
  return stageTimes(profile, asked, chosen, true);
}

/**
 * Each stage's sampled time over the questions `chosen`: as a share (%) of their sampled time,
 * or with `asShares` false in milliseconds.
 */
function stageTimes(
  profile: TimedProfile,
  asked: readonly Asked[],
  chosen: ReadonlySet<number>,
  asShares: boolean,
) {
  const stage = stagesOf(profile);
  const time = new Map<string, number>();
  let total = 0;
  let at = profile.startTime;
  let question = 0;
  profile.samples.forEach((node, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    while (question < asked.length && (asked[question] as Asked).to < at) question += 1;
    const current = asked[question];
    if (current === undefined || current.from > at || !chosen.has(question)) return;
    const name = stage.get(node) ?? OTHER;
    time.set(name, (time.get(name) ?? 0) + delta);
    total += delta;
  });
  const scale = asShares ? 100 / Math.max(total, 1) : 1 / 1000;
  return new Map([...time].map(([name, us]) => [name, us * scale]));
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      corpus: { type: 'string', default: path.join(REPO_ROOT, '.cache/bench/sotu-1') },
      profile: { type: 'string' },
      slowest: { type: 'string', default: '0' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  // Checked before the minutes of profiling, not after.
  if (!/^\d+$/.test(values.slowest))
    throw new Error(
      `--slowest takes a count of questions (0 or more), got "${values.slowest}"\n${USAGE}`,
    );
  const { warmUp, questions } = await firstSightQuestions();
  const engine = await openServedEngine(values.corpus);
  for (const question of warmUp) engine.ask(question, { limit: 3 });
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await session.post('Profiler.start');
  const asked: Asked[] = questions.map((question) => {
    const cpu = process.cpuUsage();
    const from = Number(process.hrtime.bigint() / 1000n);
    engine.ask(question, { limit: 3 });
    const to = Number(process.hrtime.bigint() / 1000n);
    const spent = process.cpuUsage(cpu);
    return { cpuMs: (spent.user + spent.system) / 1000, from, to };
  });
  const { profile } = (await session.post('Profiler.stop')) as { profile: TimedProfile };
  session.disconnect();
  if (values.profile !== undefined) await writeFile(values.profile, JSON.stringify(profile));

  const cpu = asked.map((a) => a.cpuMs);
  const byCpu = asked.map((_, i) => i).sort((x, y) => (cpu[x] as number) - (cpu[y] as number));
  const n = asked.length;
  const bands: Array<[string, Set<number>]> = [
    ['p40–p60', new Set(byCpu.slice(Math.floor(0.4 * n), Math.ceil(0.6 * n)))],
    ['slowest 2%', new Set(byCpu.slice(Math.floor(0.98 * n)))],
    ['all', new Set(byCpu)],
  ];
  const table = bands.map(([, chosen]) => shares(profile, asked, chosen));
  const rows = [...(table[2]?.keys() ?? [])].sort((x, y) => table[2]!.get(y)! - table[2]!.get(x)!);
  const mean = (chosen: Set<number>) =>
    [...chosen].reduce((sum, i) => sum + (cpu[i] as number), 0) / chosen.size;
  const cell = (text: string) => text.padStart(12);
  process.stdout.write(
    [
      `${n} questions at first sight on ${values.corpus}; CPU ms per question p50 ${percentile(cpu, 50).toFixed(2)}, p99 ${percentile(cpu, 99).toFixed(2)} (profiled)`,
      `${'share of sampled time (%)'.padEnd(LABEL_WIDTH)}${bands.map(([name]) => cell(name)).join('')}`,
      `${'mean CPU ms per question'.padEnd(LABEL_WIDTH)}${bands.map(([, chosen]) => cell(mean(chosen).toFixed(1))).join('')}`,
      ...rows.map(
        (row) =>
          `${row.padEnd(LABEL_WIDTH)}${table.map((shareOf) => cell((shareOf.get(row) ?? 0).toFixed(1))).join('')}`,
      ),
    ].join('\n') + '\n',
  );
  const slowest = Number(values.slowest);
  if (slowest === 0) return;
  // Questions by their place in the loop only: the set holds test-part questions, not to be read.
  process.stdout.write(`the ${slowest} slowest questions: CPU ms, then sampled ms by stage\n`);
  for (const i of byCpu.slice(-slowest).reverse()) {
    const times = stageTimes(profile, asked, new Set([i]), false);
    const parts = [...times]
      .sort((x, y) => y[1] - x[1])
      .filter(([, ms]) => ms >= 1)
      .map(([name, ms]) => `${name.split(' (')[0]} ${ms.toFixed(0)}`);
    process.stdout.write(`  #${i} ${(cpu[i] as number).toFixed(1)} ms: ${parts.join('; ')}\n`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
