/**
 * "Last" before "until" (or "for", "into" …) is the verb of duration, no word of the past: "would
 * begin on Monday 15 June and last until Thursday 18 June" puts both ends of the span ahead, under
 * "would". Near misses: "last week" stays a time behind, and "lasted until" is a past verb.
 * Invented ferry-strike sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

/** Tuesday 2 June 2026. */
const datesOf = (sentence: string) =>
  buildTimelineDetailed(articleOf('2026-06-02', sentence)).events.map((e) => [e.date, e.future]);

describe('"last" as the verb of duration', () => {
  it.each([
    'The crews said the ferry strike would begin at 05:00 on Monday 15 June and last until 05:00 on Thursday 18 June.',
    'The crews said the ferry strike would begin on Monday 15 June and last until Thursday 18 June.',
  ])('leaves both ends of the span ahead: "%s"', (sentence) => {
    // One range from its beginning to its end (begun-span.test.ts), ahead as a whole.
    const [span, ...rest] = buildTimelineDetailed(articleOf('2026-06-02', sentence)).events;
    expect([span?.date, span?.end, span?.future, rest.length]).toEqual([
      '2026-06-15',
      '2026-06-18',
      true,
      0,
    ]);
  });

  it('keeps "last week" behind the time of writing', () => {
    expect(datesOf('The crews said the ferry strike ended on Thursday last week.')).toEqual([
      ['2026-05-28', false],
    ]);
  });

  it('keeps "lasted until" past', () => {
    expect(datesOf('The ferry strike lasted until Thursday 28 May.')).toEqual([
      ['2026-05-28', false],
    ]);
  });
});
