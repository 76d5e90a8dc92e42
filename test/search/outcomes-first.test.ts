/**
 * A question asking when something happened is answered first by the report that it happened,
 * not by the plans for it that answer its words no better: the timeline's reading of which dates
 * are plans ("expected") decides, one definition. Tiny invented articles.
 */
import { describe, expect, it } from 'vitest';
import { asksPastOccurrence, realisationOf } from '../../src/engine/past-occurrence.js';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from '../timeline/fixtures.js';
import type { TimelineEvent } from '../../src/engine/types.js';
import { outcomesFirst, type Realisation } from '../../src/search/outcomes-first.js';
import { suiteEngine, UNRELATED_ARTICLES } from '../support/corpus-fixture.js';

describe('outcomesFirst', () => {
  const rank = (...passages: Array<[string, number, Realisation]>) =>
    outcomesFirst(
      passages.map(([name, coverage, kind]) => ({ name, coverage, kind })),
      (p) => p.kind,
    ).map((p) => p.name);

  it('moves a report of the event ahead of the plans before it that cover no more', () => {
    expect(rank(['a', 1, 'plan'], ['b', 1, 'plan'], ['c', 1, 'realised'])).toEqual(['c', 'a', 'b']);
    expect(rank(['a', 0.8, 'plan'], ['c', 1, 'realised'])).toEqual(['c', 'a']);
  });

  it('keeps a plan that answers better, and anything neither, where they were', () => {
    expect(rank(['a', 1, 'plan'], ['c', 0.8, 'realised'])).toEqual(['a', 'c']);
    expect(rank(['a', 1, null], ['c', 1, 'realised'])).toEqual(['a', 'c']);
    expect(rank(['a', 1, 'plan'], ['n', 1, null], ['c', 1, 'realised'])).toEqual(['a', 'n', 'c']);
    expect(rank(['c', 1, 'realised'], ['a', 1, 'plan'])).toEqual(['c', 'a']);
  });
});

describe('asksPastOccurrence', () => {
  it('is true for past-tense questions about when or what happened', () => {
    for (const question of [
      'when did the pier reopen?',
      'when was the pier closed?',
      'what day did the pier reopen?',
      'what happened to the pier?',
    ])
      expect(asksPastOccurrence(question), question).toBe(true);
  });

  it('is false for questions asking for a plan, or not asking when', () => {
    for (const question of [
      'when was the pier expected to reopen?',
      'when will the pier reopen?',
      'when is the pier due to reopen?',
      'when does the pier reopen?',
      'why did the pier close?',
    ])
      expect(asksPastOccurrence(question), question).toBe(false);
  });
});

describe('realisationOf', () => {
  const source = {
    id: 'a',
    title: 'T',
    outlet: null,
    published: null,
    url: null,
    author: null,
  };
  const event = (future: boolean, start: number, end: number): TimelineEvent => ({
    date: '2025-04-28',
    precision: 'day',
    yearStated: true,
    future,
    quotes: [{ quote: 'x', source, start, end }],
  });
  const of = realisationOf([event(false, 0, 10), event(true, 20, 30), event(true, 40, 50)]);

  it('reads the timeline entries quoted inside a passage', () => {
    expect(of('a', 0, 10)).toBe('realised');
    expect(of('a', 20, 50)).toBe('plan');
    expect(of('a', 0, 30)).toBeNull();
    expect(of('a', 11, 19)).toBeNull();
    expect(of('b', 0, 10)).toBeNull();
  });

  it('counts a deadline passed at its writing as neither realised nor planned', () => {
    // "must be paid by 1 March" in an article of 10 March: when it was due, not when it was paid.
    const deadline = (future: boolean, start: number, end: number): TimelineEvent => ({
      ...event(future, start, end),
      deadline: true,
    });
    const read = realisationOf([
      deadline(false, 0, 10),
      deadline(true, 20, 30),
      event(false, 40, 50),
    ]);
    expect(read('a', 0, 10)).toBeNull();
    expect(read('a', 20, 30)).toBe('plan');
    expect(read('a', 0, 50)).toBeNull();
    expect(read('a', 40, 50)).toBe('realised');
  });

  it('reads a passed deadline of an invented article as no report that it was met', () => {
    const text = 'Harbour mooring fees had to be paid by 1 March 2025, the board said.';
    const events = buildTimeline(articleOf('2025-03-10', text));
    expect(events.map((e) => [e.date, e.deadline, e.future])).toEqual([
      ['2025-03-01', true, false],
    ]);
    expect(realisationOf(events)('article-0', 0, text.length)).toBeNull();
  });
});

const FILES: Record<string, string> = {
  'pier-closed.txt': [
    'Kellan pier shut after storm damage',
    'By Ana Ruiz',
    '3 March 2025',
    'The Kellan pier was shut on Monday after storm waves cracked its deck.',
    'The harbour board expects the Kellan pier to reopen on 14 April.',
  ].join('\n\n'),
  'council.txt': [
    'Council presses harbour board over pier',
    '10 March 2025',
    'The council will ask the harbour board to reopen the Kellan pier no later than 30 April.',
  ].join('\n\n'),
  'pier-back.txt': [
    'Anglers back on Kellan pier at last',
    'By Ben Ode',
    '29 April 2025',
    'Anglers returned on Tuesday to a structure closed for eight weeks, watched by a small crowd of residents and traders from the seafront.',
    'The Kellan pier finally reopened on 28 April, two weeks later than the board had planned, after gales delayed the final repairs to its deck.',
  ].join('\n\n'),
  ...UNRELATED_ARTICLES,
};

const engine = suiteEngine(FILES);

describe('a past-tense question about when something happened', () => {
  it('quotes the report that it happened before the plans for it', () => {
    const answer = engine.ask('when did the Kellan pier reopen?');
    expect(answer.answered).toBe(true);
    expect(answer.passages[0]?.quote).toMatch(/^The Kellan pier finally reopened on 28 April/);
  });

  it('leaves a question about the plan to the plans', () => {
    const answer = engine.ask('when was the Kellan pier expected to reopen?');
    expect(answer.passages[0]?.quote).not.toMatch(/^The Kellan pier finally reopened/);
  });
});
