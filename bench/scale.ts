/**
 * The scale section: State of the Union addresses at several fractions of the corpus, engine
 * and plain lunr measured on the same sentences and questions in the same run. Builds and
 * loads run in fresh child processes (see probes/probe.ts); so does each side's ask latency,
 * each in a process holding only its own index, taking turns a pass at a time
 * (latency-apart.ts), on repeated questions and, at first sight, on the eval questions each
 * asked once by a fresh process (first-sight-questions.ts); the timeline's latency is measured in this process, which then holds only
 * the engine.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Engine, TimelineFilters } from '../src/engine/types.js';
import { openPrebuiltEngine } from './engine-adapter.js';
import { measureSideBySide, timed, type SideBySideLatency } from './latency.js';
import { measureApart, measureFirstSight } from './latency-apart.js';
import { firstSightQuestions } from './first-sight-questions.js';
import { REPO_ROOT, runProbe, type ProbeResult } from './probes/spawn.js';
import { readSpeeches, selectFraction, writeSotuCorpus } from './sotu.js';
import { median, ratio } from './stats.js';
import { TARGET_FRACTION } from './targets.js';

/** How the subsets are chosen, for the report. */
export const SUBSET_RULE =
  'round(233 × fraction) speeches, evenly spaced in chronological order (speech ⌊j·233/count⌋)';

const QUESTIONS_FILE = path.join(REPO_ROOT, 'bench/sotu-questions.json');

const TIMELINE_FILTERS: TimelineFilters[] = [
  {},
  { keyword: 'war' },
  { from: '1860', to: '1870' },
  { keyword: 'tariff', limit: 5 },
  { offset: 100, limit: 10 },
];

/** Figures that both contenders have. */
export interface IndexFigures {
  /**
   * Engine: its whole build, segmentation included. Plain: lunr's build alone. The median of
   * {@link IndexFigures.buildRunsMs}.
   */
  buildMs: number | null;
  /** Each build's time, in the order run (engine and plain lunr interleaved, see measureBuilds). */
  buildRunsMs: number[];
  indexBytes: number | null;
  /** Median over fresh processes. */
  loadMs: number | null;
  /** Heap in use after load and full GC, median over fresh processes. */
  heapBytes: number | null;
  /** Engine: `ask`; plain: `index.search`. */
  query: SideBySideLatency;
  /**
   * The eval questions, each asked once by a freshly loaded process after a warm-up on other
   * questions (latency-apart.ts `measureFirstSight`): what a server meets when its users'
   * questions are new.
   */
  firstSight: SideBySideLatency;
}

/** Engine-only figures. */
export interface EngineFigures extends IndexFigures {
  /** How many of the questions the engine answered (the rest it abstained on). */
  answered: number;
  /** The engine's own account of its build (stage times in ms, event count). */
  stages: ProbeResult;
  /** The first `timeline()` call after load, extraction included if it is lazy. */
  timelineFirstMs: number;
  timeline: SideBySideLatency;
}

/** One point of the growth curve. */
export interface ScalePoint {
  fraction: number;
  speeches: number;
  words: number;
  articles: number | null;
  sentences: number | null;
  /** Reading, cleaning and segmenting the folder with the engine's corpus layer. */
  segmentationMs: number | null;
  engine: EngineFigures;
  plain: IndexFigures;
  /** Engine figure divided by plain lunr's; below 1 means the engine is ahead. */
  ratios: Record<
    | 'buildMs'
    | 'indexBytes'
    | 'loadMs'
    | 'heapBytes'
    | 'p50'
    | 'p99'
    | 'firstSightP50'
    | 'firstSightP99',
    number | null
  >;
}

/** Figures of the scale section. */
export interface ScaleFigures {
  subsetRule: string;
  questions: number;
  /** How many eval questions first sight was timed on, after how many warm-up questions. */
  firstSightQuestions: number;
  firstSightWarmUp: number;
  rounds: number;
  /** Timed blocks of `rounds` passes (see latency.ts). */
  repeats: number;
  /** Heap of a fresh process that loaded only the runtime and lunr. */
  baselineHeapBytes: number | null;
  points: ScalePoint[];
}

