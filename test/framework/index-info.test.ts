import { describe, expect, it } from 'vitest';
import { describeIndex, formatBuiltAt } from '../../src/framework/render/index-info.js';
import { renderSources } from '../../src/framework/render/sources.js';

describe('the index line of /sources', () => {
  it('says when the index was built, in UTC to the minute, and from how many articles', () => {
    const info = { builtAt: '2026-11-29T17:40:59.123Z', articles: 233, sentences: 63064 };
    expect(describeIndex(info)).toBe(
      'Index built 2026-11-29 17:40 UTC from 233 articles (63064 passages).',
    );
    expect(describeIndex({ ...info, articles: 1, sentences: 1 })).toBe(
      'Index built 2026-11-29 17:40 UTC from 1 article (1 passage).',
    );
  });

  it("keeps the index's own figures with articles held back, and says how many are", () => {
    const info = { builtAt: '2026-11-29T17:40:59.123Z', articles: 5, sentences: 94 };
    expect(describeIndex({ ...info, withheld: 1 })).toBe(
      'Index built 2026-11-29 17:40 UTC from 5 articles (94 passages). 1 article is held back until the rebuild: its file was deleted or changed.',
    );
    expect(describeIndex({ ...info, withheld: 2 })).toMatch(
      /\(94 passages\)\. 2 articles are held back until the rebuild: their files were deleted or changed\.$/,
    );
    expect(describeIndex({ ...info, withheld: 0 })).toBe(describeIndex(info));
  });

  it('does not invent a time it cannot read', () => {
    expect(formatBuiltAt('yesterday')).toBe('at an unknown time');
  });

  it('is shown under the list when the engine gives it', () => {
    const info = { builtAt: '2026-01-02T03:04:05.000Z', articles: 0, sentences: 0 };
    const payload = renderSources([], 0, undefined, info);
    expect(payload.embeds?.[0]?.description).toBe(
      'The corpus has no articles.\nIndex built 2026-01-02 03:04 UTC from 0 articles (0 passages).',
    );
  });
});
