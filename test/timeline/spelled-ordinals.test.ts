/**
 * Days written as ordinal words ("the third of March", "March the third", "the twenty-first of
 * June") are read as days, as "the 3rd of March" is; a rank before a noun is not. Invented
 * articles only.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

/** Published Friday 2026-09-25. */
const PUBLISHED = '2026-09-25';
const dates = (sentence: string) =>
  buildTimeline(articleOf(PUBLISHED, sentence)).map((e) => `${e.date}${e.future ? ' future' : ''}`);

describe('ordinal words as days', () => {
  it.each([
    ['The parish poll will be held on the third of March.', '2027-03-03 future'],
    ['The parish poll will be held on March the third.', '2027-03-03 future'],
    ['The mill closed on the twenty-first of June.', '2026-06-21'],
    ['The mill closed on the thirty-first of August.', '2026-08-31'],
    ['On March the first, the mill reopened.', '2026-03-01'],
  ])('"%s" is dated to its day', (sentence, want) => {
    expect(dates(sentence)).toEqual([want]);
  });

  it('reads a rank before a noun as no day', () => {
    expect(dates('In March the third attempt to restart the mill failed.')).toEqual(['2026-03']);
  });
});
