/**
 * Dates that tell no event of their own (session 72), on invented street-closure sentences:
 * - the alternative a new date replaces, after "rather than" or "instead of", with or without a
 *   year the article states (comparison-standard.ts);
 * - "the same day" under "every" or "each", one day for each member, not the narrative's day
 *   (date-rules.ts).
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import type { TimelineEvent } from '../../src/engine/types.js';
import { corpusOf } from './fixtures.js';

const shown = (e: TimelineEvent) => (e.end ? `${e.date}/${e.end}` : e.date);
const datesOf = (published: string | null, ...sentences: string[]) =>
  buildTimeline(corpusOf({ published, paragraphs: [sentences] })).map(shown);

describe('the date a new one replaces is no entry', () => {
  it.each([
    [null, 'The street will now reopen on 1 May rather than 17 April.', ['--05-01']],
    [null, 'The street will now reopen on 1 May instead of 17 April.', ['--05-01']],
    ['2026-04-21', 'The street will now reopen on 1 May instead of 17 April.', ['2026-05-01']],
    ['2026-04-21', 'The street will now reopen on 1 May instead of on 17 April.', ['2026-05-01']],
  ])('published %s: "%s" → %j', (published, sentence, dates) => {
    expect(datesOf(published, sentence)).toEqual(dates);
  });

  it('"instead of" before a noun leaves the clause\'s own date', () => {
    const sentence = 'Instead of a vote, the council held a debate on 17 April.';
    expect(datesOf('2026-04-21', sentence)).toEqual(['2026-04-17']);
  });
});

describe('"the same day" under "every" or "each" is no day of the narrative', () => {
  it('"the following day" under "each" is still the narrative\'s next day', () => {
    const dates = datesOf(
      '2026-04-14',
      'The wall fell on 10 April.',
      'Each councillor visited the following day.',
    );
    expect(dates).toEqual(['2026-04-10', '2026-04-11']);
  });

  it.each([
    'Every report would be checked the same day by an engineer.',
    'Residents were told that each call would be answered the same day.',
  ])('no entry for "%s" after a dated sentence', (sentence) => {
    const dates = datesOf('2026-04-14', 'The closure is expected to end on 17 April.', sentence);
    expect(dates).toEqual(['2026-04-17']);
  });

  it.each([
    'Police closed every road into the village the same day.',
    'Crews cleared each street of rubble the same day.',
  ])('a quantified object binds nothing: "%s" is the narrative day', (sentence) => {
    expect(datesOf('2026-04-14', 'The wall fell on 10 April.', sentence)).toEqual([
      '2026-04-10',
      '2026-04-10',
    ]);
  });

  it('a plain "the same day" is still the narrative day', () => {
    const dates = datesOf(
      '2026-04-14',
      'The wall fell on 10 April.',
      'Engineers came the same day.',
    );
    expect(dates).toEqual(['2026-04-10', '2026-04-10']);
  });
});
