import { describe, expect, it } from 'vitest';
import { shrinkToFit } from '../../src/framework/shrink.js';

describe('shrinkToFit', () => {
  const repeat = (n: number) => 'x'.repeat(Math.max(0, n));

  it('returns the first build when it already fits', () => {
    const tried: number[] = [];
    const shrunk = shrinkToFit({
      start: 5,
      floor: 1,
      limit: 10,
      shares: 1,
      build: (n) => (tried.push(n), repeat(n)),
      size: (s) => s.length,
    });
    expect(shrunk).toEqual({ value: 'xxxxx', fits: true });
    expect(tried).toEqual([5]);
  });

  it('takes the overshoot shared among the parts off each round', () => {
    const tried: number[] = [];
    // Three parts of `n` characters each and 10 fixed: 3n + 10 must be at most 40.
    const shrunk = shrinkToFit({
      start: 30,
      floor: 1,
      limit: 40,
      shares: 3,
      build: (n) => (tried.push(n), 3 * n + 10),
      size: (total) => total,
    });
    expect(shrunk).toEqual({ value: 40, fits: true });
    expect(tried).toEqual([30, 10]);
  });

  it('stops at the floor and says it does not fit', () => {
    const tried: number[] = [];
    const shrunk = shrinkToFit({
      start: 100,
      floor: 80,
      limit: 50,
      shares: 1,
      build: (n) => (tried.push(n), repeat(n)),
      size: (s) => s.length,
    });
    expect(shrunk.fits).toBe(false);
    expect(tried).toEqual([100, 80]);
  });

  it('takes at least minStep off a round', () => {
    const tried: number[] = [];
    shrinkToFit({
      start: 100,
      floor: 1,
      limit: 99,
      shares: 1,
      minStep: 10,
      build: (n) => (tried.push(n), n),
      size: (n) => n,
    });
    expect(tried).toEqual([100, 90]);
  });

  it('shrinks from the budget a build really used', () => {
    const tried: number[] = [];
    // A build that backs off to a multiple of 10, like a cut on a word boundary.
    shrinkToFit({
      start: 57,
      floor: 1,
      limit: 30,
      shares: 1,
      build: (n) => (tried.push(n), Math.floor(n / 10) * 10),
      size: (used) => used,
      used: (used) => used,
    });
    expect(tried).toEqual([57, 30]);
  });
});
