/**
 * "Sources differ" on who acted, end to end: an invented corpus where one outlet names the
 * ferry company as having cancelled a sailing and another corrects it ("the harbour board, not
 * Tarn Ferries, …").
 */
import { describe, expect, it } from 'vitest';
import { datedArticle, suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const FILES: Record<string, string> = {
  'wire-sailing.txt':
    'Ferry sailing cancelled.\n\nTarn Ferries cancelled the early sailing to Holm last night, leaving dozens of passengers stranded.',
  'courier-sailing.txt':
    'Board defends decision.\n\nThe harbour board, not Tarn Ferries, cancelled the early sailing on the advice of the coastguard, a board spokesman said.',
  'radio-sailing.txt':
    'Passengers angry.\n\nPassengers waiting at Holm said they were told nothing about the cancelled sailing until they reached the quay.',
  ...UNRELATED_ARTICLES,
  'articles.json': JSON.stringify({
    articles: [
      datedArticle('wire-sailing.txt', '2026-03-04'),
      datedArticle('courier-sailing.txt', '2026-03-06'),
      datedArticle('radio-sailing.txt', '2026-03-05'),
    ],
  }),
};

const engine = suiteEngine(FILES);

describe('a correction of who acted', () => {
  it('shows the report and its correction side by side', () => {
    const answer = engine.ask('Who cancelled the early sailing?');
    expect(answer.sourcesDiffer).toHaveLength(1);
    expect(answer.sourcesDiffer[0]?.aspect).toBe('actor');
    expect(answer.sourcesDiffer[0]?.quotes.map((q) => q.source.id).sort()).toEqual([
      'courier-sailing',
      'wire-sailing',
    ]);
  });

  it('claims no difference for a question about something else', () => {
    expect(engine.ask('What were the passengers at Holm told?').sourcesDiffer).toEqual([]);
  });
});
