/**
 * A plan since changed is shown as the plan it was: "The library was originally due to open in
 * September 2025" and the slot a postponement gives up ("postponed from September 2025 to March
 * 2026") are entries of that day marked `givenUp` (the day once planned), never expected and
 * never a report that the event happened then; such entries join only each other (merge.ts).
 * Invented library sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf, corpusOf, one } from './fixtures.js';

/** Published Wednesday 4 March 2026. */
const WEDNESDAY = '2026-03-04';
const entries = (...sentences: string[]) =>
  buildTimeline(articleOf(WEDNESDAY, ...sentences)).map(
    (e) => `${e.date}${e.future ? ' future' : ''}${e.givenUp ? ' given up' : ''}`,
  );

describe('the day of a plan since changed', () => {
  it.each([
    'The library was originally due to open in September 2025.',
    'The library, originally due to open in Sept 2025, will now open in March 2026.',
    'The library was initially scheduled to open in September 2025 but building work overran.',
    'The opening of the library has been postponed from September 2025 to March 2026.',
  ])('"%s" is an entry of September 2025, given up', (sentence) => {
    expect(entries(sentence)[0]).toBe('2025-09 given up');
  });

  it('keeps the new date an entry of its own, expected', () => {
    expect(
      entries('The library, originally due to open in Sept 2025, will now open in March 2026.'),
    ).toEqual(['2025-09 given up', '2026-03 future']);
  });

  it('is a plan in the past perfect whose sentence tells it changed', () => {
    expect(entries('The drivers had been due to strike on 2 November but called it off.')).toEqual([
      '2025-11-02 given up',
    ]);
    // The past perfect alone tells no fate (unfulfilled-plan.test.ts): a past day, no note.
    expect(entries('The drivers had been due to strike on 2 November.')).toEqual(['2025-11-02']);
  });

  it('is not a report that the event happened that day', () => {
    const events = buildTimeline(
      corpusOf(
        one('a', '2025-06-12', 'The library is due to open in September 2025.'),
        one('b', '2025-10-02', 'The library opened in September 2025, after a short delay.'),
        one('c', '2026-03-04', 'The library was originally due to open in September 2025.'),
      ),
    ).map(
      (e) =>
        `${e.date}${e.future ? ' future' : ''}${e.givenUp ? ' given up' : ''}: ${e.quotes.map((q) => q.source.id).join(', ')}`,
    );
    expect(events).toEqual(['2025-09 future: a', '2025-09: b', '2025-09 given up: c']);
  });

  it('leaves a plan kept, or still ahead, as it was', () => {
    expect(entries('The library is due to open in September.')).toEqual(['2026-09 future']);
    // The original plan's day still ahead is read by its side of publication (events.ts).
    expect(entries('The library was originally due to open in September 2026.')).toEqual([
      '2026-09 future',
    ]);
    expect(entries('The library opened in September 2025 as planned.')).toEqual(['2025-09']);
  });
});
