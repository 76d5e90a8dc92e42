/**
 * "How long" asked of two outlets that give one closure different lengths: a duration is a count
 * of units of time, set against the other as any count (select.ts `aspectOf`). Tiny invented
 * corpora of two articles beside unrelated ones.
 */
import { describe, expect, it } from 'vitest';
import { differingSources, enginesOf, twoOutlets as outletsOf } from '../support/two-outlets.js';

/** Two articles of one day, Tarn Echo's and Gull Radio's, with `echo` and `radio` as bodies. */
function twoOutlets(echo: string, radio: string): Record<string, string> {
  return outletsOf(
    ['Ring road fire (Echo)', 'Ring road blaze (Radio)'],
    [echo, radio],
    ['2026-06-03', '2026-06-03'],
  );
}

const engineOf = enginesOf(() => ({
  hours: twoOutlets(
    'A timber lorry caught fire near Kelby.\n\nThe Kelby ring road was closed for six hours on Tuesday.',
    'Fire crews were called to a burning lorry.\n\nThe Kelby ring road was closed for nine hours on Tuesday.',
  ),
  days: twoOutlets(
    'A timber lorry caught fire near Kelby.\n\nThe Kelby ring road was closed for six hours on Tuesday.',
    'Fire crews were called to a burning lorry.\n\nThe Kelby ring road was closed for nine hours on Monday.',
  ),
}));

describe('two lengths of one closure', () => {
  it('"six hours" / "nine hours" on one day differ on the number', () => {
    expect(differingSources(engineOf('hours'), 'How long was the ring road closed?')).toEqual([
      ['number', 'echo radio'],
    ]);
  });

  it('closures of two days are two facts, not a dispute', () => {
    expect(differingSources(engineOf('days'), 'How long was the ring road closed?')).toEqual([]);
  });
});
