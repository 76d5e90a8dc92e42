/**
 * The act of a "to"-infinitive after a verb of request or command ("asked the council for a
 * grant to cover …", "urged the board to reopen …") lies after the request (Quirk et al. 1985,
 * §16.63), as a commitment's does (committed-act.ts); a past perfect under a verb of saying is
 * the speaker's simple past, backshifted (§14.31). Invented lido-trust articles, published
 * Tuesday 20 October 2026.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const dates = (sentence: string) =>
  buildTimeline(articleOf('2026-10-20', sentence)).map(
    (e) => `${e.date}${e.future ? ' future' : ''}`,
  );

describe('the act of an infinitive after a request', () => {
  it.each([
    [
      'The Fenby lido trust asked the borough for a loan to meet its costs until the end of March.',
      '2027-03 future',
    ],
    [
      'Its chair said the Fenby lido trust had asked the borough for a loan to meet its costs until the end of March.',
      '2027-03 future',
    ],
    ['The Fenby lido trust urged the borough to reopen the pool in November.', '2026-11 future'],
    [
      'Its chair said the Fenby lido trust had agreed to meet its costs until the end of March.',
      '2027-03 future',
    ],
  ])('lies after the request: "%s"', (sentence, want) => {
    expect(dates(sentence)).toEqual([want]);
  });

  it('is left undated when the month before publication is recent enough to be it', () => {
    expect(
      dates('The Fenby lido trust urged the borough to reopen the pool in September.'),
    ).toEqual([]);
  });

  it.each([
    // A past perfect with no saying is a past before a past: the narrative's nearest March.
    [
      'The Fenby lido trust had asked the borough for a loan to meet its costs until the end of March.',
    ],
    // No infinitive: the date is the request's own.
    ['The Fenby lido trust asked the borough for a loan in March.'],
    ['The Fenby lido trust met its costs until the end of March.'],
  ])('keeps the March before publication: "%s"', (sentence) => {
    expect(dates(sentence)).toEqual(['2026-03']);
  });
});
