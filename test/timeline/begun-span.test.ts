/**
 * A span told by its beginning and its end under one subject ("would begin at 05:00 on Monday 15
 * June and last until 05:00 on Thursday 18 June") is one entry from the first day to the last, as
 * "from … to …" is; a time of day before either day leaves it as it is. Near misses: a second
 * subject, or a second verb that is no verb of lasting or ending, leaves two acts on two days.
 * Invented bus-strike sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

/** Tuesday 2 June 2026. */
const PUBLISHED = '2026-06-02';
const entries = (sentence: string, published: string | null = PUBLISHED) =>
  buildTimeline(articleOf(published, sentence)).map((e) =>
    [e.date, e.end ?? '', e.future ? 'future' : 'past'].join(' '),
  );

describe('a span told by its beginning and its end', () => {
  it.each([
    'The union said the strike would begin at 05:00 on Monday 15 June and last until 05:00 on Thursday 18 June.',
    'The union said the strike would begin on Monday 15 June and last until Thursday 18 June.',
    'The drivers will start on 15 June and end on 18 June.',
    'The strike is to begin at 6pm on 15 June and run until midnight on 18 June.',
  ])('is one range: %j', (sentence) => {
    expect(entries(sentence)).toEqual(['2026-06-15 2026-06-18 future']);
  });

  it('is one range in the past, of days or of months', () => {
    expect(
      entries('The strike began on Monday 1 June and lasted until Thursday 4 June.', '2026-06-10'),
    ).toEqual(['2026-06-01 2026-06-04 past']);
    expect(entries('The strike began in March and ended in May.', '2026-06-10')).toEqual([
      '2026-03 2026-05 past',
    ]);
  });

  it('is under way when its end is told as still ahead: begun by publication, ending after it', () => {
    expect(
      entries(
        'Work on the new culvert began in May and is due to finish in November.',
        '2026-07-22',
      ),
    ).toEqual(['2026-05 2026-11 past']);
    expect(
      entries('The roadworks started in March and will run until October.', '2026-07-22'),
    ).toEqual(['2026-03 2026-10 past']);
    // Told as over, the span ended by publication: last year's May to November.
    expect(
      entries('Work on the new culvert began in May and finished in November.', '2026-07-22'),
    ).toEqual(['2025-05 2025-11 past']);
  });

  it("lends its end's year to its start", () => {
    expect(
      entries('The strike began on 30 December and lasted until 2 January 2026.', null),
    ).toEqual(['2025-12-30 2026-01-02 past']);
  });
});

describe('two acts on two days', () => {
  it('stay two entries when the second has a subject of its own', () => {
    expect(
      entries(
        'The strike would begin on Monday 15 June and the talks would last until Thursday 18 June.',
      ),
    ).toEqual(['2026-06-15  future', '2026-06-18  future']);
  });

  it('stay two entries when the second verb tells another act', () => {
    expect(
      entries('The strike began on 1 June and was suspended on 4 June.', '2026-06-10'),
    ).toEqual(['2026-06-01  past', '2026-06-04  past']);
  });
});
