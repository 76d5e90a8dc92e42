/**
 * An arrangement in the present perfect ("talks have been pencilled in for Monday") holds at the
 * time of writing, so the day it is for lies ahead: a weekday there is the next such day
 * (src/timeline/arranged-in-force.ts). Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const dated = (published: string, sentence: string) =>
  buildTimelineDetailed(articleOf(published, sentence)).events.map(
    (e) => `${e.date}${e.future ? ' future' : ''}`,
  );

// Thursday 13 March 2025: the next Monday is the 17th, the one before the 10th.
const THURSDAY = '2025-03-13';

describe('a day arranged in the present perfect', () => {
  it('dates "have been pencilled in for Monday" the next Monday, ahead', () => {
    expect(
      dated(
        THURSDAY,
        'The Kelsby Courier understands that further talks have been pencilled in for Monday.',
      ),
    ).toEqual(['2025-03-17 future']);
  });

  it('reads other verbs of arranging alike', () => {
    for (const sentence of [
      'Further talks have been scheduled for Monday.',
      'A strike has been called for Monday.',
      'The hearing has now been provisionally set for Monday.',
      'A meeting with the owners has been arranged for Monday.',
    ])
      expect(dated(THURSDAY, sentence)).toEqual(['2025-03-17 future']);
  });

  it('leaves what was done, or arranged in a further past, in the past', () => {
    expect(dated(THURSDAY, 'Talks have been held on Monday.')).toEqual(['2025-03-10']);
    expect(dated(THURSDAY, 'Talks were held on Monday.')).toEqual(['2025-03-10']);
    expect(dated(THURSDAY, 'Talks had been scheduled for Monday but were cancelled.')).toEqual([
      '2025-03-10',
    ]);
  });
});
