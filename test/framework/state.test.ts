import { describe, expect, it } from 'vitest';
import { decodeButtonId, encodeButtonId } from '../../src/framework/custom-id.js';
import { StateCache } from '../../src/framework/state-cache.js';

describe('button custom_id', () => {
  it('round-trips and stays far under 100 characters', () => {
    const id = {
      command: 'timeline',
      action: 'page',
      owner: '123456789012345678',
      key: 'AbC-d_12',
      arg: 12,
    };
    const encoded = encodeButtonId(id);
    expect(encoded).toBe('timeline:page:123456789012345678:AbC-d_12:12');
    expect(decodeButtonId(encoded)).toEqual(id);
    expect(decodeButtonId(encodeButtonId({ ...id, owner: null }))).toEqual({ ...id, owner: null });
  });
  it('refuses parts that would break the format', () => {
    expect(() =>
      encodeButtonId({ command: 'a:b', action: 'p', owner: null, key: 'k', arg: 0 }),
    ).toThrow('custom-id: command "a:b"');
    expect(decodeButtonId('ask:page:1:k')).toBeNull();
    expect(decodeButtonId('ask:page:1:k:-1')).toBeNull();
  });
});

describe('StateCache', () => {
  it('forgets entries after their time to live', () => {
    let now = 0;
    const cache = new StateCache<string>({ ttlMs: 1000, now: () => now });
    const key = cache.put('state');
    now = 999;
    expect(cache.get(key)).toBe('state');
    now = 1000;
    expect(cache.get(key)).toBeUndefined();
  });
  it('keeps at most its capacity, dropping the oldest entries first, whatever was read', () => {
    const cache = new StateCache<number>({ capacity: 2 });
    const a = cache.put(1);
    const b = cache.put(2);
    cache.get(a);
    const c = cache.put(3);
    expect([cache.get(a), cache.get(b), cache.get(c)]).toEqual([undefined, 2, 3]);
    expect(cache.size).toBe(2);
  });
  it('sweeps expired entries when storing, so an idle burst does not stay in memory', () => {
    let now = 0;
    const cache = new StateCache<number>({ ttlMs: 100, capacity: 1_000, now: () => now });
    for (let i = 0; i < 500; i++) cache.put(i);
    now = 50;
    const late = cache.put(-1);
    expect(cache.size).toBe(501);
    now = 100;
    cache.put(-2);
    expect(cache.size).toBe(2);
    expect(cache.get(late)).toBe(-1);
  });
});
