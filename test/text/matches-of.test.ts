import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../src/text/matches-of.js';

const same = (text: string, pattern: RegExp) =>
  expect([...matchesOf(text, pattern)].map((m) => [m.index, m[0], ...m.slice(1)])).toEqual(
    [...text.matchAll(pattern)].map((m) => [m.index, m[0], ...m.slice(1)]),
  );

describe('matchesOf', () => {
  it('yields what matchAll yields: every match with its index and groups', () => {
    same('for two hours, then for 90 minutes', /for (\w+) (hours|minutes)/g);
    same('Pell and Pell', /Pell/g);
    same('nothing here', /Pell/g);
  });

  it('moves on past an empty match by one character, a code point under u', () => {
    same('a😀b', /x*/g);
    same('a😀b', /x*/gu);
    expect([...matchesOf('a😀b', /x*/gu)].map((m) => m.index)).toEqual([0, 1, 3, 4]);
  });

  it('searches from lastIndex as matchAll does, and leaves it as it was', () => {
    const pattern = /\d+/g;
    expect([...matchesOf('12 345 6', pattern)].map((m) => m[0])).toEqual(['12', '345', '6']);
    expect(pattern.lastIndex).toBe(0);
    pattern.lastIndex = 2;
    same('12 345 6', pattern);
    expect([...matchesOf('12 345 6', pattern)].map((m) => m[0])).toEqual(['345', '6']);
    expect(pattern.lastIndex).toBe(2);
    pattern.lastIndex = 0;
    for (const m of matchesOf('12 345', pattern)) {
      expect(pattern.lastIndex).toBe(0);
      if (m[0] === '12') break;
    }
    expect(pattern.lastIndex).toBe(0);
  });

  it('lets the caller use the same expression between two matches', () => {
    const pattern = /\d+/g;
    const seen: string[] = [];
    for (const m of matchesOf('1 22 333', pattern)) {
      seen.push(m[0], String([...matchesOf('9 8', pattern)].length));
    }
    expect(seen).toEqual(['1', '2', '22', '2', '333', '2']);
  });

  it('searches with the expression itself, not a copy as matchAll does', () => {
    const pattern = /\d+/g;
    let calls = 0;
    const exec = pattern.exec.bind(pattern);
    pattern.exec = (text: string) => ((calls += 1), exec(text));
    expect([...matchesOf('1 22', pattern)]).toHaveLength(2);
    expect(calls).toBe(3);
    expect([...'1 22'.matchAll(pattern)]).toHaveLength(2);
    expect(calls).toBe(3);
  });

  it('throws without the g flag, as matchAll does', () => {
    expect(() => [...matchesOf('a', /a/)]).toThrow(TypeError);
    expect(() => [...'a'.matchAll(/a/)]).toThrow(TypeError);
  });
});
