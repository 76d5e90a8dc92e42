/**
 * A range of months without a year told as past ends by publication: it is one entry with a
 * start and an end, never a single month, never a later year. A season told as past is the
 * latest one begun by publication. Invented ferry sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import type { TimelineEvent } from '../../src/engine/types.js';
import { articleOf } from './fixtures.js';

const shown = (e: TimelineEvent) => (e.end ? `${e.date}/${e.end}` : e.date);
const datesOf = (published: string, sentence: string) =>
  buildTimeline(articleOf(published, sentence)).map(shown);

const ROSTERS =
  "Tidewell Ferries' rosters routinely broke the company's own rest rules during the summer season, from June to September.";

describe('"from June to September" told as past', () => {
  it("published in November: that year's June to September, one entry", () => {
    expect(datesOf('2021-11-20', ROSTERS)).toEqual(['2021-06/2021-09']);
  });
  it('published in June: the last June to September that has ended, one entry', () => {
    // The apposed "summer season" names the same months: it takes the range's year (2020),
    // not the summer begun by publication (2021).
    expect(datesOf('2021-06-20', ROSTERS)).toEqual(['2020-06/2020-09']);
  });
});

describe('a season told as past', () => {
  it('"whose suspension ended in the summer", published in November: that summer', () => {
    const events = buildTimeline(
      articleOf(
        '2021-11-20',
        'The captain, whose suspension ended in the summer, has left the company.',
      ),
    );
    expect(events.map((e) => [shown(e), e.precision, e.season])).toEqual([
      ['2021-06', 'season', 'summer'],
    ]);
  });
});
