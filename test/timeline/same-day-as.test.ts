/**
 * "the same day as <clause>" is anchored by the event of its own "as" complement, which names
 * the standard of the comparison (Quirk et al. 1985, 15.53ff; TimeML: an anaphoric time
 * expression takes its anchor from the event it names), never by the date of the sentence
 * before. Invented articles only.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

/** The dates the timeline gives the sentence `target` of an article, "future" marked. */
function datesOf(published: string, target: string, ...sentences: string[]): string[] {
  const { events } = buildTimelineDetailed(articleOf(published, ...sentences));
  return events
    .filter((e) => e.quotes.some((q) => q.quote === target))
    .map((e) => `${e.date}${e.future ? ' future' : ''}`);
}

const TOLD = 'The last flood warning was lifted on 12 March.';

describe('"the same day as …"', () => {
  it.each([
    'The road closure ended on the same day as the bridge was reopened.',
    'The road closure ended on the same day as the bridge reopening.',
    'The road closure ended the same week as the inquiry began.',
  ])('does not carry the sentence before\'s date to "%s"', (sentence) => {
    expect(datesOf('2025-04-24', sentence, TOLD, sentence)).toEqual([]);
  });

  it.each([
    'On the same day, the road closure ended.',
    'The road closure ended on the same day, as the bridge was reopened.',
    'The road closure ended on the same day as well.',
  ])('still counts "%s" from the narrative (no comparative complement)', (sentence) => {
    expect(datesOf('2025-04-24', sentence, TOLD, sentence)).toEqual(['2025-03-12']);
  });

  it('dates the sentence by a date its complement states', () => {
    const sentence = 'The road closure ended on the same day as the vote on 3 April.';
    expect(datesOf('2025-04-24', sentence, TOLD, sentence)).toEqual(['2025-04-03']);
  });
});
