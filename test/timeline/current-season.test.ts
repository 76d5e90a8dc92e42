/**
 * A season is a span of three months, not its first month: a statement about the future names
 * the season that has not yet ended at the time of writing ("will pause during the summer",
 * published 1 July, is this summer), and "last summer" the one that had ended by then. The
 * same holds for a month ("later in July", published in July). Winter's year is that of its
 * December. Invented harbour sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import type { TimelineEvent } from '../../src/engine/types.js';
import { articleOf } from './fixtures.js';

const shown = (e: TimelineEvent) => [e.date, e.precision, e.future];
const eventsOf = (published: string, sentence: string) =>
  buildTimeline(articleOf(published, sentence)).map(shown);

describe('a future season or month that contains the publication date', () => {
  it.each([
    ['2025-07-01', 'Dredging in the harbour will pause during the summer festival.', '2025-06'],
    ['2025-08-31', 'Dredging in the harbour will pause in the summer.', '2025-06'],
    ['2026-01-15', 'Dredging in the harbour will pause in the winter.', '2025-12'],
    ['2026-02-28', 'Dredging in the harbour will pause in the winter.', '2025-12'],
  ])('published %s: "%s" is this season', (published, sentence, date) => {
    expect(eventsOf(published, sentence)).toEqual([[date, 'season', true]]);
  });
  it('"later in July", published in July, is this July', () => {
    expect(eventsOf('2025-07-10', 'Dredging in the harbour will pause later in July.')).toEqual([
      ['2025-07', 'month', true],
    ]);
  });
});

describe('seasons on either side of the time of writing', () => {
  it.each([
    ['2025-09-01', 'Dredging in the harbour will pause in the summer.', '2026-06', true],
    ['2026-03-01', 'Dredging in the harbour will pause in the winter.', '2026-12', true],
    ['2025-07-01', 'Dredging in the harbour will pause next summer.', '2026-06', true],
    ['2025-07-01', 'Dredging in the harbour paused last summer.', '2024-06', false],
    ['2025-09-01', 'Dredging in the harbour paused last summer.', '2025-06', false],
    ['2026-01-15', 'Dredging in the harbour paused last winter.', '2024-12', false],
    ['2026-03-15', 'Dredging in the harbour paused last winter.', '2025-12', false],
    ['2025-07-01', 'Dredging in the harbour paused in the summer.', '2025-06', false],
  ])('published %s: "%s" is %s', (published, sentence, date, future) => {
    expect(eventsOf(published, sentence)).toEqual([[date, 'season', future]]);
  });
});
