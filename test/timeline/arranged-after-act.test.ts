/**
 * An occasion arranged by a dated act lies on or after that act: "The council agreed on Monday
 * to hold a vote on 14 March", published Sunday 1 June 2025, puts the vote on 14 March 2026, not
 * on the 14 March before the agreeing (Monday 26 May 2025). Tested on both sides of the year's
 * end (an agreeing of 18 December 2024 in a piece of 8 January 2025 puts 15 July in 2025, where
 * the nearer year was 2024). A date another verb governs (a relative clause's) dates no act; an
 * undated agreeing is news, so at or shortly before publication, and the day
 * after it (committed-act.ts); a weekday written with the day that falls on it in no
 * year after the act leaves it undated. Invented council and union sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const datesOf = (published: string, sentence: string) => {
  const { events, undated } = buildTimelineDetailed(articleOf(published, sentence));
  return [...events.map((e) => e.date), ...undated.map((u) => `undated ${u.text}`)];
};

describe('an occasion arranged by a dated act', () => {
  it.each([
    [
      '2025-06-01',
      'The Denby council agreed on Monday to hold a vote on 14 March.',
      ['2025-05-26', '2026-03-14'],
    ],
    [
      '2025-06-01',
      'On Monday the Denby council agreed to hold a vote on 14 March.',
      ['2025-05-26', '2026-03-14'],
    ],
    [
      '2025-06-01',
      'The Denby union on Tuesday called a strike on 3 March.',
      ['2025-05-27', '2026-03-03'],
    ],
    // Two adjuncts of the agreeing, of place or accompaniment and of time, before the infinitive.
    [
      '2025-06-01',
      'The Denby council agreed at a special meeting on Monday to hold a vote on 14 March.',
      ['2025-05-26', '2026-03-14'],
    ],
    [
      '2025-06-01',
      'The Denby council agreed with the union on Monday to hold a vote on 14 March.',
      ['2025-05-26', '2026-03-14'],
    ],
    [
      '2025-06-01',
      'The Denby council agreed in April to hold a vote on 14 March.',
      ['2025-04', '2026-03-14'],
    ],
    // Across the year's end: the nearer year (July 2024) lies before the agreeing.
    [
      '2025-01-08',
      'The Denby council agreed on 18 December to hold a vote on 15 July.',
      ['2024-12-18', '2025-07-15'],
    ],
    [
      '2025-01-08',
      'The Denby council agreed on 18 December to hold a vote on 15 January.',
      ['2024-12-18', '2025-01-15'],
    ],
    // A day later in the act's year stays in it.
    [
      '2025-06-01',
      'The Denby council agreed in January to hold a vote on 14 March.',
      ['2025-01', '2025-03-14'],
    ],
  ])('published %s: "%s" is %j', (published, sentence, expected) => {
    expect(datesOf(published, sentence)).toEqual(expected);
  });

  it('puts the arranged day ahead of the time of writing when it is', () => {
    const { events } = buildTimelineDetailed(
      articleOf('2025-06-01', 'The Denby council agreed on Monday to hold a vote on 14 March.'),
    );
    expect(events.map((e) => [e.date, e.future])).toEqual([
      ['2025-05-26', false],
      ['2026-03-14', true],
    ]);
  });

  it('leaves undated a written weekday no year after the act has on that day', () => {
    // 14 March 2026 is a Saturday; the Friday 14 March was 2025's, before the agreeing.
    expect(
      datesOf(
        '2025-06-01',
        'The Denby council agreed on Monday to hold a vote on Friday 14 March.',
      ),
    ).toEqual(['2025-05-26', 'undated 14 March']);
  });
});

describe('an occasion whose arranging has no date of its own', () => {
  it.each([
    // The relative clause's date is the founding's, not the agreeing's; the year it took is the
    // narrative's (resolve.ts).
    [
      '2025-06-01',
      'The Denby council, which was founded on 2 February, agreed to hold a vote on 14 March.',
      ['2025-02-02', '2025-03-14'],
    ],
    ['2025-06-01', 'The Denby council agreed to hold a vote on 14 March.', ['2026-03-14']],
  ])('published %s: "%s" is %j', (published, sentence, expected) => {
    expect(datesOf(published, sentence)).toEqual(expected);
  });
});
