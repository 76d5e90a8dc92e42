/**
 * An adverb of frequency graded by a comparative ("less often", "more frequently") under a
 * future verb group tells a change ahead, not a habit: "Ferries will run less often in the
 * summer" names the one summer ahead of the time of writing (Quirk et al. 1985, 4.20ff, on
 * future reference; 7.88 on comparison: the standard is the frequency now). In the present the
 * standard is the rest of the year, and the clause states a habit, no event; in the past it
 * tells what happened over a stated time. The adverb's premodifiers belong to its phrase, so
 * the verb group is read before them ("ran less often": a past). Invented ferry sentences.
 */
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/engine/types.js';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const shown = (e: TimelineEvent) => [e.date, e.precision, e.future];
const eventsOf = (published: string | null, sentence: string) =>
  buildTimeline(articleOf(published, sentence)).map(shown);

describe('a comparative of frequency under a future verb group', () => {
  it.each([
    ['2025-03-10', 'Ferries will run less often in the summer.', '2025-06'],
    ['2025-09-01', 'Ferries will run less often in the summer.', '2026-06'],
    ['2025-03-10', 'Ferries will run more frequently in the winter.', '2025-12'],
    ['2025-03-10', 'Ferries are going to run less often in the summer.', '2025-06'],
    ['2025-03-10', 'Ferries are to run less often in the summer.', '2025-06'],
    ['2025-03-10', 'The operator said ferries would run less often in the summer.', '2025-06'],
  ])('published %s: "%s" is the season ahead, %s', (published, sentence, date) => {
    expect(eventsOf(published, sentence)).toEqual([[date, 'season', true]]);
  });

  it('dates nothing without a publication date', () => {
    expect(eventsOf(null, 'Ferries will run less often in the summer.')).toEqual([]);
  });
});

describe('a habit stays undated', () => {
  it.each([
    // The present: less often than in the rest of the year, every year.
    'Ferries run less often in the summer.',
    'Ferries run more often in the summer than in the winter.',
    // No comparative: "will" of a habit predicted, left as before.
    'Ferries will often be late in the summer.',
    // "would" of the remembered past, and a usuality adverb beside the comparative.
    'In those days ferries would run less often in the summer.',
    'Ferries would usually run less often in the summer.',
  ])('"%s"', (sentence) => {
    expect(eventsOf('2025-03-10', sentence)).toEqual([]);
  });
});

describe('the verb group read before the adverb’s whole phrase', () => {
  it.each(['Ferries ran less often in the summer.', 'Ferries ran very often in the summer.'])(
    '"%s" tells the summer before publication',
    (sentence) => {
      expect(eventsOf('2025-03-10', sentence)).toEqual([['2024-06', 'season', false]]);
    },
  );
});
