/**
 * Two weekdays bounding one span ("from Monday to Friday"): the end comes after the start, so
 * ahead of publication the end is counted from the start, and behind it the start from the end
 * (weekday-span.ts). Invented Denby pool sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { weekdayPartner } from '../../src/timeline/weekday-span.js';
import { articleOf } from './fixtures.js';

/** Each entry's dates: a span's start and end (one entry since span-and-day.ts), else its date. */
const datesOf = (published: string, sentence: string) =>
  buildTimeline(articleOf(published, sentence)).flatMap((e) =>
    e.end === undefined ? [e.date] : [e.date, e.end],
  );

describe('a span of two weekdays', () => {
  it.each([
    // Published Friday 6 June 2025: the Friday ending a span from Monday 9 June is 13 June, not
    // the day of publication.
    [
      '2025-06-06',
      'Denby pool staff will strike from Monday to Friday.',
      ['2025-06-09', '2025-06-13'],
    ],
    [
      '2025-06-06',
      'Denby pool staff will be on strike from next Monday until Friday.',
      ['2025-06-09', '2025-06-13'],
    ],
    [
      '2025-06-06',
      'The Denby pool will be closed between Saturday and Monday.',
      ['2025-06-07', '2025-06-09'],
    ],
    // Published Wednesday 4 June 2025: a past span ending on Friday 30 May began on the Tuesday
    // before it, not on Tuesday 3 June.
    ['2025-06-04', 'Denby pool staff struck from Tuesday to Friday.', ['2025-05-27', '2025-05-30']],
    ['2025-06-04', 'Denby pool staff struck from Friday to Tuesday.', ['2025-05-30', '2025-06-03']],
  ])('published %s: "%s"', (published, sentence, expected) => {
    expect(datesOf(published, sentence)).toEqual(expected);
    expect(buildTimeline(articleOf(published, sentence))).toHaveLength(1);
  });

  it('reads no span from two weekdays joined otherwise', () => {
    const sentence = 'Denby pool staff will strike on Monday and on Friday.';
    expect(
      weekdayPartner(sentence, sentence.indexOf('Friday'), sentence.indexOf('Friday') + 6),
    ).toBeNull();
    expect(datesOf('2025-06-06', sentence)).toEqual(['2025-06-06', '2025-06-09']);
  });

  it('reads each bound with the other', () => {
    const sentence = 'The pool will be closed from next Monday until Friday.';
    const at = (w: string) => [sentence.indexOf(w), sentence.indexOf(w) + w.length] as const;
    expect(weekdayPartner(sentence, ...at('Monday'))).toEqual({
      role: 'start',
      weekday: 5,
      shift: null,
    });
    expect(weekdayPartner(sentence, ...at('Friday'))).toEqual({
      role: 'end',
      weekday: 1,
      shift: 'next',
    });
  });
});
