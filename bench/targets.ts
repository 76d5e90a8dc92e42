/**
 * The performance targets, checked against a run's figures.
 *
 * Where a machine's speed sets the figure (latency, build, load), the target is a ratio to
 * plain lunr measured in the same run on the same sentences and questions, so a slower or
 * busier machine moves both sides. Absolute limits are kept only where a user feels them:
 * a question answered within 0.1 s feels instant and a command that answers within 1 s keeps
 * the user's flow (Nielsen, "Response Times: The 3 Important Limits", 1993), and the heap must
 * fit a small host; and issue 8's latency limits, judged on wall time (each call's time less
 * the time its thread waited for a CPU is shown beside it, see latency.ts).
 *
 * Scale targets are defined at 100% of the State of the Union corpus and judged only there: a
 * run that did not measure 100% (`--quick`, `--fractions`) reports them as not measured.
 *
 * A `--quick` run is a smoke run (fewer repetitions, the smallest fraction): it shows its
 * figures against the targets but judges none of them, since a figure from a few repetitions on
 * a busy machine says too little to fail on. Only a full run judges, and fails, targets.
 */
import type { BundledFigures } from './bundled.js';
import type { SideBySideLatency } from './latency.js';
import type { ReloadFigures } from './reload.js';
import type { ScaleFigures, ScalePoint } from './scale.js';

/** One target and how a run fared against it. */
export interface TargetCheck {
  name: string;
  /** Human-readable limit, e.g. `≤ 100 ms` or `≤ 0.5× plain`. */
  limit: string;
  /** The measured figure in the limit's unit, or null when not measured. */
  measured: number | null;
  unit: string;
  /** `null` when the figure was not measured. */
  pass: boolean | null;
  /** Where it was measured, e.g. `SOTU 100%`. */
  where: string;
  /** False in a `--quick` run: the figure is shown against the limit, but cannot fail the run. */
  judged: boolean;
}

interface Limit {
  name: string;
  max: number;
  unit: string;
  where: string;
  /** The figure in `unit`, or null. */
  figure: number | null | undefined;
}

function check({ name, max, unit, where, figure }: Limit): TargetCheck {
  const measured = figure ?? null;
  const pass = measured === null ? null : measured <= max;
  const limit = unit === '× plain' ? `≤ ${max}× plain` : `≤ ${max} ${unit}`;
  return { name, limit, measured, unit, pass, where, judged: true };
}

const MB = 1e6;

/** The fraction of the State of the Union corpus the scale targets are defined at. */
export const TARGET_FRACTION = 1;

function scaleChecks(point: ScalePoint | undefined): TargetCheck[] {
  const where = point ? 'SOTU 100%' : 'SOTU 100%, not measured in this run';
  const engine = point?.engine;
  const ratios = point?.ratios;
  return [
    check({ name: 'ask p50 vs plain lunr', max: 0.5, unit: '× plain', where, figure: ratios?.p50 }),
    check({ name: 'ask p99 vs plain lunr', max: 0.5, unit: '× plain', where, figure: ratios?.p99 }),
    check({
      name: 'index load vs plain lunr',
      max: 0.75,
      unit: '× plain',
      where,
      figure: ratios?.loadMs,
    }),
    check({
      name: 'index build vs plain lunr (engine incl. segmentation)',
      max: 2,
      unit: '× plain',
      where,
      figure: ratios?.buildMs,
    }),
    ...latencyChecks(engine?.query, { p50: 5, p99: 15 }, where),
    ...latencyChecks(engine?.firstSight, { p50: 5, p99: 15 }, where, ' at first sight'),
    check({
      name: 'heap after load',
      max: 300,
      unit: 'MB',
      where,
      figure: engine?.heapBytes == null ? null : engine.heapBytes / MB,
    }),
  ];
}

