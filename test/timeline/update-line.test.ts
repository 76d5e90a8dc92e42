/**
 * An update line ("Update, May 4, 2026: …") states that the text runs to its date. A day counted
 * from the time of writing that the publication day and the update's day count to different days
 * is in doubt and left undated; one both count to the same day keeps it, and an article with no
 * later update counts from publication as before. Invented auction sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline, buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf, corpusOf } from './fixtures.js';

/** Sunday 3 May 2026. */
const SUNDAY = '2026-05-03';
const UPDATE = 'Update, May 4, 2026: This story has been updated with the revised total.';
const SALE = 'A fragment of the meteorite was sold at auction in Bristol on Sunday afternoon.';
const REVISION = 'On Monday, the auction house revised that figure to 104,000 pounds.';

const datesOf = (...paragraphs: string[]) => {
  const { events, undated } = buildTimelineDetailed(articleOf(SUNDAY, ...paragraphs));
  return {
    dated: events.map((e) => `${e.date}: ${e.quotes[0]?.quote.slice(0, 12)}`),
    undated: undated.map((u) => u.text),
  };
};

describe('a day counted from the time of writing in an updated article', () => {
  it('is left undated when the update day counts it to another day', () => {
    const { dated, undated } = datesOf(UPDATE, SALE, REVISION);
    expect(dated).toEqual(['2026-05-03: A fragment o', '2026-05-04: Update, May ']);
    expect(undated).toContain('Monday');
  });

  it('is counted from publication without an update line', () => {
    expect(datesOf(SALE, REVISION).dated).toEqual([
      '2026-04-27: On Monday, t',
      '2026-05-03: A fragment o',
    ]);
  });

  it('is counted from publication when the update bears the publication day', () => {
    const sameDay = UPDATE.replace('May 4', 'May 3');
    expect(datesOf(sameDay, REVISION).dated).toContain('2026-04-27: On Monday, t');
  });
});

describe('the days counted inside a dated note', () => {
  // Thursday 9 April 2026; the note's day, 10 April, is a Friday.
  const THURSDAY = '2026-04-09';
  const NOTE = 'Update, 10 April, 09:15: The club said on Friday that it would not appeal.';
  const entries = (...paragraphs: string[][]) =>
    buildTimeline(corpusOf({ published: THURSDAY, paragraphs })).map(
      (e) => `${e.date}: ${e.quotes[0]?.quote.slice(0, 12)}`,
    );

  it("counts from the note's own day, not from publication", () => {
    expect(entries([NOTE])).toEqual(['2026-04-10: Update, 10 A']);
  });

  it('counts so in the sentences after the stamp in its paragraph, and puts them behind it', () => {
    const note = [
      'Update, 10 April: The club apologised.',
      'The club said on Friday that it would pay the fine.',
    ];
    const entries = buildTimeline(corpusOf({ published: THURSDAY, paragraphs: [note] }));
    expect(entries.map((e) => [e.date, e.future, e.quotes[0]?.quote.slice(0, 12)])).toEqual([
      ['2026-04-10', false, 'Update, 10 A'],
      ['2026-04-10', false, 'The club sai'],
    ]);
  });

  it('counts a later paragraph, outside the note, from publication as before', () => {
    expect(entries([NOTE], ['The manager said on Friday that the club would pay.'])).toEqual([
      '2026-04-03: The manager ',
      '2026-04-10: Update, 10 A',
    ]);
  });
});

describe("a correction note's own date", () => {
  // Sunday 14 June 2026; the note was added on the 16th.
  const regatta = (sentence: string) =>
    buildTimeline(articleOf('2026-06-14', sentence)).map((e) => [e.date, e.future]);

  it('is the past day the note was written, whatever bracket sets off the stamp', () => {
    expect(
      regatta(
        'Correction (16 June 2026): An earlier version of this article said the margin was two lengths.',
      ),
    ).toEqual([['2026-06-16', false]]);
  });

  it('is no reason to take a plan of that day as past', () => {
    expect(regatta('The rematch (a best of three) will be rowed on 16 June 2026.')).toEqual([
      ['2026-06-16', true],
    ]);
  });
});
