import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeFolder, temporaryFolder } from '../support/corpus-fixture.js';
import { BaselineCache, baselineKey } from './baseline-cache.js';

describe('BaselineCache', () => {
  let folder: string;
  let file: string;
  beforeEach(async () => {
    folder = await temporaryFolder();
    file = path.join(folder, 'nested', 'cache.json');
  });
  afterEach(() => removeFolder(folder));

  it('computes a ranking once and reads it back after saving', () => {
    let calls = 0;
    const rank = () => (calls++, [2, 0]);
    const first = new BaselineCache(file, 'k1');
    expect(first.ranking('lunr', 'q', rank)).toEqual([2, 0]);
    first.save();
    const second = new BaselineCache(file, 'k1');
    expect(second.ranking('lunr', 'q', rank)).toEqual([2, 0]);
    expect(calls).toBe(1);
    // Another system or question is its own entry.
    expect(second.ranking('mini', 'q', () => [1])).toEqual([1]);
  });

  it('ignores a file written for another key, or damaged', () => {
    const cache = new BaselineCache(file, 'k1');
    cache.ranking('lunr', 'q', () => [5]);
    cache.save();
    expect(new BaselineCache(file, 'k2').ranking('lunr', 'q', () => [7])).toEqual([7]);
    writeFileSync(file, '{"key": "k1", "rank');
    expect(new BaselineCache(file, 'k1').ranking('lunr', 'q', () => [8])).toEqual([8]);
  });

  it('keys on the sentences, so another corpus never reuses a ranking', () => {
    expect(baselineKey(['a', 'b'])).toBe(baselineKey(['a', 'b']));
    expect(baselineKey(['a', 'b'])).not.toBe(baselineKey(['a b']));
    expect(baselineKey(['a', 'b'])).not.toBe(baselineKey(['b', 'a']));
  });
});
