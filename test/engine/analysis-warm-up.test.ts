import { describe, expect, it, vi } from 'vitest';
import { warmUpAnalysis } from '../../src/engine/analysis-warm-up.js';
import { analyseArticle } from '../../src/corpus/load.js';

vi.setConfig({ testTimeout: 60_000 });

const TEXT =
  'Quarry Road Closes\n\nThe Tarnby quarry road will close on 9 May for resurfacing, the county said.\n';

describe('warmUpAnalysis', () => {
  it('runs once per process, and an article analysed after it reads as before', async () => {
    const before = analyseArticle({ file: 'quarry.txt', format: 'text', raw: TEXT });
    expect(await warmUpAnalysis()).toBe(true);
    expect(await warmUpAnalysis()).toBe(false);
    expect(analyseArticle({ file: 'quarry.txt', format: 'text', raw: TEXT })).toEqual(before);
    expect(before.sentences.length).toBe(2);
  });
});
