import { describe, expect, it } from 'vitest';
import {
  groupedFolds,
  groupsByKeys,
  pairedDifference,
  repeatedCrossValidation,
} from './repeated-cv.js';

describe('groupsByKeys', () => {
  it('joins items sharing a key, through chains, and leaves the others alone', () => {
    // 0 and 2 share "a"; 2 and 4 share "b"; 1 and 3 share nothing with anyone.
    expect(groupsByKeys([['a'], ['c'], ['a', 'b'], [], ['b']])).toEqual([0, 1, 0, 2, 0]);
  });
});

describe('groupedFolds', () => {
  const groups = [0, 0, 0, 1, 2, 3, 3, 4, 5, 6, 7, 7, 8, 9, 9];

  it('keeps a group in one fold, folds near equal in size, the same for the same seed', () => {
    const folds = groupedFolds(groups, 3, 7);
    groups.forEach((g, i) => groups.forEach((h, j) => g === h && expect(folds[i]).toBe(folds[j])));
    const sizes = [0, 1, 2].map((f) => folds.filter((x) => x === f).length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(groupedFolds(groups, 3, 7)).toEqual(folds);
  });

  it('deals the groups differently under another seed', () => {
    const dealings = new Set([1, 2, 3, 4, 5].map((seed) => groupedFolds(groups, 3, seed).join()));
    expect(dealings.size).toBeGreaterThan(1);
  });

  it('rejects fewer than two folds', () => {
    expect(() => groupedFolds(groups, 1, 1)).toThrow(/at least 2/);
  });
});

describe('repeatedCrossValidation', () => {
  it('scores every item only with models that never saw its group', () => {
    const groups = [0, 0, 1, 2, 2, 3, 4, 5];
    const result = repeatedCrossValidation(
      groups.length,
      groups,
      (train) => new Set(train),
      (seen, item) => {
        for (const other of seen) expect(groups[other]).not.toBe(groups[item]);
        return 1;
      },
      { folds: 4, repeats: 3, seed: 1 },
    );
    expect(result.perItem).toEqual(groups.map(() => 1));
    expect(result).toMatchObject({ mean: 1, se: 0 });
  });

  it('averages each item over the repeats, skips items scored null, and gives the error over items', () => {
    // A model that predicts the majority label of its training items; items 0–7 labelled 1
    // (6 and 7 not counted: null), item 8 labelled 0.
    const labels = [1, 1, 1, 1, 1, 1, 1, 1, 0];
    const result = repeatedCrossValidation(
      labels.length,
      labels.map((_, i) => i),
      (train) => (train.filter((i) => labels[i] === 1).length * 2 > train.length ? 1 : 0),
      (majority, item) => (item === 6 || item === 7 ? null : majority === labels[item] ? 1 : 0),
      { folds: 3, repeats: 4, seed: 3 },
    );
    expect(result.perItem[6]).toBeNull();
    expect(result.perItem[7]).toBeNull();
    // Every training set (6 of the 9 items) holds at least 5 ones: the majority is 1.
    expect(result.perItem.filter((x) => x !== null)).toEqual([1, 1, 1, 1, 1, 1, 0]);
    expect(result.mean).toBeCloseTo(6 / 7);
    // Six 1s and one 0: sample variance 1/7, so a standard error of √(1/7)/√7 = 1/7.
    expect(result.se).toBeCloseTo(1 / 7);
  });

  it('says when the groups do not match the items', () => {
    expect(() =>
      repeatedCrossValidation(
        3,
        [0, 1],
        () => 0,
        () => 1,
      ),
    ).toThrow(/2 groups for 3/);
  });
});

describe('pairedDifference', () => {
  it('is the mean and standard error of the per-item differences, over items scored in both', () => {
    const a = { mean: 0, se: 0, perItem: [1, 1, 0.5, null, 1] };
    const b = { mean: 0, se: 0, perItem: [1, 0, 0.5, 1, 0] };
    const d = pairedDifference(a, b);
    // Differences 0, 1, 0, 1: mean 0.5, sample sd √(1/3), over √4.
    expect(d.mean).toBeCloseTo(0.5);
    expect(d.se).toBeCloseTo(Math.sqrt(1 / 3) / 2);
    expect(() => pairedDifference(a, { ...b, perItem: [1] })).toThrow(/cannot pair/);
  });
});