/** Options of {@link measureScale}. */
export interface ScaleOptions {
  cacheDir: string;
  fractions: number[];
  warmupRounds: number;
  rounds: number;
  /** Timed blocks of `rounds` passes each (see latency.ts). */
  repeats: number;
  /** Fresh processes per load measurement. */
  loadRuns: number;
  /**
   * Builds of each index at the fraction the targets are judged at (targets.ts
   * `TARGET_FRACTION`), interleaved; one of each elsewhere.
   */
  buildRuns: number;
  note: (message: string) => void;
}

async function measureLoads(
  runs: number,
  engineDir: string,
  plainFile: string,
): Promise<{ engine: ProbeResult[]; plain: ProbeResult[] }> {
  const engine: ProbeResult[] = [];
  const plain: ProbeResult[] = [];
  for (let run = 0; run < runs; run++) {
    // Alternate the order so neither always runs right after the other's disk reads.
    const pair = [
      async () => engine.push(await runProbe('load-engine', engineDir)),
      async () => plain.push(await runProbe('load-plain', plainFile)),
    ];
    if (run % 2 === 1) pair.reverse();
    for (const measure of pair) await measure();
  }
  return { engine, plain };
}

/**
 * Builds each index `runs` times in fresh processes, alternating engine and plain lunr (engine,
 * plain, engine, plain, …), so that a slow spell of the machine, or of plain lunr's own
 * build (its time varied by 30% between idle runs: 8.1 and 11.7 s at full scale), falls on
 * both sides rather than on one build measured once; the ratio of the medians is judged.
 */
async function measureBuilds(
  runs: number,
  corpusDir: string,
  plainFile: string,
): Promise<{ engine: ProbeResult[]; plain: ProbeResult[] }> {
  const engine: ProbeResult[] = [];
  const plain: ProbeResult[] = [];
  for (let run = 0; run < runs; run++) {
    engine.push(await runProbe('build-engine', corpusDir));
    plain.push(await runProbe('build-plain', corpusDir, plainFile));
  }
  return { engine, plain };
}

/** The result whose `key` is the median of the results' (the middle one; the lower of two). */
function medianRun(results: ProbeResult[], key: string): ProbeResult {
  const value = medianOf(results, key);
  return results.find((result) => result[key] === value) ?? (results[0] as ProbeResult);
}

function buildTimes(results: ProbeResult[]): number[] {
  return results.flatMap((result) => (typeof result.buildMs === 'number' ? [result.buildMs] : []));
}

function medianOf(results: ProbeResult[], key: string): number | null {
  const values = results
    .map((result) => result[key])
    .filter((value): value is number => typeof value === 'number');
  return values.length === 0 ? null : median(values);
}

function timelineLatency(engine: Engine, options: ScaleOptions) {
  return measureSideBySide(
    { engine: (filters: TimelineFilters) => engine.timeline(filters) },
    TIMELINE_FILTERS,
    options,
  ).engine;
}

/** The repeated questions (bench/sotu-questions.json) and the first-sight ones. */
interface PointQuestions {
  repeated: string[];
  firstSight: { warmUp: string[]; questions: string[] };
}

