import { describe, expect, it } from 'vitest';
import { DEV_SHARE, splitOf } from './split.js';

describe('splitOf', () => {
  it('puts a question in the same part every time, whatever surrounds its text', () => {
    for (const text of ['who built the barrier?', 'When did it open', 'x'])
      expect(splitOf(`  ${text}\n`)).toBe(splitOf(text));
  });

  it('is fixed: known questions keep their part (changing the rule reshuffles every test part)', () => {
    // Recorded from the rule once; if these change, the test parts are no longer unseen.
    expect(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map(splitOf)).toEqual([
      'dev',
      'test',
      'test',
      'test',
      'dev',
      'dev',
      'dev',
      'test',
    ]);
  });

  it('sends about 60% of questions to development on any large set', () => {
    for (const prefix of ['how many ', 'what did the council say about item ']) {
      const n = 4000;
      const dev = Array.from({ length: n }, (_, i) => splitOf(`${prefix}${i}`)).filter(
        (part) => part === 'dev',
      ).length;
      // Binomial(4000, 0.6): standard deviation ≈ 31, so ±0.03 is about 4 deviations.
      expect(Math.abs(dev / n - DEV_SHARE)).toBeLessThan(0.03);
    }
  });

  it('does not depend on how hard a question is: short and long ones split alike', () => {
    const share = (texts: string[]) =>
      texts.filter((t) => splitOf(t) === 'dev').length / texts.length;
    const short = Array.from({ length: 2000 }, (_, i) => `q${i}`);
    const long = short.map(
      (t) => `${t} ${'with many more words about the tidal barrier '.repeat(3)}`,
    );
    expect(Math.abs(share(short) - share(long))).toBeLessThan(0.05);
  });
});
