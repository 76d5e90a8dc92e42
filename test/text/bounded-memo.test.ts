import { describe, expect, it } from 'vitest';
import { IndexedMemo, keptIn, PairMemo } from '../../src/text/bounded-memo.js';

describe('keptIn', () => {
  it('makes a key’s value once and returns the kept one after', () => {
    const memo = new Map<string, number>();
    let made = 0;
    const make = () => ++made;
    expect(keptIn(memo, 'a', 10, make)).toBe(1);
    expect(keptIn(memo, 'a', 10, make)).toBe(1);
    expect(made).toBe(1);
  });

  it('never holds more than its limit: full, it is emptied before a new key is kept', () => {
    const memo = new Map<number, number>();
    for (let key = 0; key < 7; key++) keptIn(memo, key, 3, () => key * 10);
    expect(memo.size).toBeLessThanOrEqual(3);
    expect([...memo.entries()]).toEqual([[6, 60]]);
    expect(keptIn(memo, 6, 3, () => -1)).toBe(60);
  });

  it('passes the key to make, so a named function serves as make', () => {
    const memo = new Map<string, number>();
    expect(keptIn(memo, 'three', 10, (word) => word.length)).toBe(5);
    expect(keptIn(memo, 'seven!', 10, (word) => word.length)).toBe(6);
  });
});

describe('IndexedMemo', () => {
  it('keeps a value per integer key, whatever order and gaps the keys come in', () => {
    const memo = new IndexedMemo<string | null>(10);
    memo.set(5, 'five');
    memo.set(0, null);
    expect(memo.get(5)).toBe('five');
    expect(memo.get(0)).toBeNull();
    expect(memo.get(3)).toBeUndefined();
    expect(memo.get(60_000)).toBeUndefined();
  });

  it('never holds more than its limit: full, it is emptied before a new value is kept', () => {
    const memo = new IndexedMemo<number>(3);
    for (let key = 0; key < 7; key++) memo.set(key, key * 10);
    const held = [0, 1, 2, 3, 4, 5, 6].filter((key) => memo.get(key) !== undefined);
    expect(held).toEqual([6]);
    expect(memo.get(6)).toBe(60);
  });
});

describe('PairMemo', () => {
  it('keeps a value per ordered pair of integers, apart from the reversed pair', () => {
    const memo = new PairMemo<string>(10);
    memo.set(70_000, 3, 'a then b');
    memo.set(3, 70_000, 'b then a');
    expect(memo.get(70_000, 3)).toBe('a then b');
    expect(memo.get(3, 70_000)).toBe('b then a');
    expect(memo.get(70_000, 4)).toBeUndefined();
    expect(memo.get(5, 3)).toBeUndefined();
  });

  it('replaces a pair’s value without counting it twice towards the limit', () => {
    const memo = new PairMemo<number>(2);
    memo.set(1, 1, 10);
    memo.set(1, 1, 11);
    memo.set(1, 2, 12);
    expect(memo.get(1, 1)).toBe(11);
    expect(memo.get(1, 2)).toBe(12);
  });

  it('never holds more than its limit: full, it is emptied before a new pair is kept', () => {
    const memo = new PairMemo<number>(3);
    for (let b = 0; b < 7; b++) memo.set(b % 2, b, b * 10);
    const held = [0, 1, 2, 3, 4, 5, 6].filter((b) => memo.get(b % 2, b) !== undefined);
    expect(held).toEqual([6]);
    expect(memo.get(0, 6)).toBe(60);
  });
});