async function measurePoint(
  fraction: number,
  questions: PointQuestions,
  options: ScaleOptions,
): Promise<ScalePoint> {
  const label = `${Math.round(fraction * 100)}%`;
  const speeches = selectFraction(await readSpeeches(), fraction);
  const corpusDir = path.join(options.cacheDir, `sotu-${fraction}`);
  const plainFile = path.join(options.cacheDir, `plain-lunr-${fraction}.json`);
  const { words } = await writeSotuCorpus(corpusDir, speeches);

  const buildRuns = fraction === TARGET_FRACTION ? options.buildRuns : 1;
  options.note(
    `${label}: building the engine index and plain lunr (segmenting), ${buildRuns}× each, interleaved (${speeches.length} speeches, ${words} words)`,
  );
  const builds = await measureBuilds(buildRuns, corpusDir, plainFile);
  const engineBuild = medianRun(builds.engine, 'buildMs');
  const plainBuild = medianRun(builds.plain, 'buildMs');
  options.note(`${label}: loading each index in ${options.loadRuns} fresh processes`);
  const loads = await measureLoads(options.loadRuns, corpusDir, plainFile);

  options.note(`${label}: ask and plain search, each in its own process, a pass in turn`);
  const latency = await measureApart(
    {
      engine: { task: 'ask-engine', corpusDir },
      plain: { task: 'search-plain', indexFile: plainFile },
    },
    questions.repeated,
    options,
  );
  options.note(
    `${label}: first sight: ${questions.firstSight.questions.length} eval questions once each, in fresh processes`,
  );
  const firstSight = await measureFirstSight(
    {
      engine: { task: 'ask-engine', corpusDir },
      plain: { task: 'search-plain', indexFile: plainFile },
    },
    questions.firstSight.warmUp,
    questions.firstSight.questions,
  );
  const plainFigures = (query: SideBySideLatency): IndexFigures => ({
    buildMs: plainBuild.buildMs ?? null,
    buildRunsMs: buildTimes(builds.plain),
    indexBytes: plainBuild.indexBytes ?? null,
    loadMs: medianOf(loads.plain, 'loadMs'),
    heapBytes: medianOf(loads.plain, 'heapBytes'),
    query,
    firstSight: firstSight.plain,
  });
  const engine = await openPrebuiltEngine(corpusDir);
  const answered = questions.repeated.filter(
    (question) => engine.ask(question, { limit: 3 }).answered,
  ).length;
  const timelineFirst = await timed(() => engine.timeline({}));
  const engineFigures: EngineFigures = {
    buildMs: engineBuild.buildMs ?? null,
    buildRunsMs: buildTimes(builds.engine),
    indexBytes: engineBuild.indexBytes ?? null,
    loadMs: medianOf(loads.engine, 'loadMs'),
    heapBytes: medianOf(loads.engine, 'heapBytes'),
    query: latency.engine,
    firstSight: firstSight.engine,
    answered,
    stages: engineBuild,
    timelineFirstMs: timelineFirst.ms,
    timeline: timelineLatency(engine, options),
  };
  const plain = plainFigures(latency.plain);
  return {
    fraction,
    speeches: speeches.length,
    words,
    articles: plainBuild.articles ?? null,
    sentences: plainBuild.sentences ?? null,
    segmentationMs: medianOf(builds.plain, 'segmentationMs'),
    engine: engineFigures,
    plain,
    ratios: {
      buildMs: ratio(engineFigures.buildMs, plain.buildMs),
      indexBytes: ratio(engineFigures.indexBytes, plain.indexBytes),
      loadMs: ratio(engineFigures.loadMs, plain.loadMs),
      heapBytes: ratio(engineFigures.heapBytes, plain.heapBytes),
      p50: ratio(engineFigures.query.p50, plain.query.p50),
      p99: ratio(engineFigures.query.p99, plain.query.p99),
      firstSightP50: ratio(engineFigures.firstSight.p50, plain.firstSight.p50),
      firstSightP99: ratio(engineFigures.firstSight.p99, plain.firstSight.p99),
    },
  };
}

/** Measures every fraction in turn, smallest first. */
export async function measureScale(options: ScaleOptions): Promise<ScaleFigures> {
  const questions: PointQuestions = {
    repeated: JSON.parse(await readFile(QUESTIONS_FILE, 'utf8')) as string[],
    firstSight: await firstSightQuestions(),
  };
  const baseline = await runProbe('baseline');
  const points: ScalePoint[] = [];
  for (const fraction of options.fractions)
    points.push(await measurePoint(fraction, questions, options));
  return {
    subsetRule: SUBSET_RULE,
    questions: questions.repeated.length,
    firstSightQuestions: questions.firstSight.questions.length,
    firstSightWarmUp: questions.firstSight.warmUp.length,
    rounds: options.rounds,
    repeats: options.repeats,
    baselineHeapBytes: baseline.heapBytes ?? null,
    points,
  };
}
