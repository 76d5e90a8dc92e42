/**
 * A year given as a deadline ("by the end of 2029") bounds when something is done; it is not the
 * narrative's year, so a yearless month in the same sentence is placed from the publication day
 * by its tense. Near miss: a year that is the time of an act ("opened in 2029, with …") still
 * lends its year. Invented ferry-crew sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const datesOf = (sentence: string) =>
  buildTimelineDetailed(articleOf('2026-05-20', sentence))
    .events.map((e) => e.date)
    .sort();

describe('a deadline year', () => {
  it.each([
    'The ferry operator has agreed to hire 80 new crew by the end of 2029, with the first intake due to start in October.',
    'The ferry operator has agreed to hire 80 new crew by 2029, with the first intake due to start in October.',
  ])('lends no year to the sentence\'s other months: "%s"', (sentence) => {
    expect(datesOf(sentence)).toEqual(['2026-10', '2029']);
  });

  it('keeps the year of an act for a month after it', () => {
    expect(
      datesOf('The ferry terminal opened in 2019, with a second berth added in October.'),
    ).toEqual(['2019', '2019-10']);
  });
});
