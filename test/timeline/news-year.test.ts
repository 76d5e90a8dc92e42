/**
 * The year of a yearless date in a dated news article: the publication date, read with the
 * clause's tense, not a different year an earlier sentence names (HeidelTime's news genre).
 * Invented harbour articles.
 */
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/engine/types.js';
import { buildTimeline } from '../../src/timeline/index.js';
import { corpusOf } from './fixtures.js';

const shown = (e: TimelineEvent) =>
  `${e.date}${e.end ? `..${e.end}` : ''}${e.future ? ' future' : ''}`;
const datesOf = (published: string | null, ...paragraphs: string[][]) =>
  buildTimeline(corpusOf({ published, paragraphs })).map(shown);

describe('a yearless date takes the publication year, not an earlier sentence’s', () => {
  it('a year in the previous paragraph does not carry over', () => {
    expect(
      datesOf(
        '2025-08-22',
        ['The ferry company filed accounts for the year to 31 March 2024.'],
        ['The island service was suspended on 3 July, after the engine failed.'],
      ),
    ).toEqual(['2024-03-31', '2025-07-03']);
  });

  it('a year in the previous sentence does not carry over either', () => {
    expect(
      datesOf('2025-08-22', [
        'The quay was built in 2019.',
        'The island service was suspended on 3 July.',
      ]),
    ).toEqual(['2019', '2025-07-03']);
  });

  it.each([
    // Within its own sentence the year still carries.
    [
      '2025-08-22',
      [['In 2019 the quay opened on 3 July and closed in December.']],
      ['2019', '2019-07-03', '2019-12'],
    ],
    // An earlier sentence in the publication year agrees with it.
    [
      '2021-09-10',
      [['The barrier was approved in January.', 'In June, a leaked document forecast an overrun.']],
      ['2021-01', '2021-06'],
    ],
  ])('look-alike (published %s) keeps the narrative year', (published, paragraphs, dates) => {
    expect(datesOf(published, ...paragraphs)).toEqual(dates);
  });
});

describe('tense cues around a yearless date', () => {
  it('"had been due to" is a plan seen from the past: the coming August, expected', () => {
    // The past perfect alone tells no fate of the plan (unfulfilled-plan.test.ts).
    expect(
      datesOf('2025-07-03', [
        'The regatta had been due to take place in the harbour from 8 to 10 August.',
      ]),
    ).toEqual(['2025-08-08..2025-08-10 future']);
  });

  it('"refunds promised in July" dates the promise, in the past', () => {
    expect(
      datesOf('2025-08-22', ['The ferry firm said refunds promised in July had not been paid.']),
    ).toEqual(['2025-07']);
  });

  it('"promised to … in July" still puts the promised thing ahead', () => {
    expect(datesOf('2025-05-22', ['The ferry firm promised to pay the refunds in July.'])).toEqual([
      '2025-07 future',
    ]);
  });
});

describe('no event', () => {
  it('a correction notice’s stamp is page furniture', () => {
    expect(
      datesOf('2025-10-08', [
        'Correction: An earlier version of this article gave the skipper’s age as 52.',
        'This article was amended on 9 October.',
      ]),
    ).toEqual([]);
  });

  it('an amendment of something else is an event', () => {
    expect(datesOf('2025-10-08', ['The harbour bylaw was amended on 1 October.'])).toEqual([
      '2025-10-01',
    ]);
  });

  it.each([
    'From Monday 6 October, garden waste will be collected every other Tuesday.',
    'From Monday 6 October, the ferry will call on alternate Tuesdays.',
  ])('a recurring weekday is a habit: %s', (sentence) => {
    expect(datesOf('2025-09-25', [sentence])).toEqual(['2025-10-06 future']);
  });

  it('a plain weekday is still dated', () => {
    expect(datesOf('2025-09-25', ['The ferry will call on Tuesday.'])).toEqual([
      '2025-09-30 future',
    ]);
  });
});
