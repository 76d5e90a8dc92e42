/**
 * A verb of calling or announcing with an occasion and its day ("has called a 48-hour walkout
 * starting on Monday 2 November", "called a strike on Monday 2 November"): the day may be the
 * occasion's, so the calling's past tense does not put it before publication. Invented articles
 * only.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

/** Published Tuesday 2026-10-13. */
const TUESDAY = '2026-10-13';
const dates = (sentence: string) =>
  buildTimeline(articleOf(TUESDAY, sentence)).map((e) => `${e.date}${e.future ? ' future' : ''}`);

describe('the day of an occasion a verb of calling names', () => {
  it.each([
    [
      'The drivers’ union has called a 48-hour walkout starting on Monday 2 November.',
      '2026-11-02 future',
    ],
    ['The drivers’ union called a stoppage on Monday 2 November.', '2026-11-02 future'],
    ['The drivers’ union has announced a strike on Monday 2 November.', '2026-11-02 future'],
    ['Campaigners have organised a march on Saturday 17 October.', '2026-10-17 future'],
    ['The drivers’ union has called a stoppage on Monday.', '2026-10-19 future'],
    // A place after the occasion is the occasion's, as its day is.
    [
      'The drivers’ union has called a stoppage at the Harwick bus depot on Monday.',
      '2026-10-19 future',
    ],
    // So is its topic.
    [
      'Allotment holders have organised a meeting about the rent rise on Friday evening.',
      '2026-10-16 future',
    ],
  ])('"%s" dates the occasion', (sentence, want) => {
    expect(dates(sentence)).toEqual([want]);
  });

  it('leaves a bare weekday after a simple past in doubt (the calling may be that day)', () => {
    expect(dates('The drivers’ union called a stoppage on Monday.')).toEqual([]);
    expect(dates('The drivers’ union called a stoppage at the Harwick depot on Monday.')).toEqual(
      [],
    );
  });

  it.each([
    ['The drivers’ union held a ballot on Monday.', '2026-10-12'],
    ['The parish council named a date on Monday.', '2026-10-12'],
    // A topic of a talk, not of an occasion: the talking's day.
    ['Allotment holders talked about the rent rise on Monday.', '2026-10-12'],
  ])('"%s" keeps the verb\'s own day', (sentence, want) => {
    expect(dates(sentence)).toEqual([want]);
  });

  it('keeps a day before publication as the nearer reading', () => {
    expect(dates('The drivers’ union called a stoppage on 12 October.')).toEqual(['2026-10-12']);
  });
});

describe('"each year" as a rate, not a recurrence', () => {
  it('keeps the date of an offer that "would pay … for each year of service"', () => {
    expect(
      dates(
        'The offer, made at talks in Harwick on Tuesday 6 October, would pay staff three weeks of wages for each year of service.',
      ),
    ).toEqual(['2026-10-06']);
  });

  it('still reads "would … each winter" as a habit', () => {
    expect(dates('In January the council would grit the hill road each winter.')).toEqual([]);
  });
});
