import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES, type Features } from '../../src/search/features.js';
import type { RankingModel } from '../../src/search/options.js';
import { decidedBy } from './decided-by.js';

const features = (values: Partial<Features>): Features =>
  ({ ...Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])), ...values }) as Features;
const weights = Object.fromEntries(FEATURE_NAMES.map((n) => [n, 1])) as RankingModel['weights'];

describe('decidedBy (miss analysis)', () => {
  it('names the answer type when the question asks one and the two hold it unequally', () => {
    const hint = features({ typeNew: 0.5, neighbourCoverage: 1 });
    const full = features({ typeNew: 1 });
    expect(decidedBy(hint, full, true, weights)).toMatch(/^answer type: the answer holds/);
    expect(decidedBy(full, hint, true, weights)).toMatch(/^answer type: the wrong passage/);
    // A question asking no type: the type scores are not what decided.
    expect(decidedBy(hint, full, false, weights)).toMatch(/^neighbourhood/);
  });

  it('otherwise names the group of features that favours the wrong passage most', () => {
    const right = features({ coverage: 0.5, bm25: 0.5 });
    const words = features({ coverage: 0.9, bm25: 0.9, neighbourCoverage: 0.5 });
    expect(decidedBy(words, right, false, weights)).toMatch(/^words/);
    const titled = features({ titleCoverage: 1, metadataMatch: 1, coverage: 0.6 });
    expect(decidedBy(titled, right, false, weights)).toMatch(/^article/);
  });
});
