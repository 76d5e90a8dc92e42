/**
 * The bundled corpus section: ask latency (engine and plain lunr, each in a process holding
 * only its own index, a pass in turn: latency-apart.ts), timeline latency in process, index
 * build time, and the time from process start to the first answer of the CLI. It works on a
 * copy of ./corpus under the cache folder, so it never rewrites the index other people are
 * using.
 */
import { existsSync } from 'node:fs';
import { cp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { renderPng } from '../src/chart/render-png.js';
import { timelineChartFile } from '../src/chart/timeline-chart.js';
import type { TimelineFilters } from '../src/engine/types.js';
import { openPrebuiltEngine } from './engine-adapter.js';
import { measureSideBySide, type SideBySideLatency } from './latency.js';
import { measureApart } from './latency-apart.js';
import { REPO_ROOT, runNode, runProbe, type ProbeResult } from './probes/spawn.js';
import { median, type LatencySummary } from './stats.js';

/** Used until test/eval/questions.json exists. */
const FALLBACK_QUESTIONS = [
  'What did the Russian National Guard agree with the Belarus police?',
  'When was the Belarus presidential election?',
  'Who is Sviatlana Tsikhanouskaya?',
  'How many people were detained at the protests?',
  'What sanctions did the EU impose on Lukashenka?',
  'When did Putin and Lukashenko meet in Sochi?',
  'what is rosgvardia',
  'where did the protests take place',
];

const TIMELINE_FILTERS: TimelineFilters[] = [
  {},
  { keyword: 'protest' },
  { from: '2020-08', to: '2020-12' },
  { offset: 10, limit: 10 },
];

const DEV_QUESTIONS_FILE = path.join(REPO_ROOT, 'test/eval/questions.json');
/** The command-line entry; `ask` is the command it runs. */
const ASK_CLI = 'src/cli/bin.ts';
/** What `npm run ask` runs it with: compiled on demand (src/cli/launch.js), not through tsx. */
const LAUNCHER = 'src/cli/launch.js';

/** Figures of the bundled corpus. */
export interface BundledFigures {
  articles: number;
  sentences: number;
  questions: number;
  questionSource: string;
  rounds: number;
  /** Timed blocks of `rounds` passes (see latency.ts). */
  repeats: number;
  engine: {
    buildMs: number;
    /** The engine's own account of its build. */
    stages: ProbeResult;
    ask: SideBySideLatency;
    timeline: SideBySideLatency;
    /** `/timeline`'s picture: the page's SVG built and rendered to PNG (as the bot does, on one thread). */
    chart: { latency: LatencySummary; rounds: number; largestPngBytes: number };
    /** Median wall time from spawning the ask CLI to its first line of output. */
    firstAnswerMs: number | null;
    firstAnswerRuns: number;
  };
  plain: { search: SideBySideLatency };
}

/** Options of {@link measureBundled}. */
export interface BundledOptions {
  cacheDir: string;
  warmupRounds: number;
  rounds: number;
  /** Timed blocks of `rounds` passes each (see latency.ts). */
  repeats: number;
  firstAnswerRuns: number;
  note: (message: string) => void;
}

interface DevelopmentSet {
  questions: Array<{ question: string }>;
}

async function developmentQuestions(): Promise<{ questions: string[]; source: string }> {
  if (!existsSync(DEV_QUESTIONS_FILE))
    return { questions: FALLBACK_QUESTIONS, source: 'fallback list' };
  // The set is `{ questions: [...] }` or a bare array of `{ question }` objects.
  const json = JSON.parse(await readFile(DEV_QUESTIONS_FILE, 'utf8')) as
    DevelopmentSet | DevelopmentSet['questions'];
  const entries = Array.isArray(json) ? json : json.questions;
  return { questions: entries.map((entry) => entry.question), source: 'test/eval/questions.json' };
}

async function copyBundledCorpus(cacheDir: string): Promise<string> {
  const dir = path.join(cacheDir, 'bundled');
  await rm(dir, { recursive: true, force: true });
  await cp(path.join(REPO_ROOT, 'corpus'), dir, {
    recursive: true,
    filter: (source) => !path.basename(source).startsWith('.'),
  });
  return dir;
}

async function timeFirstAnswer(
  corpusDir: string,
  question: string,
  runs: number,
): Promise<number | null> {
  if (!existsSync(path.join(REPO_ROOT, ASK_CLI)) || !existsSync(path.join(REPO_ROOT, LAUNCHER)))
    return null;
  const args = [LAUNCHER, ASK_CLI, 'ask', '--json', '--corpus', corpusDir, question];
  const times: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const child = await runNode(args);
    if (child.code !== 0 || child.firstLineMs === null) {
      throw new Error(`bench: ${ASK_CLI} failed (exit ${child.code}):\n${child.stderr.trim()}`);
    }
    // The first run compiles the code if it changed since the last (launch.js) and warms the
    // file cache; it is not counted.
    if (run > 0) times.push(child.firstLineMs);
  }
  return median(times);
}

/** Measures the bundled corpus. */
export async function measureBundled(options: BundledOptions): Promise<BundledFigures> {
  const { questions, source } = await developmentQuestions();
  const corpusDir = await copyBundledCorpus(options.cacheDir);
  const plainFile = path.join(options.cacheDir, 'plain-lunr-bundled.json');
  const plainBuild = await runProbe('build-plain', corpusDir, plainFile);
  options.note('bundled: building the engine index');
  const build = await runProbe('build-engine', corpusDir);
  options.note('bundled: ask and plain search, each in its own process, a pass in turn');
  const ask = await measureApart(
    {
      engine: { task: 'ask-engine', corpusDir },
      plain: { task: 'search-plain', indexFile: plainFile },
    },
    questions,
    options,
  );
  const engine = await openPrebuiltEngine(corpusDir);
  const timeline = measureSideBySide(
    { engine: (filters: TimelineFilters) => engine.timeline(filters) },
    TIMELINE_FILTERS,
    options,
  );
  options.note('bundled: the timeline picture, SVG to PNG');
  let largestPngBytes = 0;
  // A render takes a hundred times longer than a query: a few rounds give a stable median.
  const chartRounds = Math.min(options.rounds, 5);
  const chart = measureSideBySide(
    {
      chart: (filters: TimelineFilters) => {
        const file = timelineChartFile(engine.timeline(filters), filters);
        const bytes = file ? renderPng(file.svg).png.length : 0;
        largestPngBytes = Math.max(largestPngBytes, bytes);
        return bytes;
      },
    },
    TIMELINE_FILTERS,
    { warmupRounds: 1, rounds: chartRounds },
  );
  options.note('bundled: time to first answer from a fresh process');
  const firstAnswerMs = await timeFirstAnswer(
    corpusDir,
    questions[0] ?? 'election',
    options.firstAnswerRuns,
  );
  return {
    articles: plainBuild.articles ?? 0,
    sentences: plainBuild.sentences ?? 0,
    questions: questions.length,
    questionSource: source,
    rounds: options.rounds,
    repeats: options.repeats,
    engine: {
      buildMs: build.buildMs ?? 0,
      stages: build,
      ask: ask.engine,
      timeline: timeline.engine,
      chart: { latency: chart.chart, rounds: chartRounds, largestPngBytes },
      firstAnswerMs,
      firstAnswerRuns: options.firstAnswerRuns,
    },
    plain: { search: ask.plain },
  };
}
