/**
 * "postponed from 4 May to 18 June": the slot given up is no event, but it is the day of the plan
 * the move is the outcome of (postponed-slot.ts): a later report so told is linked to the planned
 * entry of that day (later-outcome.ts), and its new date is an entry of its own, expected; a slot
 * no planned entry shows is an entry of its own, the day of a plan since changed (`givenUp`).
 * Invented dock-strike and library sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { corpusOf, one } from './fixtures.js';

const PLAN = one('plan', '2026-04-20', 'The dockers union will strike on 4 May over pay.');

/** Each entry as "date future?: sources", with its outcomes as "↳ outcome: source". */
function entries(report: string): string[] {
  return buildTimeline(corpusOf(PLAN, one('report', '2026-04-28', report))).map(
    (e) =>
      `${e.date}${e.future ? ' future' : ''}${e.givenUp ? ' given up' : ''}: ${e.quotes.map((q) => q.source.id).join(', ')}` +
      (e.outcomes ?? []).map((o) => ` ↳ ${o.outcome}: ${o.quote.source.id}`).join(''),
  );
}

describe('a later report that a plan was postponed from its day', () => {
  it.each([
    'The dockers strike has been postponed from 4 May to 18 June.',
    'The union postponed the strike from 4 May to 18 June.',
    "The union has postponed the dockers' strike from 4 May to 18 June.",
  ])('is linked to the plan, its new date an entry of its own: "%s"', (report) => {
    expect(entries(report)).toEqual([
      '2026-05-04 future: plan ↳ postponed: report',
      '2026-06-18 future: report',
    ]);
  });

  it('is not linked when the event moved is another one, its slot the day of its own plan', () => {
    expect(entries('The council meeting has been postponed from 4 May to 18 June.')).toEqual([
      '2026-05-04 future: plan',
      '2026-05-04 given up: report',
      '2026-06-18 future: report',
    ]);
  });

  it('is linked as moved, not postponed, when the plan was brought forward', () => {
    expect(entries('The strike was brought forward from 4 May to 1 May.')).toEqual([
      '2026-05-01 future: report',
      '2026-05-04 future: plan ↳ moved: report',
    ]);
  });
});

describe('a postponement told by a verbal noun or in a content clause', () => {
  const LIBRARY = one(
    'plan',
    '2026-04-20',
    'Fellside library will reopen on 12 May after repairs.',
  );

  /** Each entry of the plan and `report` (published Tuesday 28 April 2026), as in `entries`. */
  function libraryEntries(report: string): string[] {
    return buildTimeline(corpusOf(LIBRARY, one('report', '2026-04-28', report))).map(
      (e) =>
        `${e.date}${e.future ? ' future' : ''}${e.givenUp ? ' given up' : ''}: ${e.quotes.map((q) => q.source.id).join(', ')}` +
        (e.outcomes ?? []).map((o) => ` ↳ ${o.outcome}: ${o.quote.source.id}`).join(''),
    );
  }

  it('links "the reopening" to a plan to reopen: the -ing noun names its verb\'s act', () => {
    expect(
      libraryEntries('The reopening of the library has been pushed back from 12 May to 19 May.'),
    ).toEqual(['2026-05-12 future: plan ↳ postponed: report', '2026-05-19 future: report']);
  });

  it('dates the act of moving by its own time, the slot only as the plan it was', () => {
    expect(
      libraryEntries(
        'The council confirmed on Tuesday that the reopening had been pushed back from 12 May to 19 May.',
      ),
    ).toEqual([
      '2026-04-28: report',
      '2026-05-12 future: plan ↳ postponed: report',
      '2026-05-19 future: report',
    ]);
  });

  it('reads the subject of the content clause, not of the clause reporting it', () => {
    expect(
      entries(
        'The union confirmed on Tuesday that the walkout had been postponed from 4 May to 18 June.',
      ),
    ).toEqual([
      '2026-04-28: report',
      '2026-05-04 future: plan ↳ postponed: report',
      '2026-06-18 future: report',
    ]);
  });

  it('links no event the reporting clause names when the content clause moves another', () => {
    expect(
      entries(
        'The union confirmed on Tuesday that the council meeting had been postponed from 4 May to 18 June.',
      ),
    ).toEqual([
      '2026-04-28: report',
      '2026-05-04 future: plan',
      '2026-05-04 given up: report',
      '2026-06-18 future: report',
    ]);
  });

  it('reads a noun taking an appositive that-clause as part of the subject, not a verb of saying', () => {
    // "fears" heads "the vote on fears that …": the vote was postponed, not the strike.
    expect(
      entries(
        'The vote on fears that the walkout would spread has been postponed from 4 May to 18 June.',
      ),
    ).toEqual([
      '2026-05-04 future: plan',
      '2026-05-04 given up: report',
      '2026-06-18 future: report',
    ]);
  });

  it('keeps a relative clause on the subject, after no verb of saying, part of it', () => {
    expect(
      entries('The walkout that the dockers had called has been postponed from 4 May to 18 June.'),
    ).toEqual(['2026-05-04 future: plan ↳ postponed: report', '2026-06-18 future: report']);
  });

  it('links no other act told by an -ing noun: its slot the day of its own plan', () => {
    expect(
      libraryEntries('The resurfacing of the car park has been pushed back from 12 May to 19 May.'),
    ).toEqual([
      '2026-05-12 future: plan',
      '2026-05-12 given up: report',
      '2026-05-19 future: report',
    ]);
  });
});
