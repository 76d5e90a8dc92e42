/**
 * A short finished sentence is an event when it has a verb: the length rule (events.ts) keeps
 * datelines and captions out, and a sentence of two content words with a tensed verb is neither.
 * The present after a plural subject is spelt as a noun ("Fares rise", "Talks resume"), which the
 * tagger reads as a compound; agreement tells the clause ("Fares rise") from the noun phrase
 * ("Ferry times", "Price rise": a singular before) and from a plural modifier the lexicon lists
 * as an adjective ("Sales tax"). Unfinished, it is a heading. Invented fares and ferry lines,
 * published Wednesday 4 June 2025.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const datesOf = (sentence: string) => {
  const { events } = buildTimelineDetailed(articleOf('2025-06-04', sentence));
  return events.map((e) => [e.date, e.future]);
};

describe('a short sentence with a plural subject and its present verb', () => {
  it.each([
    ['Fares rise from next year.', [['2026', true]]],
    ['The fares rise from next year.', [['2026', true]]],
    ['Talks resume on Monday.', [['2025-06-09', true]]],
  ])('"%s" is an event: %j', (sentence, expected) => {
    expect(datesOf(sentence)).toEqual(expected);
  });
});

describe('a short noun phrase with a date stays a caption or heading', () => {
  it.each([
    'Ferry times from next year.',
    'Price rise from next year.',
    'Sales tax from next year.',
    'Fares rise from next year',
  ])('"%s" is no event', (sentence) => {
    expect(datesOf(sentence)).toEqual([]);
  });
});
