import { describe, expect, it } from 'vitest';
import {
  median,
  percentile,
  ratio,
  summarizeLatencies,
  summarizeRepeats,
} from '../../bench/stats.js';

describe('percentile', () => {
  it('takes the nearest rank of unsorted values', () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile([5, 1, 4, 2, 3], 0)).toBe(1);
    expect(percentile([5, 1, 4, 2, 3], 100)).toBe(5);
  });

  it('gives the 99th of a hundred values as the 99th smallest', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 99)).toBe(99);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });

  it('refuses an empty list and a p outside 0–100', () => {
    expect(() => percentile([], 50)).toThrow('percentile: no values');
    expect(() => percentile([1], 101)).toThrow('percentile: p must be within 0–100, got 101');
  });
});

describe('median and summaries', () => {
  it('takes the lower middle of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2);
  });

  it('summarises latencies as p50, p99 and max', () => {
    const samples = Array.from({ length: 200 }, (_, i) => i + 1);
    expect(summarizeLatencies(samples)).toEqual({ samples: 200, p50: 100, p99: 198, max: 200 });
  });

  it('gives no ratio when a figure is missing or the denominator is zero', () => {
    expect(ratio(2, 4)).toBe(0.5);
    expect(ratio(null, 4)).toBeNull();
    expect(ratio(2, 0)).toBeNull();
  });
});

describe('summarizeRepeats', () => {
  it('takes p99 as the median of the blocks’ p99s, with their range, and p50 over all samples', () => {
    expect(
      summarizeRepeats([
        [1, 2, 9],
        [1, 3, 4],
        [2, 2, 5],
      ]),
    ).toEqual({ samples: 9, p50: 2, p99: 5, max: 9, repeats: 3, p99Range: [4, 9] });
  });

  it('is the plain summary for one block', () => {
    const block = Array.from({ length: 200 }, (_, i) => i + 1);
    expect(summarizeRepeats([block])).toMatchObject(summarizeLatencies(block));
  });

  it('refuses no blocks', () => {
    expect(() => summarizeRepeats([])).toThrow('summarizeRepeats: no blocks');
  });
});
