/**
 * The date of a piece of the outlet's own coverage ("our report of 5 December 2024") is when the
 * coverage appeared, no event of the story (TIMEX3 publication time, Pustejovsky et al. 2003),
 * as a note's date stamp is. Another's report, and a date of the story in the same note, stay.
 * Invented Kestrow sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const read = (sentence: string) => {
  const { events, undated } = buildTimelineDetailed(articleOf('2025-07-08', sentence));
  return { dates: events.map((e) => e.date), undated: undated.map((u) => u.text) };
};

describe("the date of the outlet's own coverage", () => {
  it.each([
    "Update: This article updates our report of 5 December 2024 on the Kestrow ferry's owner.",
    'Our story published on 5 December 2024 gave the wrong name for the Kestrow harbour master.',
    'This follows our earlier article of 5 December 2024 about the Kestrow ferry.',
  ])('is no entry: "%s"', (sentence) => {
    const { dates, undated } = read(sentence);
    expect(dates).toEqual([]);
    expect(undated).toContain('5 December 2024');
  });

  it('keeps a date of the story in the same note', () => {
    expect(
      read(
        'Update: This article updates our report of 5 December 2024; the Kestrow ferry was refloated on 2 July 2025.',
      ).dates,
    ).toEqual(['2025-07-02']);
  });

  it("keeps another's report and its date", () => {
    expect(
      read("The inspectors' report of 5 December 2024 blamed the Kestrow ferry's steering.").dates,
    ).toEqual(['2024-12-05']);
  });
});
