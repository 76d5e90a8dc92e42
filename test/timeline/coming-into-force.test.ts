/**
 * "comes into force", "goes into effect", "enters into force": in the present simple, the day a
 * rule starts to hold is a timetable, ahead of the time of writing, as "takes effect on the
 * 24th" is (scheduled-present.ts); the past "came into force" is behind. Before the patch, with
 * no marker read, the nearer year put a January of the present tense behind publication in June.
 * Invented harbour-by-law sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const datesOf = (published: string, sentence: string) =>
  buildTimeline(articleOf(published, sentence)).map((e) => `${e.date}${e.future ? ' future' : ''}`);

describe('a rule coming into force', () => {
  it.each([
    ['2025-06-06', 'The harbour mooring ban comes into force on 1 January.', '2026-01-01 future'],
    ['2025-06-06', 'The harbour mooring ban comes into force from 1 January.', '2026-01-01 future'],
    ['2025-06-06', 'The new harbour rules go into effect on 1 January.', '2026-01-01 future'],
    ['2025-06-06', 'The harbour treaty enters into force on 1 January.', '2026-01-01 future'],
    // Either side of the year's end: ahead is the coming January, behind the one just past.
    ['2024-12-20', 'The harbour mooring ban comes into force on 1 January.', '2025-01-01 future'],
    ['2025-01-05', 'The harbour mooring ban came into force on 1 January.', '2025-01-01'],
    ['2025-06-06', 'The harbour mooring ban came into force on 1 January.', '2025-01-01'],
  ])('published %s: "%s" is %s', (published, sentence, expected) => {
    expect(datesOf(published, sentence)).toEqual([expected]);
  });
});
