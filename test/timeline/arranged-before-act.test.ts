/**
 * An occasion arranged by an act dated after it in the sentence, the occasion being the subject
 * of the arranging passive: "The vote, on 14 March, was agreed on Monday", published Sunday 1
 * June 2025. The act takes its own date (Monday 26 May 2025), the occasion the first such day on
 * or after it (14 March 2026), as when the act comes first (arranged-after-act.test.ts). Tested
 * across the year's end; a passive that arranges nothing ("was held"), an undated arranging and
 * an act's date another verb governs leave the occasion its own reading. Invented council and
 * union sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const datesOf = (published: string, sentence: string) => {
  const { events, undated } = buildTimelineDetailed(articleOf(published, sentence));
  return [
    ...events.map((e) => `${e.date}${e.future ? ' ahead' : ''}`),
    ...undated.map((u) => `undated ${u.text}`),
  ];
};

describe('an occasion whose arranging act is dated after it', () => {
  it.each([
    [
      '2025-06-01',
      'The Denby vote, on 14 March, was agreed on Monday.',
      ['2025-05-26', '2026-03-14 ahead'],
    ],
    [
      '2025-06-01',
      'A vote on 14 March was agreed by the Denby council on Monday.',
      ['2025-05-26', '2026-03-14 ahead'],
    ],
    [
      '2025-06-01',
      'The strike on 3 March was formally called by the Denby union on Tuesday.',
      ['2025-05-27', '2026-03-03 ahead'],
    ],
    // A day later in the act's year stays in it.
    [
      '2025-06-01',
      'The Denby meeting on 20 May was arranged on 2 May.',
      ['2025-05-02', '2025-05-20'],
    ],
    // Across the year's end: the nearer year (July 2024) lies before the agreeing.
    [
      '2025-01-08',
      'A vote on 15 July was agreed by the Denby council on 18 December.',
      ['2024-12-18', '2025-07-15 ahead'],
    ],
  ])('published %s: "%s" is %j', (published, sentence, expected) => {
    expect(datesOf(published, sentence)).toEqual(expected);
  });
});

describe('an occasion the passive after it does not arrange with a date', () => {
  it.each([
    // What was held on its day is past, its day the nearer one before publication.
    ['2025-06-01', 'The Denby vote on 14 March was held as planned.', ['2025-03-14']],
    // Arranged, no date of the arranging: its side is left to the date (the nearer year).
    ['2025-06-01', 'The Denby vote on 14 March was agreed.', ['2025-03-14']],
    // The relative clause's Monday is the council's meeting, not the agreeing.
    [
      '2025-06-01',
      'A vote on 14 March was agreed by the council, which met on Monday.',
      ['2025-03-14', '2025-05-26'],
    ],
  ])('published %s: "%s" is %j', (published, sentence, expected) => {
    expect(datesOf(published, sentence)).toEqual(expected);
  });
});
