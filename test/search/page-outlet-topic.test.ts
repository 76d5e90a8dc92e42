/**
 * A page question naming an outlet and a topic ("when was the Kestrel FM story about the flood
 * meeting published?") is about that outlet's article on the topic: when only another article of
 * the outlet states a date, its date is no answer, and the reply says the asked one states none.
 * The outlet's name alone matches every article of the outlet; the topic words pick the article.
 * A tiny invented corpus read from files, so cleaning and the index are on the path.
 */
import { describe, expect, it } from 'vitest';
import { suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const FILES: Record<string, string> = {
  // No date anywhere: the one asked about.
  'kestrel-flood-meeting.txt': [
    'Kestrel FM News',
    'Residents crowd chapel to demand flood defences',
    'More than 300 residents filled Brackwater Chapel last night for a public meeting about the flood defences on the River Lune.',
    'Organisers said the meeting was the largest the parish had held in years.',
  ].join('\n\n'),
  // The same outlet's other article, dated, about something else.
  'kestrel-bridge-reopens.txt': [
    'Kestrel FM News',
    '2 June 2026',
    'Brackwater footbridge reopens after repairs',
    'The footbridge over the River Lune at Brackwater reopened on Monday after eight weeks of repairs.',
    'The county council said the work cost £240,000.',
  ].join('\n\n'),
  ...UNRELATED_ARTICLES,
};

const engine = suiteEngine(FILES);

describe('a date question naming an outlet with two articles', () => {
  it('never gives the other article’s date for the undated one asked about', () => {
    const answer = engine.ask('when was the Kestrel FM story about the public meeting published?');
    const quotes = answer.passages.map((passage) => passage.quote);
    expect(quotes).not.toContain('2 June 2026');
    expect(answer.passages.map((p) => p.source.id)).not.toContain('kestrel-bridge-reopens');
    expect(answer.notStated?.map((note) => [note.source.id, note.asks])).toEqual([
      ['kestrel-flood-meeting', 'date'],
    ]);
  });

  it('gives the dated article’s date when the topic picks that one', () => {
    const answer = engine.ask('when was the Kestrel FM story about the footbridge published?');
    expect(answer.passages[0]).toMatchObject({
      quote: '2 June 2026',
      page: { kind: 'dateline' },
      source: { id: 'kestrel-bridge-reopens' },
    });
  });
});
