/**
 * "Spent August testing the dam": a month as the time "spend" takes is a date, as "in August"
 * is; a possessive after the month still names a person. Invented hydrology sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const datesOf = (sentence: string) =>
  buildTimeline(articleOf('2025-09-10', sentence)).map((e) => e.date);

describe('a month "spent"', () => {
  it.each([
    ['Hydrology consultants spent August testing the old tailings dam.', '2025-08'],
    ['Hydrology consultants spent March at the old tailings dam.', '2025-03'],
    ['Hydrology consultants spent much of June testing the old tailings dam.', '2025-06'],
  ])('"%s" is %s', (sentence, date) => {
    expect(datesOf(sentence)).toEqual([date]);
  });

  it('not a name-like month before a possessive', () => {
    expect(datesOf("The council spent May's budget on the old tailings dam.")).toEqual([]);
  });
});
