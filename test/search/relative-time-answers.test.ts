/**
 * "Sources differ" and "also reported by" for passages stating time relative to publication: an
 * invented corpus of yearly reports (different years) and of two outlets on one day.
 */
import { describe, expect, it } from 'vitest';
import { datedArticle, suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const FILES: Record<string, string> = {
  'report-1893.txt':
    'The postal service grew again.\n\nThe total issue of postal orders for the year amounted to $156 million.',
  'report-1894.txt':
    'The postal service grew again.\n\nThe total issue of postal orders for the year amounted to $165 million.',
  'ferry-a.txt':
    'Storm hits the coast.\n\nThe ferry operator cancelled 40 crossings to Brannock yesterday because of the gale.',
  'ferry-b.txt':
    'Gale closes harbour.\n\nThe ferry operator cancelled 45 crossings to Brannock yesterday because of the gale.',
  ...UNRELATED_ARTICLES,
  'articles.json': JSON.stringify({
    articles: [
      datedArticle('report-1893.txt', '1893'),
      datedArticle('report-1894.txt', '1894'),
      datedArticle('ferry-a.txt', '2021-03-04'),
      datedArticle('ferry-b.txt', '2021-03-04'),
    ],
  }),
};

const engine = suiteEngine(FILES);

describe('relative time in reports of different dates', () => {
  it('does not set one year’s total against another’s', () => {
    const answer = engine.ask('How much was the total issue of postal orders for the year?');
    const shown = answer.passages.map((p) => p.source.id);
    expect(shown).toEqual(expect.arrayContaining(['report-1893', 'report-1894']));
    expect(answer.sourcesDiffer).toEqual([]);
    expect(answer.passages.flatMap((p) => p.alsoReportedBy)).toEqual([]);
  });

  it('still reports a difference between two outlets writing on the same day', () => {
    const answer = engine.ask('How many crossings to Brannock did the ferry operator cancel?');
    expect(answer.sourcesDiffer).toHaveLength(1);
    expect(answer.sourcesDiffer[0]?.aspect).toBe('number');
    expect(answer.sourcesDiffer[0]?.quotes.map((q) => q.source.id).sort()).toEqual([
      'ferry-a',
      'ferry-b',
    ]);
  });
});
