/**
 * "next" with a weekday: the first such day after publication (the day after it, "next Saturday"
 * said on a Friday, is in doubt: see weekday-in-doubt.test.ts), and never mistaken for a name
 * after a capitalised word ("in Saltby Park next Saturday"). Invented sentences only.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const dated = (published: string, sentence: string) => {
  const { events, undated } = buildTimelineDetailed(articleOf(published, sentence));
  return { dates: events.map((e) => `${e.date}${e.future ? ' future' : ''}`), undated };
};

describe('"next" before a weekday', () => {
  it('reads the weekday after a capitalised place name', () => {
    // Published Wednesday 2025-09-10: next Monday is 15 September on every reading.
    expect(
      dated('2025-09-10', 'The open day goes ahead in Saltby Park next Monday, the council said.')
        .dates,
    ).toEqual(['2025-09-15 future']);
  });

  it('dates the same wording said at the weekend, when both readings agree', () => {
    // Published Saturday 2025-09-13: next Saturday is the 20th whether weeks start on Sunday or Monday.
    expect(
      dated(
        '2025-09-13',
        'The free open day goes ahead in Saltby Park next Saturday, with ten bands.',
      ).dates,
    ).toEqual(['2025-09-20 future']);
  });

  it('still counts "on the next Friday" from the story, not from publication', () => {
    expect(
      dated('2025-09-10', 'The crew sailed again on the next Friday after the vote.').dates,
    ).toEqual([]);
  });
});
