/**
 * "16 November last year": a day with its year counted from publication is one date, not a day
 * and a year (TimeML: one TIMEX3 per temporal expression, Pustejovsky et al. 2003), in either
 * order of day and month. Invented Kestrow sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const datesOf = (sentence: string): string[] =>
  buildTimelineDetailed(articleOf('2025-06-12', sentence)).events.map((e) => e.date);

describe('a day with "last/this/next year"', () => {
  it.each([
    ['Fishing off Kestrow has been banned since 16 November last year.', '2024-11-16'],
    ['The Kestrow ferry sank on the 3rd of March last year.', '2024-03-03'],
    ['The Kestrow regatta will be held on 4 June next year.', '2026-06-04'],
    ['The Kestrow quay reopened on 2 February this year.', '2025-02-02'],
    ['The Kestrow ferry sank on March 3 last year.', '2024-03-03'],
  ])('"%s" is one entry, %s', (sentence, date) => {
    expect(datesOf(sentence)).toEqual([date]);
  });
});
