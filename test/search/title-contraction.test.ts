/**
 * A title's contraction names the title: a question asking for "councillors" is answered by
 * a passage naming "Cllr Nadia Orme" (second-references.ts TITLE_CONTRACTIONS; New Hart's
 * Rules §10.2.1). Invented article.
 */
import { describe, expect, it } from 'vitest';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const POOL: SearchFixtureArticle = {
  id: 'pool',
  title: 'Pool to close for repairs',
  outlet: 'Brackwater Herald',
  published: '2026-03-11',
  paragraphs: [
    ['The leisure committee voted on Monday to close the pool for repairs.'],
    ['Cllr Nadia Orme and Cllr Felix Brand voted against the closure.'],
  ],
};

describe('a title written contracted', () => {
  it('is matched by the title the question writes in full', () => {
    const { index } = engineOver(POOL);
    const concept = index
      .rank('which councillors voted against the closure?')
      .plan.concepts.find((c) => c.label === 'councillors');
    expect(concept?.alternatives.map((a) => a.terms.join(' '))).toContain('cllr');
  }, 60_000);
});
