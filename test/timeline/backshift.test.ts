/**
 * Backshift in indirect speech (Quirk et al. 1985, 14.31–14.33): after a past verb of saying, a
 * reported "was unlikely to" is the speaker's "is unlikely to", and what it predicts lies ahead
 * of the saying. The saying told as news's latest word (undated, or on a day counted from
 * publication) puts it ahead of writing: a bound at a season or month is the next one to begin.
 * Invented grandstand sentences, published Monday 2 June 2025 (Tuesday is 27 May).
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import type { TimelineEvent } from '../../src/engine/types.js';
import { articleOf } from './fixtures.js';

const shown = (e: TimelineEvent) => `${e.date}${e.future ? ' ahead' : ''}`;
const eventsOf = (published: string, sentence: string) =>
  buildTimeline(articleOf(published, sentence)).map(shown);

describe('a prediction backshifted in reported speech', () => {
  it.each([
    [
      'The council said on Tuesday that the stand was unlikely to reopen before the autumn.',
      ['2025-05-27', '2025-09 ahead'],
    ],
    [
      'The council said on Tuesday the stand was unlikely to reopen before October.',
      ['2025-05-27', '2025-10 ahead'],
    ],
    [
      'The council said last week that the stand was unlikely to reopen before the spring.',
      ['2026-03 ahead'],
    ],
    [
      'The stand was unlikely to reopen before the autumn, the council said on Tuesday.',
      ['2025-05-27', '2025-09 ahead'],
    ],
    [
      'The council said in a statement on Tuesday that the stand was unlikely to reopen until the autumn.',
      ['2025-05-27', '2025-09 ahead'],
    ],
    [
      'Residents were told on Tuesday that the pool was going to reopen in September.',
      ['2025-05-27', '2025-09 ahead'],
    ],
    [
      'The council said on Tuesday that the work was unlikely to finish by the end of the year.',
      ['2025 ahead', '2025-05-27'],
    ],
    [
      'The council said on Tuesday that the stand was expected to reopen next week.',
      ['2025-05-27', '2025-06 ahead'],
    ],
  ])('"%s"', (sentence, dates) => {
    expect(eventsOf('2025-06-02', sentence)).toEqual(dates);
  });

  it('counts the next season from a saying in late autumn', () => {
    expect(
      eventsOf(
        '2025-11-20',
        'The council said on Tuesday that the stand was unlikely to reopen before the autumn.',
      ),
    ).toEqual(['2025-11-18', '2026-09 ahead']);
  });

  it('keeps the year of a saying dated further back', () => {
    expect(
      eventsOf(
        '2025-06-02',
        'The council said in 2019 that the stand was unlikely to reopen before the autumn.',
      ),
    ).toEqual(['2019', '2019-09']);
    expect(
      eventsOf(
        '2025-11-20',
        'The council said in March that the stand was unlikely to reopen before October.',
      ),
    ).toEqual(['2025-03', '2025-10']);
  });

  it('leaves a past "was likely to" outside reported speech to the past', () => {
    expect(
      eventsOf('2025-06-02', 'The minister was likely to visit the depot in the autumn.'),
    ).toEqual(['2024-09']);
  });

  it('leaves a plan seen from further back ("had been") to its own rule', () => {
    expect(
      eventsOf(
        '2025-06-02',
        'The council said on Tuesday that the vote had been likely to fall in May.',
      ),
    ).toEqual(['2025-05', '2025-05-27']);
  });
});
