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

describe('a date in a verbless lead-in takes its tense from the clause it frames', () => {
  // Friday 6 March 2026: the Monday before is 2 March, the Monday after 9 March.
  it.each([
    ['On Monday: the council voted to close the lido.', [['2026-03-02', false]]],
    ['On Monday, in brief: the council voted to close the lido.', [['2026-03-02', false]]],
    ['Next Monday: the council will vote on the lido.', [['2026-03-09', true]]],
    ['Monday: the council will vote on closing the lido.', [['2026-03-09', true]]],
    ['Last weekend, in brief: vandals damaged the lido fence.', [['2026-02-28', false]]],
  ])('"%s"', (sentence, dates) => {
    expect(buildTimeline(articleOf('2026-03-06', sentence)).map((e) => [e.date, e.future])).toEqual(
      dates,
    );
  });

  it.each([
    [
      'In the Post on Tuesday: the skate park will go before the planning committee on 14 April.',
      [['2026-04-14', true]],
    ],
    ['Tuesday: the council voted on 2 March to close the lido.', [['2026-03-02', false]]],
    [
      'Last Tuesday in the Post: the skate park went before the planning committee in January.',
      [['2026-01', false]],
    ],
  ])('frames the weekday when the clause dates itself: "%s"', (sentence, dates) => {
    expect(buildTimeline(articleOf('2026-03-06', sentence)).map((e) => [e.date, e.future])).toEqual(
      dates,
    );
  });

  it('leaves a lead-in with a verb of its own to that verb', () => {
    // "meets" is a present that says neither side: the weekday stays undated.
    expect(datesOf('The committee meets on Monday: the lido vote was postponed.')).toEqual([]);
  });
});
