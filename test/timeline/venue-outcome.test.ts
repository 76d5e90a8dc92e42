/**
 * A later report links to a planned entry of its day when it names the planned event in a
 * nonrestrictive relative clause (", which had been set for 12 April,": the full form of the
 * reduced ", set for 12 April,", Quirk et al. 1985, §17.22), and when it names the event by
 * another word but places it at the same venue on the same day (one place, one time, one event:
 * Quine 1985). "In" a town is no such place: an area holds many events of a day. Invented
 * Kestrow sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { corpusOf, one } from './fixtures.js';

const entries = (plan: string, report: string) =>
  buildTimeline(corpusOf(one('plan', '2025-06-12', plan), one('report', '2025-09-05', report))).map(
    (e) => ({
      date: e.date,
      sources: e.quotes.map((q) => q.source.id),
      outcomes: e.outcomes?.map((o) => `${o.outcome} ${o.quote.source.id}`) ?? [],
      givenUp: e.givenUp === true,
    }),
  );

describe('a plan named in a relative clause', () => {
  it('links the postponement to the planned entry, told once', () => {
    expect(
      entries(
        'The Kestrow regatta will be held on 9 September 2025.',
        'The Kestrow regatta, which had been set for 9 September, has been postponed until 4 October 2025.',
      ),
    ).toEqual([
      { date: '2025-09-09', sources: ['plan'], outcomes: ['postponed report'], givenUp: false },
      { date: '2025-10-04', sources: ['report'], outcomes: [], givenUp: false },
    ]);
  });
});

describe('an event at the same venue on the same day', () => {
  it('links "the hearing at X" to "will appear at X"', () => {
    expect(
      entries(
        'Mr Tallack will appear at Kestrow Crown Court on 9 September 2025.',
        'The hearing at Kestrow Crown Court, which had been set for 9 September, has been postponed until 2 February 2026.',
      )[0],
    ).toEqual({
      date: '2025-09-09',
      sources: ['plan'],
      outcomes: ['postponed report'],
      givenUp: false,
    });
  });

  it.each([
    // Another venue.
    [
      'Mr Tallack will appear at Kestrow Crown Court on 9 September 2025.',
      'The hearing at Polwenna Magistrates Court, which had been set for 9 September, has been postponed until 2 February 2026.',
    ],
    // A town: an area, not a point.
    [
      'Teachers will strike in Kestrow on 9 September 2025.',
      'The march in Kestrow, which had been set for 9 September, has been postponed until 2 February 2026.',
    ],
  ])('links nothing else: "%s" / "%s"', (plan, report) => {
    const september = entries(plan, report).filter((e) => e.date === '2025-09-09');
    expect(september.map((e) => e.outcomes)).toEqual([[], []]);
    expect(september.map((e) => e.givenUp)).toEqual([false, true]);
  });
});
