/**
 * A present of timetable or arrangement said of the publication day ("opens today") happens on
 * that day: not expected. Invented articles only.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

// Published Monday 2026-06-01.
const one = (sentence: string) =>
  buildTimeline(articleOf('2026-06-01', sentence)).map(
    (e) => `${e.date}${e.future ? ' future' : ''}`,
  );

describe('a present of timetable or arrangement on the day of writing', () => {
  it.each([
    'A consultation on bin collections in Orlby opens today.',
    'Tickets for the Orlby lantern fair go on sale today.',
    'The Orlby bowls club is holding a bake sale this morning.',
    'The new footbridge at Orlby reopens earlier today than planned, the council said.',
  ])('"%s" happens on the publication day', (sentence) => {
    expect(one(sentence)).toEqual(['2026-06-01']);
  });

  it.each([
    // A clear future marker keeps it expected.
    'A consultation on bin collections in Orlby will open today.',
    'The Orlby bowls club is expected to hold a bake sale today.',
    // The hour of writing is not stated: the evening may still lie ahead.
    'The Orlby lantern fair opens tonight at the quay.',
    'The Orlby lantern fair opens later today at the quay.',
  ])('"%s" stays expected', (sentence) => {
    expect(one(sentence)).toEqual(['2026-06-01 future']);
  });

  it('a later day in the same present is still ahead', () => {
    // Friday after Monday 1 June.
    expect(one('A consultation on bin collections in Orlby opens on Friday.')).toEqual([
      '2026-06-05 future',
    ]);
  });
});
