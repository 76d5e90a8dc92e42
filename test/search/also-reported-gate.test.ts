/**
 * Whether two sentences are compared as reports of one fact is read from the two sentences, not
 * from how much of the question each covers: a report that adds a phrase the question asks about
 * ("after repairs to its deck") still has the shorter report of the same reopening listed under
 * it. Articles of different years are compared on their words only beside the question, as
 * before: annual addresses restate one theme in the same words.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/types.js';
import { datedArticle, suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const FILES: Record<string, string> = {
  'harl-2026.txt':
    'Harl bridge open.\n\nThe Harl swing bridge over the Tarn reopened to traffic after repairs to its deck.',
  'harl-2019.txt': 'Harl traffic.\n\nThe Harl swing bridge over the Tarn reopened to traffic.',
  'ostby-april.txt':
    'Ostby bridge open.\n\nThe Ostby swing bridge over the Tarn reopened to traffic after repairs to its deck.',
  'ostby-may.txt': 'Ostby traffic.\n\nThe Ostby swing bridge over the Tarn reopened to traffic.',
  ...UNRELATED_ARTICLES,
  'articles.json': JSON.stringify({
    articles: [
      ['harl-2026.txt', '2026-04-02'],
      ['harl-2019.txt', '2019-05-20'],
      ['ostby-april.txt', '2026-04-02'],
      ['ostby-may.txt', '2026-05-20'],
    ].map(([file, published]) => datedArticle(file as string, published as string)),
  }),
};

const engine = suiteEngine(FILES);

function links(answer: Answer): Array<[string, string[]]> {
  return [...answer.passages, ...answer.closest].map((p) => [
    p.source.id,
    p.alsoReportedBy.map((q) => q.source.id),
  ]);
}

describe('"also reported by" read from the two sentences', () => {
  it('links a shorter report of one reopening to one that adds what the question asks', () => {
    const ostby = links(engine.ask('Did the Ostby swing bridge reopen after repairs to its deck?'));
    expect(ostby.find(([id]) => id === 'ostby-april')?.[1]).toEqual(['ostby-may']);
  });

  it('does not link reports of articles years apart on their words alone', () => {
    // The same words as the Ostby pair's, in articles of 2026 and 2019.
    const harl = links(engine.ask('Did the Harl swing bridge reopen after repairs to its deck?'));
    expect(harl.find(([id]) => id === 'harl-2026')?.[1]).toEqual([]);
  });
});
