/**
 * A page question about a named outlet's article answers from that article: an institutional
 * byline is its byline (never "no byline was found"), another outlet's passage is no answer to
 * when the named one was published, and of an outlet's several articles, the one whose id's
 * words say it is about what the question asks is the one whose byline answers. A tiny invented
 * corpus read from files, so cleaning and the index are on the path.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/types.js';
import { suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

const FILES: Record<string, string> = {
  // Two articles of one outlet, by different reporters; both bodies say "reopen", neither
  // title does: the file names tell them apart.
  'courier-pier-closes.txt': [
    'Kellan pier shut after storm damage',
    'By Ana Ruiz, Kellan Courier',
    '3 March 2025',
    'The Kellan pier was shut on Monday after storm waves cracked its deck.',
    'The harbour board expects the pier to reopen in April.',
  ].join('\n\n'),
  'courier-pier-reopens.txt': [
    'Anglers back on Kellan pier at last',
    'By Ben Ode, Kellan Courier',
    '28 May 2025',
    'Anglers returned to the Kellan pier on Tuesday.',
    'The pier reopened after eleven weeks of repairs to its deck.',
  ].join('\n\n'),
  // The outlet asked about when it published.
  'radio-cafes.txt': [
    'Pier closure hits Kellan cafes',
    'Radio Tarn News · Cara Lind · 4 March 2025',
    'Cafes on the Kellan seafront say trade has halved since the pier closed.',
  ].join('\n\n'),
  // Another outlet's letter, with the word "publish" in it.
  'herald-letter.txt': [
    'Letter: show us the pier reports',
    'By Dan Hale, Harbour Herald',
    'The harbour board should publish every inspection report on the Kellan pier.',
  ].join('\n\n'),
  // An editorial credited to a board, not a person.
  'editorial.txt': [
    'Editorial: the pier we neglected',
    'By the Kellan Post editorial board',
    'The Kellan pier did not crack overnight.',
    'A survey in 2019 warned that its deck was rotting, and the harbour board chose to wait.',
  ].join('\n\n'),
  ...UNRELATED_ARTICLES,
};

const engine = suiteEngine(FILES);

const ids = (answer: Answer) => answer.passages.map((passage) => passage.source.id);

describe('an institutional byline', () => {
  it('answers who wrote the article, and no reply says it names no author', () => {
    const answer = engine.ask('who wrote the editorial?');
    expect(answer.notStated).toBeUndefined();
    expect(answer.passages[0]).toMatchObject({
      quote: 'By the Kellan Post editorial board',
      page: { kind: 'byline' },
    });
    expect(answer.passages[0]?.source.author).toBe('the Kellan Post editorial board');
  });

  it('is named by its institution’s name, not by its common nouns', () => {
    // "the board" is the story's harbour board, not the editorial board that wrote the piece.
    const answer = engine.ask('what did the board say about reopening the pier?');
    expect(answer.passages[0]?.quote).toBe(
      'The harbour board expects the pier to reopen in April.',
    );
    expect(ids(answer)).not.toContain('editorial');
    expect(engine.ask('what did the Kellan Post say about the deck?').passages[0]?.source.id).toBe(
      'editorial',
    );
  });
});

describe('a page question naming its outlet', () => {
  it('answers when it was published from that outlet’s article only', () => {
    const answer = engine.ask('when was the Radio Tarn story published?');
    expect(answer.passages[0]).toMatchObject({
      quote: 'Radio Tarn News · Cara Lind · 4 March 2025',
      page: { kind: 'byline' },
    });
    expect(new Set(ids(answer))).toEqual(new Set(['radio-cafes']));
  });

  it('of the outlet’s several articles, takes the one its id says is about the topic', () => {
    const answer = engine.ask('who wrote the Courier piece about the reopening?');
    expect(answer.passages[0]).toMatchObject({
      quote: 'By Ben Ode, Kellan Courier',
      page: { kind: 'byline' },
    });
    expect(ids(answer)).not.toContain('courier-pier-closes');
  });

  it('still lists every article of the outlet when nothing tells them apart', () => {
    const answer = engine.ask('who wrote the Courier piece about the pier?');
    const bylines = answer.passages.filter((passage) => passage.page).map((p) => p.quote);
    expect(bylines).toEqual(
      expect.arrayContaining(['By Ana Ruiz, Kellan Courier', 'By Ben Ode, Kellan Courier']),
    );
  });
});
