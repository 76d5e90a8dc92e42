/**
 * The day of a plan its sentence says has been called off, cancelled or put on hold is no
 * event: it is left undated, and the sentence is dated only by when the plan was called off, if
 * it says. A date that is the calling off's own stays. Invented articles only.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

/** Published Wednesday 2026-10-28. */
const PUBLISHED = '2026-10-28';
function read(sentence: string): { dates: string[]; undated: string[] } {
  const { events, undated } = buildTimelineDetailed(articleOf(PUBLISHED, sentence));
  return {
    dates: events.map((e) => `${e.date}${e.future ? ' future' : ''}`),
    undated: undated.map((u) => u.reason),
  };
}

describe('the day of a plan called off', () => {
  it.each([
    'The stoppage planned at the bakery next month has been called off after a new offer.',
    'The stoppage planned for 2 November has been called off.',
    'The parade on Saturday has been cancelled.',
    "Next month's walkout has been put on hold.",
    'The parish council has cancelled the meeting planned for Thursday.',
    "The union said it had suspended next month's planned walkout while talks continue.",
    'Drivers said the stoppage on 2 November has been called off.',
    // The plan's date in a relative clause of its noun, with or without a relative pronoun.
    'The minibus pilot the council had planned for December has been cancelled, the council said.',
    'The parade that the club had planned for Saturday has been cancelled.',
    'The stoppage which had been planned for 2 November has been called off.',
  ])('"%s" is dated to no day', (sentence) => {
    const { dates, undated } = read(sentence);
    expect(dates).toEqual([]);
    expect(undated).toContain('the day of a plan its sentence says was called off or put on hold');
  });

  it('dates the sentence to when the plan was called off, when it says', () => {
    expect(read('The stoppage on 2 November was called off on Monday.').dates).toEqual([
      '2026-10-26',
    ]);
  });
});

describe('a date of the calling off itself', () => {
  it.each([
    ['On Saturday, the parade was cancelled.', '2026-10-24'],
    ['The union called off the stoppage on Monday.', '2026-10-26'],
    ['The union said on Monday the stoppage had been called off.', '2026-10-26'],
    // A clause of its own before the plan's noun: the date is of that clause's act.
    ['The council met on Monday and the parade has been cancelled.', '2026-10-26'],
  ])('"%s" stays dated', (sentence, want) => {
    expect(read(sentence).dates).toEqual([want]);
  });
});
