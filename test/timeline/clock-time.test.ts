/**
 * A colon between digits is a clock time's ("at 05:00", "from 07:00"), not punctuation: it ends
 * no clause, so the verb before it still governs the date after it. Near misses: a colon of
 * punctuation still ends the clause, and "at 6pm" reads as before. Invented ferry-strike
 * sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const datesOf = (published: string, sentence: string) =>
  buildTimelineDetailed(articleOf(published, sentence)).events.map((e) => [e.date, e.future]);

/** A Friday. */
const FRIDAY = '2026-06-19';

describe('a 24-hour clock time before a date', () => {
  it.each([
    'The ferry strike ended at 05:00 on Thursday.',
    'The ferry strike ended at 6pm on Thursday.',
  ])('is a time of day of a past act: "%s"', (sentence) => {
    expect(datesOf(FRIDAY, sentence)).toEqual([['2026-06-18', false]]);
  });

  it('leaves a future in the past ahead ("said … would stop work from 07:00 on 4 March")', () => {
    expect(
      datesOf(
        '2026-02-12',
        'The crews said they would stop work from 07:00 on 4 March over the pay offer.',
      ),
    ).toEqual([['2026-03-04', true]]);
  });

  it('keeps a colon of punctuation as the end of a clause', () => {
    expect(
      datesOf(
        '2026-02-12',
        'The crews said they would decide soon: their ballot closed on 4 February.',
      ),
    ).toEqual([['2026-02-04', false]]);
  });
});

describe('a clock time written with "am"', () => {
  it.each([
    'The ferry terminal closed at 6am today.',
    'The ferry terminal closed at 6 AM today.',
    'At 6am today the ferry terminal closed.',
  ])('is a time of day, not the verb "am": "%s"', (sentence) => {
    expect(datesOf(FRIDAY, sentence)).toEqual([['2026-06-19', false]]);
  });

  it('leaves the verb "am" a present state ("I am at the terminal today")', () => {
    expect(datesOf(FRIDAY, '“I am at the ferry terminal today,” the captain wrote.')).toEqual([]);
  });

  it('dates no day by a clock time alone, even in a story of that day', () => {
    // "at 2.40pm" names an hour, no day: an overnight story dated the next morning tells the day
    // before's hours the same way; the sentence before dates the call, as one entry.
    const article = articleOf(
      FRIDAY,
      'Firefighters were called to a grass fire on the moor this afternoon.',
      'Crews were called to the moor at 2.40pm and six engines remained at the scene.',
    );
    expect(buildTimelineDetailed(article).events.map((e) => [e.date, e.quotes.length])).toEqual([
      ['2026-06-19', 1],
    ]);
    expect(
      datesOf(FRIDAY, 'Crews were called to the moor at 2.40pm and stayed overnight.'),
    ).toEqual([]);
  });

  it('dates no day by "at midnight" or "at 6am" after a lead that gives the day', () => {
    // Midnight lies between two days, and the story may have moved on from the lead's day
    // (Dowty 1986): only the lead's own sentence is dated.
    const article = articleOf(
      FRIDAY,
      'The ferry strike began on Thursday.',
      'A ban on overtime came into force at midnight, the union said.',
      'Pickets gathered outside the ferry terminal at 6am with banners.',
    );
    expect(buildTimelineDetailed(article).events.map((e) => [e.date, e.quotes.length])).toEqual([
      ['2026-06-18', 1],
    ]);
  });
});
