/**
 * One sentence, one event: a vaguer date the sentence restates more precisely in apposition
 * ("Earlier this month, on 2 September") and "today" as the present set against a past event
 * ("Today the reef is marked by buoys installed in July") add no entry of their own; two dated
 * events of one sentence both stay. Invented harbour sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import type { TimelineEvent } from '../../src/engine/types.js';
import { articleOf } from './fixtures.js';

const shown = (e: TimelineEvent) => (e.end ? `${e.date}/${e.end}` : e.date);
const datesOf = (published: string, ...paragraphs: string[]) =>
  buildTimeline(articleOf(published, ...paragraphs)).map(shown);

describe('a date restated more precisely in apposition is listed once, at the precise date', () => {
  it.each([
    [
      'Earlier this month, on 2 September, prosecutors charged the ferry operator with negligence.',
      ['2021-09-02'],
    ],
    [
      'On 2 September, earlier this month, prosecutors charged the ferry operator with negligence.',
      ['2021-09-02'],
    ],
    ['Last year, in March, the harbour trust sold the old pilot boat.', ['2020-03']],
    ['The quay was rebuilt in September (on the 14th) by the harbour trust.', ['2021-09-14']],
  ])('"%s" → %j (published 2021-09-20)', (sentence, dates) => {
    expect(datesOf('2021-09-20', sentence)).toEqual(dates);
  });

  it('a season restated as a range of months keeps the range', () => {
    expect(
      datesOf(
        '2021-11-20',
        'Crews on the island ferry worked double shifts during the summer season, from June to September.',
      ),
    ).toEqual(['2021-06/2021-09']);
  });

  // Published in June, the past summer season begun by then is this year's, while the past
  // range it restates has ended by publication only last year: the range governs the year.
  it.each([
    [
      '2021-06-20',
      'Crews on the island ferry worked double shifts during the summer season, from June to September.',
      ['2020-06/2020-09'],
    ],
    [
      '2021-01-10',
      'The island ferry ran a reduced timetable during the winter, from December to February.',
      ['2019-12/2020-02'],
    ],
    [
      '2021-04-10',
      'The island ferry ran a reduced timetable during the winter, from January to March.',
      ['2021-01/2021-03'],
    ],
  ])(
    "a season restated as a range of months takes the range's year (published %s)",
    (published, sentence, dates) => {
      expect(datesOf(published, sentence)).toEqual(dates);
    },
  );

  it('a season and a range of other months stay two entries: one of them is misread', () => {
    expect(
      datesOf(
        '2021-06-20',
        'The island ferry ran a reduced timetable during the summer, from October to November.',
      ),
    ).toHaveLength(2);
  });

  it('a season with its own year gives the range that year', () => {
    expect(
      datesOf(
        '2021-06-20',
        'Crews on the island ferry worked double shifts in the summer of 2019, from June to September.',
      ),
    ).toEqual(['2019-06/2019-09']);
  });
});

describe('"today" as the present, against a past event', () => {
  it('is not the publication day when a past date of the sentence tells the event', () => {
    expect(
      datesOf(
        '2021-09-20',
        'Today the reef is marked by four new lit buoys, installed by the harbour authority in July after the grounding.',
      ),
    ).toEqual(['2021-07']);
  });
});

describe('two dated events of one sentence both stay', () => {
  it.each([
    // Joined by "and": two events, even though September contains the 28th.
    [
      'The ferry operator was charged in September and convicted on 28 September.',
      ['2021-09', '2021-09-28'],
    ],
    // A past verb governs "today": the raising happened on the publication day.
    [
      'The wreck, which sank in July, was raised today by salvage crews.',
      ['2021-07', '2021-10-05'],
    ],
    // Two readings that do not overlap are not one time restated.
    ['In 2019, in March 2021, the harbour trust changed its name twice.', ['2019', '2021-03']],
  ])('"%s" → %j (published 2021-10-05)', (sentence, dates) => {
    expect(datesOf('2021-10-05', sentence)).toEqual(dates);
  });
});
