/**
 * An occasion set "for" a part of a month ("announced a strike for early March", "for the end of
 * March") is set for that month, ahead of the telling, as "a strike for March" is; the part is
 * the date's own and stands between "for" and the month. Near misses: "in early March" after a
 * past verb is past, and a noun of no occasion ("sales for early March") keeps the verb's past.
 * Invented ferry-strike sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const datesOf = (sentence: string) =>
  buildTimelineDetailed(articleOf('2026-02-12', sentence)).events.map((e) => [e.date, e.future]);

describe('an occasion set for a part of a month', () => {
  it.each([
    'The ferry crews announced a second strike for early March.',
    'The ferry crews announced a second strike for the end of March.',
  ])('is ahead of the telling: "%s"', (sentence) => {
    expect(datesOf(sentence)).toEqual([['2026-03', true]]);
  });

  it.each([
    'The ferry crews announced a second strike in early March.',
    'The ferry operator reported sales for early March.',
  ])('keeps a past verb past without an occasion set for it: "%s"', (sentence) => {
    expect(datesOf(sentence)).toEqual([['2025-03', false]]);
  });
});
