/**
 * Two outlets naming different weekdays for one stated date: the engine shows them as sources
 * differing on the date, never one as "also reported by" under the other. Invented corpus.
 */
import { describe, expect, it } from 'vitest';
import { suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const FILES: Record<string, string> = {
  'post.txt':
    'Repairs approved\n\nThe Tarn parish board approved the ferry landing repairs on Tuesday 12 March.',
  'gazette.txt':
    'Board backs repairs\n\nThe Tarn parish board approved the ferry landing repairs on Wednesday 12 March.',
  ...UNRELATED_ARTICLES,
};

const engine = suiteEngine(FILES);

describe('a weekday that contradicts the same stated date', () => {
  it('is shown as sources differing on the date', () => {
    const answer = engine.ask('When did the Tarn parish board approve the ferry landing repairs?');
    expect(answer.passages.flatMap((p) => p.alsoReportedBy)).toEqual([]);
    expect(answer.sourcesDiffer).toHaveLength(1);
    expect(answer.sourcesDiffer[0]?.aspect).toBe('date');
    expect(answer.sourcesDiffer[0]?.quotes.map((q) => q.source.id).sort()).toEqual([
      'gazette',
      'post',
    ]);
  });
});
