/**
 * The end of a state told in the present simple ("the permit expires at the end of March") lies
 * at or after the time of writing, the present's reference time (Reichenbach 1947), whatever
 * year the sentence before named; told in the past, or as a future seen from the past ("said …
 * would expire"), it keeps the narrative's year. Invented mooring-permit articles, published in
 * the autumn.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { tenseOf } from '../../src/timeline/tense.js';
import { corpusOf } from './fixtures.js';

// Wednesday 14 October 2026.
const PUBLISHED = '2026-10-14';
const YEAR_BEFORE = 'The canoe club took out a mooring permit for the Ashby wharf in 2026.';
/** The dates of `sentence` told right after a sentence naming the publication year. */
const dates = (sentence: string) =>
  buildTimeline(corpusOf({ published: PUBLISHED, paragraphs: [[YEAR_BEFORE, sentence]] }))
    .filter((e) => e.date !== '2026')
    .map((e) => `${e.date}${e.future ? ' future' : ''}`);

describe('the end of a present state after a narrative year', () => {
  it.each([
    ['The permit expires at the end of March.'],
    ['The mooring permits expire at the end of March.'],
    ['The permit lapses at the end of March.'],
  ])('lies after publication: "%s"', (sentence) => {
    expect(dates(sentence)).toEqual(['2027-03 future']);
  });

  it.each([
    // Told in the past: the narrative's March.
    ['The permit expired at the end of March.'],
    // A future seen from the past keeps the narrative's year.
    ['The club said the permit would expire at the end of March.'],
  ])('keeps the narrative year: "%s"', (sentence) => {
    expect(dates(sentence)).toEqual(['2026-03']);
  });

  it('reads the present simple of a verb of ending as ahead, not its infinitive', () => {
    const tense = (s: string) => tenseOf(s, s.indexOf('March'), s.indexOf('March') + 5);
    expect(tense('The permit expires in March.')).toBe('future');
    expect(tense('The permit expired in March.')).toBe('past');
    expect(tense('The club wanted the permit to expire in March.')).not.toBe('future');
  });
});
