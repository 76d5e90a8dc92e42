/**
 * "since" opens a period running to the time of writing (Quirk et al. 1985, 8.60ff): a count of
 * acts in the perfect over it is no event of its start. A counted subject of a passive perfect
 * ("60 ropes have been cut since June") tallies its acts as the active's object does, so the
 * date is left undated; a date inside a clause "since" opens ("since the pier reopened in
 * May") is that clause's act's, and the quote is listed there as its date, not as the count's.
 * Invented pier and ferry sentences, published Tuesday 20 October 2026.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const timelineOf = (sentence: string) => {
  const { events, undated } = buildTimelineDetailed(articleOf('2026-10-20', sentence));
  return {
    dated: events.map((e) => [e.date, e.quotes[0]?.dates ?? null]),
    undated: undated.map((u) => u.text),
  };
};

describe('a passive tally since a date', () => {
  it.each([
    ['Harbour staff say 60 mooring ropes have been cut at Ashby quay since June.', 'June'],
    ['More than 300 complaints have been lodged with the ferry company since March.', 'March'],
    ['Dozens of Kelby Line tickets have been forged since 2024, the operator said.', '2024'],
  ])('is not dated: "%s"', (sentence, date) => {
    expect(timelineOf(sentence)).toEqual({ dated: [], undated: [date] });
  });

  it.each([
    ['The 145 boats have been in the harbour since May.', '2026-05'],
    ['Two men have been held in custody since March.', '2026-03'],
    ['The 2019 rules have been applied since May.', '2026-05'],
  ])('leaves a state since a date at its onset: "%s"', (sentence, date) => {
    expect(timelineOf(sentence).dated).toEqual([[date, null]]);
  });
});

describe('a date in a clause "since" opens', () => {
  it.each([
    [
      'Wardens said 80 Ashby Pier kayaks have been damaged since the hire desk opened in April.',
      '2026-04',
      'the hire desk opened in April',
    ],
    [
      'Since the ferry returned on 3 March, 40 crossings have been cancelled.',
      '2026-03-03',
      'the ferry returned on 3 March',
    ],
  ])('is the clause’s: "%s" at %s, the date of "%s"', (sentence, date, dates) => {
    expect(timelineOf(sentence).dated).toEqual([[date, dates]]);
  });

  it('not after the adverb "since then", which dates the main clause', () => {
    expect(timelineOf('Since then wardens closed it in May.').dated).toEqual([['2026-05', null]]);
  });
});
