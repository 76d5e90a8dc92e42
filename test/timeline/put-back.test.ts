/**
 * "put back" with its particle after a short object ("put the vote back until 3 May"): particle
 * movement (Quirk et al. 1985, §16.4) leaves it the same verb of postponing as "put back the
 * vote", so the date after "until" or "to" is the event's new day, ahead of the move, not a past
 * day of the year before. Without a new date beside it "put back" is returning a thing to its
 * place, and its date is read as any past act's. The slot it moves an event from ("put the regatta
 * back from 4 May") is the day of the plan the move is the outcome of, as after "pushed the
 * regatta back from" (postponed-slot.ts). Invented Kestrow sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline, buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf, corpusOf, one } from './fixtures.js';

const entries = (published: string, sentence: string) =>
  buildTimelineDetailed(articleOf(published, sentence)).events.map((e) => ({
    date: e.date,
    future: e.future,
  }));

describe('"put X back" before a new date', () => {
  it.each([
    ['Kestrow councillors have put the ferry vote back until 3 May.', '2025-05-03'],
    ['Kestrow councillors put the ferry vote back until 3 May.', '2025-05-03'],
    ['Kestrow councillors put the ferry vote back to 3 May.', '2025-05-03'],
    ['The Kestrow trust has put its decision back until May.', '2025-05'],
  ])('is the new day, ahead: "%s"', (sentence, date) => {
    expect(entries('2025-03-28', sentence)).toEqual([{ date, future: true }]);
  });

  it('leaves a thing put back in its place on a past day', () => {
    expect(entries('2025-03-28', 'She put the Kestrow cup back on 3 March.')).toEqual([
      { date: '2025-03-03', future: false },
    ]);
  });
});

describe('"put X back from" a planned day', () => {
  it('links the move to the planned entry of that day as its later report', () => {
    const events = buildTimeline(
      corpusOf(
        one('plan', '2025-01-10', 'The Kestrow regatta will be held on 4 May 2025.'),
        one('report', '2025-03-28', 'The council put the regatta back from 4 May to 18 June.'),
      ),
    );
    const may = events.find((e) => e.date === '2025-05-04');
    expect(may?.quotes.map((q) => q.source.id)).toEqual(['plan']);
    expect(may?.outcomes?.map((o) => [o.outcome, o.quote.source.id])).toEqual([
      ['postponed', 'report'],
    ]);
    expect(events.find((e) => e.date === '2025-06-18')?.future).toBe(true);
  });
});