/**
 * Absolute latency limits (issue 8: ask p50 ≤ 5 ms and p99 ≤ 15 ms at full State of the Union
 * scale, p99 ≤ 2 ms on the bundled corpus), judged on wall time, which is what a user waits.
 * At full scale they are judged twice: on the repeated questions, and `' at first sight'` on
 * the eval questions each asked once by a fresh process (scale.ts), since the limits
 * are on the questions users ask, which a server mostly meets for the first time.
 * The same figures less the run-queue wait (latency.ts), where the kernel reports it, are
 * shown beside them but not judged: they say how much of a miss other processes caused.
 */
function latencyChecks(
  latency: SideBySideLatency | undefined,
  limits: { p50?: number; p99?: number },
  where: string,
  qualifier = '',
): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const key of ['p50', 'p99'] as const) {
    const max = limits[key];
    if (max === undefined) continue;
    checks.push(
      check({
        name: `ask ${key}${qualifier}, wall time`,
        max,
        unit: 'ms',
        where,
        figure: latency?.[key],
      }),
    );
    if (latency?.onCpu)
      checks.push({
        ...check({
          name: `ask ${key}${qualifier}, less run-queue wait (shown, not judged)`,
          max,
          unit: 'ms',
          where,
          figure: latency.onCpu[key],
        }),
        judged: false,
      });
  }
  return checks;
}

function bundledChecks(bundled: BundledFigures | null): TargetCheck[] {
  const where = bundled ? 'bundled corpus' : 'bundled corpus, not measured in this run';
  const firstAnswer = bundled?.engine.firstAnswerMs;
  return [
    ...latencyChecks(bundled?.engine.ask, { p99: 2 }, where),
    check({
      name: 'first answer after process start',
      max: 1,
      unit: 's',
      where,
      figure: firstAnswer == null ? null : firstAnswer / 1000,
    }),
  ];
}

/**
 * Issue 9: at full scale, a deleted article unquotable and an added one answerable within
 * 10 s, with no question failing meanwhile. Judged only when measured at 100%.
 */
function reloadChecks(measured: ReloadFigures | null): TargetCheck[] {
  const reload = measured?.fraction === TARGET_FRACTION ? measured : null;
  const where = reload ? 'SOTU 100%' : 'SOTU 100% (not run)';
  const seconds = (ms: number | undefined) => (ms == null ? null : ms / 1000);
  return [
    check({
      name: 'deleted article unquotable',
      max: 10,
      unit: 's',
      where,
      figure: seconds(reload?.removedUnquotableMs),
    }),
    check({
      name: 'added article answerable',
      max: 10,
      unit: 's',
      where,
      figure: seconds(reload?.addedAnswerableMs),
    }),
    check({
      name: 'questions failed during reload',
      max: 0,
      unit: 'questions',
      where,
      figure: reload?.questions.failed,
    }),
  ];
}

/**
 * Checks every target against the run's figures; what the run did not measure is `n/a`. With
 * `judged: false` (a `--quick` run) every check is informational, as some are in any run.
 */
export function checkTargets(
  bundled: BundledFigures | null,
  scale: ScaleFigures | null,
  reload: ReloadFigures | null = null,
  { judged = true }: { judged?: boolean } = {},
): TargetCheck[] {
  const full = scale?.points.find((point) => point.fraction === TARGET_FRACTION);
  return [...scaleChecks(full), ...bundledChecks(bundled), ...reloadChecks(reload)].map((c) => ({
    ...c,
    judged: judged && c.judged,
  }));
}

/** True when a judged, measured target failed (one not measured or not judged never fails a run). */
export function anyFailed(targets: readonly TargetCheck[]): boolean {
  return targets.some((target) => target.judged && target.pass === false);
}

/** `pass`, `FAIL`, `over (not judged)` in a `--quick` run, or `n/a`. */
export function verdict(check: TargetCheck): string {
  if (check.pass === null) return 'n/a';
  if (check.pass) return 'pass';
  return check.judged ? 'FAIL' : 'over (not judged)';
}
