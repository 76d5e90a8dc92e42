/**
 * A plan told in the past perfect ("had been due to strike on 2 November") is a plan seen from a
 * later past point, one not carried out: its day is no longer expected, whatever side of
 * publication it lies on. Reported speech with no fate told ("said the vote had been set for
 * 2 November") may still lie ahead. Invented articles only.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

/** Published Tuesday 2026-10-13. */
const TUESDAY = '2026-10-13';
const dates = (sentence: string) =>
  buildTimeline(articleOf(TUESDAY, sentence)).map((e) => `${e.date}${e.future ? ' future' : ''}`);

describe('a plan in the past perfect', () => {
  it.each([
    ['The drivers had been due to strike on 2 November.', '2026-11-02'],
    ['The ballot had been due to take place on 2 November but was postponed.', '2026-11-02'],
    ['The depot had been scheduled to reopen in December.', '2026-12'],
  ])('"%s" is not expected', (sentence, want) => {
    expect(dates(sentence)).toEqual([want]);
  });

  it('keeps reported speech with no fate told in doubt, ahead by its date', () => {
    expect(dates('The union said the ballot had been set for 2 November.')).toEqual([
      '2026-11-02 future',
    ]);
  });
});
