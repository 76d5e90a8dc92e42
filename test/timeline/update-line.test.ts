/**
 * An update line ("Update, May 4, 2026: …") states that the text runs to its date. A day counted
 * from the time of writing that the publication day and the update's day count to different days
 * is in doubt and left undated; one both count to the same day keeps it, and an article with no
 * later update counts from publication as before. Invented auction sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

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
