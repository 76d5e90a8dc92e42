/**
 * A question about the present state ("how many are now in hospital?") is answered first by
 * the latest report of the figure it asks for, by the dates the articles state; a question
 * with no word of the present, or of a past state, keeps the ranking's order. Tiny invented
 * articles.
 */
import { describe, expect, it } from 'vitest';
import { latestFirst, statedLater, type DatedPassage } from '../../src/search/latest-first.js';
import { asksPresentState } from '../../src/search/plan/present-state.js';
import { suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

describe('asksPresentState', () => {
  it('is true for a question marking the present or the latest report', () => {
    for (const question of [
      'how many people are now in hospital?',
      'how many patients are currently in intensive care?',
      'what is the latest death toll?',
      'what was the most recent figure for arrests?',
      'how many have been arrested so far?',
      'how many homes are still without power?',
      'what is the current estimate of the cost?',
      'how many are at present missing?',
    ])
      expect(asksPresentState(question), question).toBe(true);
  });

  it('is false for a question with no such word, or asking for a past state', () => {
    for (const question of [
      'how many people were taken to hospital?',
      'how many homes were still without power on Monday?',
      'who was the current chair then?',
      'how many snowfalls did the town have?',
      'what is known about the crash?',
    ])
      expect(asksPresentState(question), question).toBe(false);
  });
});

describe('statedLater', () => {
  it('compares dates at the coarser precision of the two', () => {
    expect(statedLater('2025-03-05', '2025-03-03')).toBe(true);
    expect(statedLater('2025-04', '2025-03-30')).toBe(true);
    expect(statedLater('2025-03-03', '2025-03-05')).toBe(false);
    expect(statedLater('2025', '2025-03-05')).toBe(false);
    expect(statedLater('2025-03-05', '2025')).toBe(false);
    expect(statedLater('2025-03-05', '2025-03-05')).toBe(false);
  });

  it('never says a date not stated is later, or earlier', () => {
    expect(statedLater(null, '2025-03-03')).toBe(false);
    expect(statedLater('2025-03-03', null)).toBe(false);
  });
});

describe('latestFirst', () => {
  const rank = (...passages: Array<[string, number, number, string | null]>) =>
    latestFirst(
      passages.map(([name, typeMatch, coverage, published]) => ({
        name,
        typeMatch,
        coverage,
        published,
      })),
      (p): DatedPassage => p,
    ).map((p) => p.name);

  it('moves a later report of the slot ahead of the earlier ones before it', () => {
    expect(rank(['a', 1, 1, '2025-03-01'], ['b', 1, 1, '2025-03-04'])).toEqual(['b', 'a']);
    expect(
      rank(['a', 1, 1, '2025-03-01'], ['b', 1, 1, '2025-03-02'], ['c', 1, 0.9, '2025-03-04']),
    ).toEqual(['c', 'b', 'a']);
  });

  it('keeps the order when the later one lacks the slot, covers much less, or is not dated', () => {
    expect(rank(['a', 1, 1, '2025-03-01'], ['b', 0.5, 1, '2025-03-04'])).toEqual(['a', 'b']);
    expect(rank(['a', 0.5, 1, '2025-03-01'], ['b', 1, 1, '2025-03-04'])).toEqual(['a', 'b']);
    expect(rank(['a', 1, 1, '2025-03-01'], ['b', 1, 0.5, '2025-03-04'])).toEqual(['a', 'b']);
    expect(rank(['a', 1, 1, '2025-03-01'], ['b', 1, 1, null])).toEqual(['a', 'b']);
    expect(rank(['a', 1, 1, null], ['b', 1, 1, '2025-03-04'])).toEqual(['a', 'b']);
    expect(rank(['a', 1, 1, '2025-03-04'], ['b', 1, 1, '2025-03-01'])).toEqual(['a', 'b']);
  });

  it('stops at a passage that is not an earlier report', () => {
    expect(
      rank(['a', 1, 1, '2025-03-01'], ['n', 0, 1, '2025-03-02'], ['c', 1, 1, '2025-03-04']),
    ).toEqual(['a', 'n', 'c']);
  });
});

const FILES: Record<string, string> = {
  'coach-crash.txt': [
    'Coach overturns on Saltby coast road',
    'By Ana Ruiz',
    '3 March 2025',
    'Eight people are in hospital after the Saltby coach crash on the coast road on Sunday, police said.',
    'The road was closed for six hours while the coach was lifted.',
  ].join('\n\n'),
  'coach-update.txt': [
    'More passengers admitted after Saltby coach crash',
    'By Ben Ode',
    '6 March 2025',
    'Eleven people are now in hospital after the Saltby coach crash, the health board said.',
    'Three passengers who walked away on Sunday were admitted on Tuesday.',
  ].join('\n\n'),
  ...UNRELATED_ARTICLES,
};

const engine = suiteEngine(FILES);

describe('a question about the present state of a changing figure', () => {
  it('quotes the latest report of the figure first', () => {
    const answer = engine.ask('How many people are now in hospital after the Saltby coach crash?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toMatch(/^Eleven people are now in hospital/);
  });

  it('keeps the ranking order for the same question with no word of the present', () => {
    const answer = engine.ask('How many people are in hospital after the Saltby coach crash?');
    expect(answer.passages[0]?.quote).toMatch(/^Eight people are in hospital/);
  });

  it('keeps the ranking order for a question about a past state', () => {
    const answer = engine.ask(
      'How many people were in hospital on Sunday after the Saltby coach crash on the coast road?',
    );
    expect(answer.passages[0]?.quote).toMatch(/^Eight people are in hospital/);
  });
});
