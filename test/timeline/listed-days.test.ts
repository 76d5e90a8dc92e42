/**
 * Days listed with one month ("2 and 3 November", "2, 3 and 4 November", "2 and 9 November"):
 * days in a row are one stretch from its first day; days apart are each a date. Invented
 * articles only.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

/** Published Wednesday 2026-10-14. */
const PUBLISHED = '2026-10-14';
const dates = (sentence: string) =>
  buildTimeline(articleOf(PUBLISHED, sentence)).map(
    (e) => `${e.date}${e.end ? `..${e.end}` : ''}${e.future ? ' future' : ''}`,
  );

describe('days listed in a row', () => {
  it.each([
    ['A two-day stoppage is planned for 2 and 3 November.', '2026-11-02..2026-11-03 future'],
    ['Walkouts are planned for 2, 3 and 4 November.', '2026-11-02..2026-11-04 future'],
    ['The fair will run on 20th and 21st November.', '2026-11-20..2026-11-21 future'],
    ['The depot was closed on 5 and 6 October.', '2026-10-05..2026-10-06'],
  ])('"%s" is one stretch from its first day', (sentence, want) => {
    expect(dates(sentence)).toEqual([want]);
  });
});

describe('days listed apart', () => {
  it('dates each listed day', () => {
    expect(dates('Stoppages will be held on 2 and 9 November.')).toEqual([
      '2026-11-02 future',
      '2026-11-09 future',
    ]);
  });

  it("keeps a year written at the list's end for every day", () => {
    expect(dates('Stoppages were held on 2, 3 and 9 March 2026.')).toEqual([
      '2026-03-02..2026-03-03',
      '2026-03-09',
    ]);
  });
});
