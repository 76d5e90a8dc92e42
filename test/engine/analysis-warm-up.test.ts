import { describe, expect, it, vi } from 'vitest';
import { warmUpAnalysis } from '../../src/engine/analysis-warm-up.js';
import { analyseArticle, analyseArticleTagged } from '../../src/corpus/load.js';
import { articleEvents } from '../../src/search/article-events.js';

vi.setConfig({ testTimeout: 60_000 });

const TEXT =
  'Quarry Road Closes\n\nThe Tarnby quarry road will close on 9 May for resurfacing, the county said.\n';

/** What a build reads of an added article (engine/index.ts): its analysis and event words. */
function asBuilt() {
  const { analysis, words } = analyseArticleTagged({
    file: 'quarry.txt',
    format: 'text',
    raw: TEXT,
  });
  return { analysis, events: articleEvents(analysis, words).map((set) => [...set].sort()) };
}

describe('warmUpAnalysis', () => {
  it('runs once per process, and an article analysed after it reads as before', async () => {
    const before = analyseArticle({ file: 'quarry.txt', format: 'text', raw: TEXT });
    const builtBefore = asBuilt();
    expect(await warmUpAnalysis()).toBe(true);
    expect(await warmUpAnalysis()).toBe(false);
    expect(analyseArticle({ file: 'quarry.txt', format: 'text', raw: TEXT })).toEqual(before);
    expect(asBuilt()).toEqual(builtBefore);
    expect(before.sentences.length).toBe(2);
    expect(builtBefore.analysis.sentences).toEqual(before.sentences);
  });
});
