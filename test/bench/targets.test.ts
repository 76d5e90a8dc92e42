import { describe, expect, it } from 'vitest';
import type { BundledFigures } from '../../bench/bundled.js';
import type { ScaleFigures, ScalePoint } from '../../bench/scale.js';
import { anyFailed, checkTargets, verdict } from '../../bench/targets.js';

/** A scale point with only the figures the targets read. */
function point(
  fraction: number,
  p50Ratio: number,
  p99Ms: number,
  firstSight = { p50: 2, p99: 12 },
): ScalePoint {
  return {
    fraction,
    engine: { query: { p50: 1, p99: p99Ms }, firstSight, heapBytes: 60e6 },
    ratios: { p50: p50Ratio, p99: 0.2, loadMs: 0.4, buildMs: 1.3, heapBytes: 0.3, indexBytes: 2 },
  } as unknown as ScalePoint;
}

function scale(...points: ScalePoint[]): ScaleFigures {
  return { points } as unknown as ScaleFigures;
}

const bundled = { engine: { firstAnswerMs: 600 } } as unknown as BundledFigures;

describe('bench targets', () => {
  it('judges the scale targets only at 100%: a quick run at 10% reports them as not measured', () => {
    const targets = checkTargets(bundled, scale(point(0.1, 3, 500)));
    const scaleTargets = targets.filter((t) => t.where.startsWith('SOTU'));
    expect(scaleTargets.length).toBeGreaterThan(0);
    expect(scaleTargets.every((t) => verdict(t) === 'n/a')).toBe(true);
    expect(scaleTargets[0]!.where).toBe('SOTU 100%, not measured in this run');
    expect(anyFailed(targets)).toBe(false);
  });

  it('states machine-bound targets as ratios to plain lunr and fails the run when one is missed', () => {
    const good = checkTargets(bundled, scale(point(0.5, 3, 500), point(1, 0.4, 5)));
    expect(good.filter((t) => t.unit === '× plain').map((t) => t.name)).toEqual([
      'ask p50 vs plain lunr',
      'ask p99 vs plain lunr',
      'index load vs plain lunr',
      'index build vs plain lunr (engine incl. segmentation)',
    ]);
    expect(anyFailed(good)).toBe(false);

    const slow = checkTargets(bundled, scale(point(1, 0.7, 5)));
    expect(slow.find((t) => t.name === 'ask p50 vs plain lunr')).toMatchObject({
      measured: 0.7,
      pass: false,
    });
    expect(anyFailed(slow)).toBe(true);
  });

  it('judges nothing in a --quick run: a figure over its limit is shown, not failed', () => {
    const slowStart = { engine: { firstAnswerMs: 2170 } } as unknown as BundledFigures;
    const quick = checkTargets(slowStart, scale(point(0.1, 3, 500)), null, { judged: false });
    const first = quick.find((t) => t.name === 'first answer after process start')!;
    expect(first).toMatchObject({ measured: 2.17, pass: false, judged: false });
    expect(verdict(first)).toBe('over (not judged)');
    expect(anyFailed(quick)).toBe(false);
    // The same figure in a full run fails it.
    const full = checkTargets(slowStart, scale(point(1, 0.4, 5)));
    expect(verdict(full.find((t) => t.name === 'first answer after process start')!)).toBe('FAIL');
    expect(anyFailed(full)).toBe(true);
  });

  it('keeps absolute limits only where a user feels them', () => {
    const targets = checkTargets(bundled, scale(point(1, 0.4, 150)));
    expect(targets.filter((t) => t.unit !== '× plain').map((t) => `${t.name} ${t.limit}`)).toEqual([
      // Issue 8's latency limits: at full State of the Union scale, and on the bundled corpus.
      'ask p50, wall time ≤ 5 ms',
      'ask p99, wall time ≤ 15 ms',
      // The same limits on questions each met for the first time (scale.ts, first sight).
      'ask p50 at first sight, wall time ≤ 5 ms',
      'ask p99 at first sight, wall time ≤ 15 ms',
      'heap after load ≤ 300 MB',
      'ask p99, wall time ≤ 2 ms',
      'first answer after process start ≤ 1 s',
      // Issue 9 states these as times an administrator waits for, not machine speed.
      'deleted article unquotable ≤ 10 s',
      'added article answerable ≤ 10 s',
      'questions failed during reload ≤ 0 questions',
    ]);
    expect(targets.find((t) => t.name === 'ask p99, wall time')?.pass).toBe(false);
  });

  it('judges latency on wall time, what a user waits; less run-queue wait is shown, not judged', () => {
    const waited = point(1, 0.4, 40);
    (waited.engine.query as { onCpu: unknown }).onCpu = { p50: 1.2, p99: 9 };
    const bundledAsk = {
      engine: { firstAnswerMs: 600, ask: { p50: 0.2, p99: 6, onCpu: { p50: 0.2, p99: 1.5 } } },
    } as unknown as BundledFigures;
    const targets = checkTargets(bundledAsk, scale(waited));
    const latency = targets.filter((t) => t.name.startsWith('ask p') && t.unit === 'ms');
    expect(latency.map((t) => [t.name, t.where, t.measured, t.pass, t.judged])).toEqual([
      ['ask p50, wall time', 'SOTU 100%', 1, true, true],
      ['ask p50, less run-queue wait (shown, not judged)', 'SOTU 100%', 1.2, true, false],
      ['ask p99, wall time', 'SOTU 100%', 40, false, true],
      ['ask p99, less run-queue wait (shown, not judged)', 'SOTU 100%', 9, true, false],
      ['ask p50 at first sight, wall time', 'SOTU 100%', 2, true, true],
      ['ask p99 at first sight, wall time', 'SOTU 100%', 12, true, true],
      ['ask p99, wall time', 'bundled corpus', 6, false, true],
      ['ask p99, less run-queue wait (shown, not judged)', 'bundled corpus', 1.5, true, false],
    ]);
    expect(anyFailed(targets)).toBe(true);
    // Within the wall-time limits, the run passes whatever the unjudged figures say.
    const onCpuOver = point(1, 0.4, 5);
    (onCpuOver.engine.query as { onCpu: unknown }).onCpu = { p50: 9, p99: 99 };
    const calm = {
      engine: { firstAnswerMs: 600, ask: { p50: 0.2, p99: 1, onCpu: { p50: 0.2, p99: 50 } } },
    } as unknown as BundledFigures;
    expect(anyFailed(checkTargets(calm, scale(onCpuOver)))).toBe(false);
  });

  it('fails a run whose repeated questions are fast when new questions are slow', () => {
    const warmOnly = checkTargets(bundled, scale(point(1, 0.4, 5, { p50: 11, p99: 90 })));
    expect(
      warmOnly
        .filter((t) => t.judged && t.pass === false)
        .map((t) => [t.name, t.measured, t.limit]),
    ).toEqual([
      ['ask p50 at first sight, wall time', 11, '≤ 5 ms'],
      ['ask p99 at first sight, wall time', 90, '≤ 15 ms'],
    ]);
    expect(anyFailed(warmOnly)).toBe(true);
  });

  it('judges live reload only when measured at full scale', () => {
    const reload = (fraction: number) => ({
      fraction,
      articles: 233,
      sentences: 63_064,
      removedUnquotableMs: 700,
      removedRebuiltMs: 14_000,
      addedAnswerableMs: 15_000,
      questions: { asked: 500, failed: 0, latency: { p50: 1, p99: 9, max: 400, samples: 500 } },
      maxEventLoopStallMs: 450,
    });
    const judged = (fraction: number) =>
      checkTargets(null, null, reload(fraction))
        .filter((t) => t.where.startsWith('SOTU 100%'))
        .map((t) => [t.name, t.pass]);
    expect(judged(1).filter(([name]) => /article|reload/.test(String(name)))).toEqual([
      ['deleted article unquotable', true],
      ['added article answerable', false],
      ['questions failed during reload', true],
    ]);
    expect(
      checkTargets(null, null, reload(0.1))
        .filter((t) => /article|reload/.test(t.name))
        .map((t) => t.pass),
    ).toEqual([null, null, null]);
  });
});
