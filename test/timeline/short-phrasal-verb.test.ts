/**
 * A two-letter verb with its adverb particle ("go up") is one lexical verb (Quirk et al. 1985,
 * §16.2–16.4), a content word as "rise" is: a short sentence of it is an event, not a dateline.
 * Without the particle, or with a preposition after the verb, it stays too short. Invented
 * sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { contentWordCount } from '../../src/timeline/content-words.js';
import { articleOf } from './fixtures.js';

const entries = (sentence: string) =>
  buildTimelineDetailed(articleOf('2025-03-28', sentence)).events.map((e) => ({
    date: e.date,
    future: e.future,
  }));

describe('a short sentence of a phrasal verb', () => {
  it.each([
    ['Fares will go up by 5% in June.', '2025-06'],
    ['Tolls will go down in June.', '2025-06'],
  ])('is dated as with "rise": "%s"', (sentence, date) => {
    expect(entries(sentence)).toEqual([{ date, future: true }]);
  });

  it('counts the verb and its particle as one content word', () => {
    expect(contentWordCount('Fares will go up in June.', [])).toBe(3);
    expect(contentWordCount('Fares will go in June.', [])).toBe(2);
    expect(contentWordCount('Fares will go on in June.', [])).toBe(2);
  });
});
