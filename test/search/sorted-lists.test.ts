/** Union and intersection of ascending postings (src/search/sorted-lists.ts). */
import { describe, expect, it } from 'vitest';
import { sortedIntersection, sortedUnion } from '../../src/search/sorted-lists.js';

describe('sorted lists', () => {
  it('unites ascending lists, each number once', () => {
    expect([...sortedUnion([Int32Array.of(1, 4, 9), Int32Array.of(2, 4), []])]).toEqual([
      1, 2, 4, 9,
    ]);
    expect([...sortedUnion([])]).toEqual([]);
  });

  it('intersects ascending lists whatever their lengths', () => {
    const long = Int32Array.from({ length: 1000 }, (_, i) => i * 3);
    expect(sortedIntersection([long, Int32Array.of(0, 4, 6, 2997, 3000)])).toEqual([0, 6, 2997]);
    expect(sortedIntersection([Int32Array.of(1, 4, 7), Int32Array.of(4, 5, 7, 9), long])).toEqual(
      [],
    );
    expect(sortedIntersection([Int32Array.of(5), Int32Array.of(1, 2, 3)])).toEqual([]);
    expect(sortedIntersection([Int32Array.of(2, 3)])).toEqual([2, 3]);
    expect(sortedIntersection([])).toEqual([]);
  });

  it('agrees with a plain set intersection on random lists', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % 200;
    for (let round = 0; round < 50; round++) {
      const lists = [0, 1, 2].map(() =>
        Int32Array.from(new Set(Array.from({ length: next() % 60 }, next))).sort(),
      );
      const expected = [...(lists[0] ?? [])].filter((n) => lists.every((l) => l.includes(n)));
      expect(sortedIntersection(lists)).toEqual(expected);
    }
  });
});
