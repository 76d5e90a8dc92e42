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
    expect(dated).toEqual(['2026-05-03: A fragment o']);
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

describe("a note's own date stamp", () => {
  // Friday 12 June 2026.
  const FRIDAY = '2026-06-12';
  const datesOf = (...paragraphs: string[]) =>
    buildTimeline(articleOf(FRIDAY, ...paragraphs)).map((e) => [
      e.date,
      e.future,
      e.quotes[0]?.quote.slice(0, 12),
    ]);

  it.each([
    "Update, 12 June 2026, 16:40: This article was updated to include the operator's comments.",
    "Correction, 12 June 2026: An earlier version of this article gave the wrong name for the union's organiser.",
    'Correction (16 June 2026): An earlier version of this article said the margin was two lengths.',
    'Correction / June 21, 2026: an earlier version of this article misstated the harbour levy.',
    'Update, 13 June: The figures in this story have been revised.',
  ])('is the day the article changed, no event of its story: %j', (note) => {
    expect(datesOf('The ballot closed at noon on 11 June.', note)).toEqual([
      ['2026-06-11', false, 'The ballot c'],
    ]);
  });

  it('leaves the story a note tells dated by its own words, counted from the note', () => {
    expect(
      datesOf('Update, 13 June: The operator said on Saturday that it would comment.'),
    ).toEqual([['2026-06-13', false, 'Update, 13 J']]);
    expect(datesOf('Update, 13 June: The operator said the vote will be held on 20 June.')).toEqual(
      [['2026-06-20', true, 'Update, 13 J']],
    );
  });

  it('keeps a story sentence about updating or correcting something else an event', () => {
    expect(datesOf('The council updated its guidance on 12 June.')).toEqual([
      ['2026-06-12', false, 'The council '],
    ]);
    expect(datesOf('The operator corrected its figures on Thursday, the union said.')).toEqual([
      ['2026-06-11', false, 'The operator'],
    ]);
  });

  it('is no plan of that day: a sentence of the story with that date stays a plan', () => {
    expect(datesOf('The rematch (a best of three) will be rowed on 16 June 2026.')).toEqual([
      ['2026-06-16', true, 'The rematch '],
    ]);
  });
});
