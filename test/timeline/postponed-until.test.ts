/**
 * After a verb of postponing, "until" gives the event's new day (Quirk et al. 1985, §9.39): it
 * is expected on that day, not by it, even after "has" ("has been postponed until"), which
 * before a plain "until" grants time ("has until Friday to reply", still a deadline). A plan's
 * aside after "originally" (", originally set for 12 April,") is the plan's noun phrase, so a
 * later report of its postponement links to the planned entry of that day. Invented Kestrow
 * sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline, buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf, corpusOf, one } from './fixtures.js';

const entries = (sentence: string) =>
  buildTimelineDetailed(articleOf('2025-03-28', sentence)).events.map((e) => ({
    date: e.date,
    future: e.future,
    deadline: e.deadline === true,
  }));

describe('"postponed until" a date', () => {
  it.each([
    ['The Kestrow regatta has been postponed until 2 September 2025.', '2025-09-02'],
    ['Kestrow council has postponed the regatta until 2 September.', '2025-09-02'],
    ['The Kestrow vote has been delayed until May.', '2025-05'],
    ['The Kestrow vote has been put back until 4 June.', '2025-06-04'],
  ])('is the new day, expected on it: "%s"', (sentence, date) => {
    expect(entries(sentence)).toEqual([{ date, future: true, deadline: false }]);
  });

  it('leaves "has until" a deadline', () => {
    expect(entries('The Kestrow trust has until 4 April to reply.')).toEqual([
      { date: '2025-04-04', future: true, deadline: true },
    ]);
  });
});

describe('a plan\'s aside after "originally"', () => {
  it('links a later postponement to the planned entry of that day', () => {
    const events = buildTimeline(
      corpusOf(
        one('plan', '2024-12-12', 'The Kestrow regatta is due to start on 12 April 2025.'),
        one(
          'report',
          '2025-03-28',
          'The council said the regatta, originally set for 12 April, has been postponed until 2 September 2025.',
        ),
      ),
    );
    const april = events.find((e) => e.date === '2025-04-12');
    expect(april?.quotes.map((q) => q.source.id)).toEqual(['plan']);
    expect(april?.outcomes?.map((o) => [o.outcome, o.quote.source.id])).toEqual([
      ['postponed', 'report'],
    ]);
  });
});
