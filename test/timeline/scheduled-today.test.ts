/**
 * Present-simple timetables ("tickets go on sale May 1"), yearless ranges that keep their end,
 * and "today" as the publication day. Invented articles only.
 */
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/engine/types.js';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const shown = (events: TimelineEvent[]) =>
  events.map(
    (e) =>
      `${e.date}${e.end ? `/${e.end}` : ''}${e.yearStated ? '' : ' no-year'}${e.future ? ' future' : ''}`,
  );
const one = (published: string | null, sentence: string) =>
  shown(buildTimeline(articleOf(published, sentence)));

describe('a scheduled event in the present simple lies ahead', () => {
  it.each([
    ['General tickets for the harbour regatta go on sale May 1.', '--05-01 no-year future'],
    ['The lantern exhibition opens on June 12 at the harbour museum.', '--06-12 no-year future'],
    ['The ferry season starts on April 3, the operator said.', '--04-03 no-year future'],
  ])('"%s"', (sentence, want) => {
    expect(one(null, sentence)).toEqual([want]);
  });

  it('dates a weekday ahead from it', () => {
    // Published Wednesday 2024-01-17.
    expect(one('2024-01-17', 'The harbour exhibition opens on Friday at the museum.')).toEqual([
      '2024-01-19 future',
    ]);
  });

  it('is not read into past tenses, infinitives or adjectives', () => {
    expect(one(null, 'The ferry season started on April 3 after the repairs.')).toEqual([
      '--04-03 no-year',
    ]);
    expect(one(null, 'The harbour museum is open on May 4 for the lantern fair.')).toEqual([
      '--05-04 no-year',
    ]);
    expect(one(null, 'The ferry talks did not start on May 4 as the union wanted.')).toEqual([
      '--05-04 no-year',
    ]);
  });
});

describe('a range without a year keeps its end', () => {
  it.each([
    ['The regatta runs from June 3 to June 7 at the harbour.', '--06-03/--06-07 no-year future'],
    [
      'The ferry terminal will close between 12 and 14 May for repairs.',
      '--05-12/--05-14 no-year future',
    ],
    ['Crews worked on the flooded quay from March 30 to April 2.', '--03-30/--04-02 no-year'],
  ])('"%s"', (sentence, want) => {
    expect(one(null, sentence)).toEqual([want]);
  });
});

describe('"today" is the publication day', () => {
  it.each([
    [
      'Schools in the harbour district were closed on Tuesday and reopened today.',
      ['2024-01-16', '2024-01-17'],
    ],
    ['The ferry terminal reopened today after the storm damage.', ['2024-01-17']],
    ['The harbour board meets today to discuss the storm budget.', ['2024-01-17']],
  ])('"%s"', (sentence, want) => {
    expect(one('2024-01-17', sentence)).toEqual(want);
  });

  it('not inside a quotation, not as "of today", not without a publication day', () => {
    expect(
      one('2024-01-17', '"We reopen the ferry terminal today," the harbour master said.'),
    ).toEqual([]);
    expect(one('2024-01-17', 'The children of today need safer harbours, the mayor said.')).toEqual(
      [],
    );
    expect(one(null, 'The ferry terminal reopened today after the storm damage.')).toEqual([]);
  });
});

describe('"today" with a copula in the present is the present, not an event', () => {
  // Published Wednesday 2024-01-17.
  it.each([
    'Today the harbour town is quiet.',
    'The ferry terminal is closed today after the storm.',
    'Today the ferry terminal remains shut to passengers.',
    'The island ferry stays in port today, the operator said.',
    'Today it seems calm in the harbour town.',
  ])('no entry for "%s"', (sentence) => {
    expect(one('2024-01-17', sentence)).toEqual([]);
  });

  it.each([
    // An event verb in the present: a timetable or a report of the day.
    'The council votes today on the harbour budget.',
    'Today the council holds its first meeting since the storm.',
    // A progressive: under way today.
    'The road to the harbour is being gritted today.',
    // "Today" as the subject: the occasion is today.
    'Today is polling day in the harbour town.',
    // The copula is in another clause.
    'The council votes today on whether the harbour budget is enough.',
    'The council votes today on the budget, which is late.',
    // A past copula: no present state.
    'The ferry terminal was closed today after the storm.',
  ])('the publication day for "%s"', (sentence) => {
    expect(one('2024-01-17', sentence)).toEqual(['2024-01-17']);
  });

  it('not under a future cue: "is expected today"', () => {
    expect(one('2024-01-17', 'The harbour vote is expected today, the board said.')).toEqual([
      '2024-01-17 future',
    ]);
  });

  it('keeps the other dates of the sentence', () => {
    expect(
      one('2024-01-17', 'Today the harbour is quiet, but the ferry sank on 3 January.'),
    ).toEqual(['2024-01-03']);
  });
});
