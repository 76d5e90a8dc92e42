/**
 * A month or season bounded at its onset ("before the autumn", "by the summer", "not until the
 * spring", "before October"), told as ahead of writing, is the next one to begin after the
 * publication day: the bound is its first day, which a bound still ahead has not reached. Under
 * no past verb "before" is such a bound, as "by" and "until" are ("is unlikely to reopen before
 * the autumn"). A season in a past clause is the last one. Winter, counted by its December: said
 * in February, "before the winter" is the winter from the next December, since the one under way
 * has already begun. "is likely to" (or "unlikely to") and a verb is a prediction, ahead like
 * "is expected to". Invented depot sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import type { TimelineEvent } from '../../src/engine/types.js';
import { articleOf } from './fixtures.js';

const shown = (e: TimelineEvent) => [e.date, e.future];
const eventsOf = (published: string, sentence: string) =>
  buildTimeline(articleOf(published, sentence)).map(shown);

describe('a bound at a season or month ahead of writing', () => {
  it.each([
    ['The paper says the depot is unlikely to reopen before the autumn.', '2025-09'],
    ['The depot will not reopen before the autumn.', '2025-09'],
    ['The depot is unlikely to reopen before October.', '2025-10'],
    ['The depot should reopen by the summer.', '2025-06'],
    ['The depot will not reopen until the spring.', '2025-03'],
    ['The depot will not reopen before the winter.', '2025-12'],
    ['The depot will not reopen before February.', '2026-02'],
  ])('published 25 February 2025: "%s" is %s', (sentence, date) => {
    expect(eventsOf('2025-02-25', sentence)).toEqual([[date, true]]);
  });

  it('is still this season when the bound is a part of it', () => {
    expect(eventsOf('2025-02-25', 'The depot will reopen before the end of the winter.')).toEqual([
      ['2024-12', true],
    ]);
  });

  it('leaves a season said ahead without a bound to the season under way', () => {
    expect(eventsOf('2025-01-15', 'The depot will stay shut during the winter.')).toEqual([
      ['2024-12', true],
    ]);
  });
});

describe('"be likely to", a prediction', () => {
  it.each([
    ['The depot is likely to reopen in the autumn.', '2025-09', true],
    ['The depot is unlikely to reopen in the autumn.', '2025-09', true],
    // Seen from the past, it tells no side of publication by itself: the past governs.
    ['The minister was likely to visit the depot in the autumn.', '2024-09', false],
  ])('published 25 February 2025: "%s" is %s', (sentence, date, future) => {
    expect(eventsOf('2025-02-25', sentence)).toEqual([[date, future]]);
  });
});

describe('a season in a past clause', () => {
  it.each([
    ['The roof was repaired in the autumn.', '2024-09'],
    ['The roof was repaired before the autumn.', '2024-09'],
    ['The roof was repaired in the winter.', '2024-12'],
  ])('published 25 February 2025: "%s" is the last one, %s', (sentence, date) => {
    expect(eventsOf('2025-02-25', sentence)).toEqual([[date, false]]);
  });

  it('keeps "two days before" an offset, not a bound', () => {
    expect(
      eventsOf('2025-02-25', 'The roof was inspected two days before 31 January.').map((e) => e[0]),
    ).toEqual(['2025-01-29']);
  });
});
