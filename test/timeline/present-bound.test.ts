/**
 * The "until" bound of a state told in the present ends after the time of writing, whatever year
 * the sentence before named: the present's reference time is the time of writing (Reichenbach
 * 1947), and "until" names the end of a state holding then. Under a past verb or "would", the
 * narrative's year stands. Invented allotment-society articles, published in the autumn.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { boundOfPresentState } from '../../src/timeline/present-bound.js';
import { corpusOf } from './fixtures.js';

// Tuesday 20 October 2026.
const PUBLISHED = '2026-10-20';
const YEAR_BEFORE = 'The allotment society renewed its tenancy of the Fernhill plots in 2026.';
/** The dates of `sentence` told right after a sentence naming the publication year. */
const dates = (sentence: string, before = YEAR_BEFORE) =>
  buildTimeline(corpusOf({ published: PUBLISHED, paragraphs: [[before, sentence]] }))
    .filter((e) => e.date !== '2026')
    .map((e) => `${e.date}${e.future ? ' future' : ''}`);

describe('the "until" bound of a present state after a narrative year', () => {
  it.each([
    ['The tenancy is valid until the end of March.'],
    ['Members can use the tool shed until the end of March.'],
    ['The water troughs stay shut until the end of March.'],
    ['Plot holders are allowed to keep hens there until the end of March.'],
  ])('lies after publication: "%s"', (sentence) => {
    expect(dates(sentence)).toEqual(['2027-03 future']);
  });

  it('lies after publication when the narrative year was set off in its own sentence', () => {
    const before = "The society's tenancy, renewed in 2026, covers forty plots.";
    expect(dates('The tenancy is valid until the end of March.', before)).toEqual([
      '2027-03 future',
    ]);
  });

  it.each([
    // A past state: its bound is the narrative's.
    ['The water troughs were shut until the end of March.', ['2026-03']],
    ['The society kept its hens on the plots until the end of March.', ['2026-03']],
    // A future seen from the past keeps the narrative's year.
    ['The society said the troughs would stay shut until the end of March.', ['2026-03']],
  ])('keeps the narrative year under a past: "%s"', (sentence, want) => {
    expect(dates(sentence)).toEqual(want);
  });

  it('reads the bound only after "until" or "till" under no tense marker', () => {
    const at = (s: string) => boundOfPresentState(s, s.indexOf('March'), s.indexOf('March') + 5);
    expect(at('The tenancy is valid until the end of March.')).toBe(true);
    expect(at('The troughs stay shut till March.')).toBe(true);
    expect(at('The troughs were shut until March.')).toBe(false);
    expect(at('The troughs would stay shut until March.')).toBe(false);
    expect(at('The tenancy is valid from March.')).toBe(false);
  });
});
