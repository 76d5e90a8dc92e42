import { describe, expect, it } from 'vitest';
import { chooseOperatingPoint, type GroupRefusals } from './operating-point.js';

/** Invented refusal counts: 100 answerable and 50 unanswerable questions per pooled group. */
const counts = (
  answerableRefused: number,
  unanswerableRefused: number,
  groups = 1,
): GroupRefusals => ({
  answerable: 100 * groups,
  answerableRefused,
  unanswerable: 50 * groups,
  unanswerableRefused,
});

function config(l2: number, allowance: number, groups: Record<string, GroupRefusals>) {
  return { l2, allowance, refusals: new Map(Object.entries(groups)) };
}

const GROUPS = ['a (pooled)', 'b (pooled)', 'all'];

describe('chooseOperatingPoint (the abstention fit’s L2 and allowance)', () => {
  it('refuses the most unanswerable questions among those within the target in every group', () => {
    const safe = config(1, 0.02, {
      'a (pooled)': counts(2, 10),
      'b (pooled)': counts(3, 12),
      all: counts(5, 22, 2),
    });
    const better = config(1, 0.03, {
      'a (pooled)': counts(4, 15),
      'b (pooled)': counts(4, 15),
      all: counts(8, 30, 2),
    });
    // Most unanswerable refused of all, but group b refuses 6 of its 100 answerable: over 5%.
    const over = config(1, 0.04, {
      'a (pooled)': counts(3, 20),
      'b (pooled)': counts(6, 20),
      all: counts(9, 40, 2),
    });
    const choice = chooseOperatingPoint([safe, better, over], GROUPS, 'all', 0.05);
    expect(choice).toEqual({ chosen: better, withinTarget: true });
  });

  it('breaks a tie in unanswerable refused by fewer answerable refused, then by order', () => {
    const first = config(1, 0.02, { all: counts(4, 30) });
    const fewer = config(3, 0.03, { all: counts(3, 30) });
    const same = config(10, 0.04, { all: counts(3, 30) });
    expect(chooseOperatingPoint([first, fewer, same], ['all'], 'all', 0.05).chosen).toBe(fewer);
  });

  it('takes the configuration least over the target when none is within it', () => {
    const far = config(1, 0.02, { all: counts(9, 40) });
    const near = config(3, 0.02, { all: counts(6, 10) });
    expect(chooseOperatingPoint([far, near], ['all'], 'all', 0.05)).toEqual({
      chosen: near,
      withinTarget: false,
    });
  });

  it('refuses an empty list', () => {
    expect(() => chooseOperatingPoint([], ['all'], 'all', 0.05)).toThrow(RangeError);
  });
});
