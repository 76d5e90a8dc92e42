/**
 * A date without a year in a clause that states a present habit ("September is usually our best
 * month after August") recurs every year and is no event; a past habit over a stated time, a
 * habit in an aside or another clause, and a stated year are left as they were. Invented
 * harbour sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import type { TimelineEvent } from '../../src/engine/types.js';
import { articleOf } from './fixtures.js';

const shown = (e: TimelineEvent) => (e.end ? `${e.date}/${e.end}` : e.date);
const datesOf = (published: string, sentence: string) =>
  buildTimeline(articleOf(published, sentence)).map(shown);

describe('a yearless date in a generic statement is not an event', () => {
  it.each([
    'September is usually our best month after August, the harbour master said.',
    'The island ferry typically stops sailing in October, the operator says.',
    'Harbour fees are always raised in April by the port trust.',
    'The harbour has always closed its north quay in August for dredging.',
  ])('no entry for "%s"', (sentence) => {
    expect(datesOf('2021-06-15', sentence)).toEqual([]);
  });
});

describe('what a habit does not cover stays dated', () => {
  it.each([
    // Another clause: the habit is contrasted with this year's event.
    ['The council usually meets in March, but it met on 3 February instead.', ['2021-02-03']],
    // The habit is an aside about the ferry; the event is its own clause's.
    ['The ferry, which usually sails at noon, left the quay in October.', ['2020-10']],
    // A past auxiliary up to two words before the adverb: "were very often given" is past.
    ['Storm warnings were very often given to the ferry crews in October.', ['2020-10']],
    // The habit is a relative clause closing the sentence, about the month, not the event.
    ['The ferry left the quay in October, which is usually the quietest month.', ['2020-10']],
    // A stated year is a point in time whatever the clause says.
    ['The harbour fair is always held in August, as it was in 2019.', ['2019']],
  ])('"%s" → %j', (sentence, dates) => {
    expect(datesOf('2021-03-15', sentence)).toEqual(dates);
  });

  it('a past habit over a stated span stays dated: "routinely broke … from June to September"', () => {
    expect(
      datesOf(
        '2021-11-20',
        "Tidewell Ferries' rosters routinely broke the company's own rest rules during the summer season, from June to September.",
      ),
    ).toEqual(['2021-06/2021-09']);
  });
});
