/**
 * A claim reported and then reported denied a sentence or two later ("Residents said the pier
 * closed on Monday. … The council denied that the pier had closed.") dates no event: the
 * article establishes neither side. Invented pier and ferry reports.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf, corpusOf } from './fixtures.js';

// Wednesday 6 May 2026: Monday is 4 May.
const WEDNESDAY = '2026-05-06';
const datesOf = (...paragraphs: string[]) =>
  buildTimeline(articleOf(WEDNESDAY, ...paragraphs)).map((e) => e.date);

describe('a claim denied after it', () => {
  it('two sentences later, in paragraphs of their own, dates nothing', () => {
    expect(
      datesOf(
        'Residents said the pier closed on Monday.',
        'Ferries from Kelby were diverted to the north quay.',
        'The council denied that the pier had closed.',
      ),
    ).toEqual([]);
  });

  it('in the next sentence of the paragraph, or denied without "that", dates nothing', () => {
    const events = buildTimeline(
      corpusOf({
        published: WEDNESDAY,
        paragraphs: [
          [
            'Residents said the pier closed on Monday.',
            'The harbour board denies the pier closed at all.',
          ],
        ],
      }),
    );
    expect(events).toEqual([]);
  });

  it.each([
    [
      'the denial is of something else',
      [
        'Residents said the pier closed on Monday.',
        'Ferries from Kelby were diverted to the north quay.',
        'The council denied that the ferries had been cancelled.',
      ],
    ],
    [
      'the denial comes too late to be of it',
      [
        'Residents said the pier closed on Monday.',
        'Ferries from Kelby were diverted to the north quay.',
        'Crews checked the slipway.',
        'The council denied that the pier had closed.',
      ],
    ],
    [
      'the article itself states it, not a party',
      [
        'The pier closed on Monday after storm damage to its deck.',
        'The council denied that the pier had closed.',
      ],
    ],
  ])('is still dated when %s', (_, paragraphs) => {
    expect(datesOf(...paragraphs)).toEqual(['2026-05-04']);
  });
});
