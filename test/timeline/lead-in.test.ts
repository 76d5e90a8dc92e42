/**
 * A time of writing in a verbless lead-in before a colon ("Elsewhere in the Post this week:")
 * frames the clause after the colon when that clause dates itself ("next month"): only the
 * clause's own date is listed. Near misses keep the lead-in's date: a lead-in with a verb, a
 * clause with no date of its own. Invented newsletter sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

// Friday 6 March 2026.
const datesOf = (sentence: string) =>
  buildTimeline(articleOf('2026-03-06', sentence)).map((e) => e.date);

describe('a time of writing in a lead-in before a colon', () => {
  it('does not date a clause that dates itself', () => {
    expect(
      datesOf(
        'Elsewhere in the Post this week: plans for a skate park at Ferris Green go before the planning committee next month.',
      ),
    ).toEqual(['2026-04']);
  });

  it.each([
    ['Also in the Post this week: the lido reopens after repairs.', ['2026-03']],
    [
      'The committee meets this week: it will decide on the skate park next month.',
      ['2026-03', '2026-04'],
    ],
  ])('still dates what follows otherwise: "%s"', (sentence, dates) => {
    expect(datesOf(sentence)).toEqual(dates);
  });
});
