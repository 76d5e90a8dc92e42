/**
 * "that" after any preposition (preposition.ts, the one list) is the demonstrative of the
 * preposition's complement, no clause's opening: "worked inside that cordon this week" is the
 * relative clause's past, not the main clause's "should". "in that" is a complex subordinator
 * (Quirk et al. 1985, 14.12): the clause it opens keeps its own tense. Invented harbour sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const entriesOf = (published: string, sentence: string) =>
  buildTimeline(articleOf(published, sentence)).map((e) => ({ date: e.date, future: e.future }));

describe('"that" after a preposition', () => {
  it.each([
    'Everyone who worked inside that cordon this week should be proud.',
    'Everyone who sailed within that channel this week should be proud.',
    'Everyone who sheltered opposite that quay this week should be proud.',
    'Everyone who came up that slipway this week should be proud.',
  ])('is a demonstrative: %s', (sentence) => {
    expect(entriesOf('2026-05-20', sentence)).toEqual([{ date: '2026-05', future: false }]);
  });

  it('"in that" opens a clause, whose future stays ahead', () => {
    expect(
      entriesOf('2026-05-20', 'The plan is flawed in that it will close the quay this week.'),
    ).toEqual([{ date: '2026-05', future: true }]);
  });
});
