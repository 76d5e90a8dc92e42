/**
 * The performance targets of issue 5, checked against a run's figures. Scale targets apply
 * at 100% of the State of the Union corpus; a run that stopped short of it is checked at its
 * largest fraction and says so.
 */
import type { BundledFigures } from './bundled.js';
import type { ScaleFigures, ScalePoint } from './scale.js';

/** One target and how a run fared against it. */
export interface TargetCheck {
  name: string;
  /** Human-readable limit, e.g. `≤ 5 ms`. */
  limit: string;
  /** The measured figure in the limit's unit, or null when not measured. */
  measured: number | null;
  unit: string;
  /** `null` when the figure was not measured. */
  pass: boolean | null;
  /** Where it was measured, e.g. `SOTU 100%`. */
  where: string;
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
  return { name, limit, measured, unit, pass, where };
}

const MB = 1e6;

function scaleChecks(point: ScalePoint | undefined): TargetCheck[] {
  const where = point ? `SOTU ${Math.round(point.fraction * 100)}%` : 'SOTU (not run)';
  const engine = point?.engine;
  return [
    check({ name: 'ask p50', max: 5, unit: 'ms', where, figure: engine?.query.p50 }),
    check({ name: 'ask p99', max: 15, unit: 'ms', where, figure: engine?.query.p99 }),
    check({
      name: 'ask p50 vs plain lunr',
      max: 0.5,
      unit: '× plain',
      where,
      figure: point?.ratios.p50,
    }),
    check({
      name: 'ask p99 vs plain lunr',
      max: 0.5,
      unit: '× plain',
      where,
      figure: point?.ratios.p99,
    }),
    check({
      name: 'index load',
      max: 0.5,
      unit: 's',
      where,
      figure: engine?.loadMs == null ? null : engine.loadMs / 1000,
    }),
    check({
      name: 'heap after load',
      max: 300,
      unit: 'MB',
      where,
      figure: engine?.heapBytes == null ? null : engine.heapBytes / MB,
    }),
    check({
      name: 'index build, segmentation included',
      max: 15,
      unit: 's',
      where,
      figure: engine?.buildMs == null ? null : engine.buildMs / 1000,
    }),
  ];
}

function bundledChecks(bundled: BundledFigures | null): TargetCheck[] {
  const where = 'bundled corpus';
  const engine = bundled?.engine;
  const firstAnswer = engine?.firstAnswerMs;
  return [
    check({ name: 'ask p99', max: 2, unit: 'ms', where, figure: engine?.ask.p99 }),
    check({
      name: 'first answer after process start',
      max: 1,
      unit: 's',
      where,
      figure: firstAnswer == null ? null : firstAnswer / 1000,
    }),
  ];
}

/** Checks every target against the run's figures. */
export function checkTargets(
  bundled: BundledFigures | null,
  scale: ScaleFigures | null,
): TargetCheck[] {
  return [...scaleChecks(scale?.points.at(-1)), ...bundledChecks(bundled)];
}

/** `pass`, `FAIL` or `n/a`. */
export function verdict(check: TargetCheck): string {
  if (check.pass === null) return 'n/a';
  return check.pass ? 'pass' : 'FAIL';
}
