/**
 * An occasion named by a verb in the infinitive after a past verb ("The council agreed to hold a
 * vote on 14 March"): the infinitive tells an act ahead of the agreeing, so the date is the
 * vote's day or the agreeing's, and the past says neither side of publication. An agreeing told
 * with no date is news, at or shortly before publication, so a yearless day is the next one,
 * unless the last one is recent enough to follow an agreeing (committed-act.ts); a bare weekday
 * is left undated (called-occasion.ts); "has agreed to hold" and "plans to hold" are ahead.
 * Tested on both sides of the year's end: a piece of 2 February 2025 and one of 20 December 2024
 * both put 14 March in 2025. Invented council and
 * union sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const datesOf = (published: string, sentence: string) => {
  const { events, undated } = buildTimelineDetailed(articleOf(published, sentence));
  return [...events.map((e) => e.date), ...undated.map((u) => `undated ${u.text}`)];
};

describe('an occasion in the infinitive after a past verb', () => {
  it.each([
    ['2025-02-02', 'The Denby council agreed to hold a vote on 14 March.', '2025-03-14'],
    ['2024-12-20', 'The Denby council agreed to hold a vote on 14 March.', '2025-03-14'],
    ['2025-06-01', 'The Denby council agreed to hold a vote on 14 March.', '2026-03-14'],
    // The last 14 March is recent enough for an agreeing before it: either year may be meant.
    ['2025-03-20', 'The Denby council agreed to hold a vote on 14 March.', 'undated 14 March'],
    [
      '2024-12-20',
      'The Denby union voted unanimously to stage a strike on 14 March.',
      '2025-03-14',
    ],
    // A bare weekday whose side nothing says is not dated.
    ['2025-06-04', 'The Denby council agreed to hold a vote on Thursday.', 'undated Thursday'],
  ])('published %s: "%s" is %s', (published, sentence, expected) => {
    expect(datesOf(published, sentence)).toEqual([expected]);
  });
});

describe('an occasion in the infinitive after a commitment that holds now', () => {
  it.each([
    ['2025-06-01', 'The Denby council has agreed to hold a vote on 14 March.', '2026-03-14'],
    ['2025-06-01', 'The Denby council plans to hold a vote on 14 March.', '2026-03-14'],
    ['2025-06-01', 'The Denby council is to hold a vote on 14 March.', '2026-03-14'],
  ])('published %s: "%s" is %s', (published, sentence, expected) => {
    expect(datesOf(published, sentence)).toEqual([expected]);
  });
});
