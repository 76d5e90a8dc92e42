import { randomBytes } from 'node:crypto';
import type * as Crypto from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { StateCache } from '../../src/framework/state-cache.js';

vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof Crypto>();
  return { ...actual, randomBytes: vi.fn(actual.randomBytes) };
});

describe('StateCache keys', () => {
  it('are 8 characters of base64url, distinct, drawn from the generator many at a time', () => {
    vi.mocked(randomBytes).mockClear();
    const cache = new StateCache<number>();
    const keys = Array.from({ length: 300 }, (_, i) => cache.put(i));
    expect(keys.every((key) => /^[A-Za-z0-9_-]{8}$/.test(key))).toBe(true);
    expect(new Set(keys).size).toBe(300);
    expect(keys.map((key) => cache.get(key))).toEqual(keys.map((_, i) => i));
    // One call per key was a few per cent of a served /ask's CPU.
    expect(vi.mocked(randomBytes).mock.calls.length).toBeLessThanOrEqual(3);
  });
});
