/**
 * "until DATE" as the end of a state: a past verb that began the state ("released on bail
 * until 7 January") dates its start, not its end, which may lie on either side of publication;
 * a past verb of state ("stayed shut until 3 March") is bounded itself, and past. A day and month
 * after "until" is a point in time even where wink-nlp calls the phrase a duration. Invented
 * articles only.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

/** Published Wednesday 2025-10-08. */
const PUBLISHED = '2025-10-08';
const dates = (sentence: string) =>
  buildTimeline(articleOf(PUBLISHED, sentence)).map((e) => `${e.date}${e.future ? ' future' : ''}`);

describe('the end of a state begun in the past', () => {
  it.each([
    ['A harbour worker was arrested and released on bail until 7 January.', ['2026-01-07 future']],
    [
      'The skipper was remanded in custody until 2 November, the court heard.',
      ['2025-11-02 future'],
    ],
    ['The ferry firm was given until 14 February to pay the harbour dues.', ['2026-02-14 future']],
    // The nearer of the two years when the end lies close behind publication.
    ['The skipper was released on bail until 3 October, the court heard.', ['2025-10-03']],
  ])('"%s" → %j', (sentence, want) => {
    expect(dates(sentence)).toEqual(want);
  });

  it('keeps a past state bounded by "until" in the past', () => {
    expect(dates('The north quay stayed shut until 7 January, the port said.')).toEqual([
      '2025-01-07',
    ]);
  });

  it('dates the end beside a day counted from publication in the same sentence', () => {
    // wink-nlp reads "until 7 January" as a duration once "yesterday" makes it run.
    expect(
      dates(
        'Police said a harbour worker was arrested yesterday and later released on bail until 7 January.',
      ),
    ).toEqual(['2025-10-07', '2026-01-07 future']);
  });
});
