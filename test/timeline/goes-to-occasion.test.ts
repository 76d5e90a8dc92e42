/**
 * "goes to a vote on 14 March", "goes to trial on 14 March": the present simple of a matter sent
 * to an occasion on its day is a timetable, ahead of the time of writing (scheduled-present.ts),
 * so a year the sentence names for another clause ("was drawn up in 2024 and goes to a vote on
 * 14 March") does not put the vote before publication. The past "went to a vote" is behind.
 * Tested either side of the year's end. Invented Denby sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const datesOf = (published: string, sentence: string) =>
  buildTimeline(articleOf(published, sentence)).map((e) => `${e.date}${e.future ? ' future' : ''}`);

describe('a matter going to an occasion', () => {
  it.each([
    [
      '2025-02-02',
      'The Denby pool plan was drawn up in 2024 and goes to a vote on 14 March.',
      ['2024', '2025-03-14 future'],
    ],
    [
      '2024-12-20',
      'The Denby pool plan was drawn up in 2024 and goes to a vote on 14 March.',
      ['2024', '2025-03-14 future'],
    ],
    ['2025-06-01', 'The Denby assault case goes to trial on 14 March.', ['2026-03-14 future']],
    ['2025-06-01', 'The Denby pool plan went to a vote on 14 March.', ['2025-03-14']],
  ])('published %s: "%s"', (published, sentence, expected) => {
    expect(datesOf(published, sentence)).toEqual(expected);
  });
});
