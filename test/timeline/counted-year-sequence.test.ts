/**
 * A yearless season or month told after a year counted from the time of writing ("last year",
 * "next year") is seen from the time of writing too: "The work began late last year and ended
 * in the spring", published September 2025, is spring 2025, the spring before writing, not the
 * spring of last year. Told after it in a narrative, it comes after it (temporal iconicity): a
 * reading that would put it wholly before the counted year keeps that year ("will begin next
 * year and end in the autumn": autumn 2026). A date in apposition narrows the year instead
 * ("Last year, in March, …": March of last year). A year the text states ("in 2024") still
 * lends its year. Invented pier sentences.
 */
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/engine/types.js';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const shown = (e: TimelineEvent) => [e.date, e.future];
const eventsOf = (published: string, ...paragraphs: string[]) =>
  buildTimeline(articleOf(published, ...paragraphs)).map(shown);

describe('a season or month told after "last year", seen from the time of writing', () => {
  it.each([
    ['The work on the pier began late last year and ended in the spring.', '2025-03'],
    ['The work on the pier began last year and was finished in the summer.', '2025-06'],
    ['Late last year the pier work began, and in the spring it ended.', '2025-03'],
    ['The work on the pier began late last year and ended in March.', '2025-03'],
  ])('published 10 September 2025: "%s" is %s', (sentence, date) => {
    expect(eventsOf('2025-09-10', sentence)).toEqual([
      ['2024', false],
      [date, false],
    ]);
  });

  it('keeps the counted year where the date ahead would lie before it', () => {
    expect(
      eventsOf('2025-09-10', 'Work on the pier will begin next year and end in the autumn.'),
    ).toEqual([
      ['2026', true],
      ['2026-09', true],
    ]);
  });
});

describe('near misses: the year lends its year', () => {
  it.each([
    // In apposition the date narrows the year.
    ['Last year, in March, the harbour trust sold the old pilot boat.', ['2024-03']],
    ['Last year, on March 3, the harbour board voted to close the pier.', ['2024-03-03']],
    // A year the text states sets the narrative's year.
    ['The work on the pier began in 2024 and ended in the spring.', ['2024', '2024-03']],
  ])('published 10 September 2025: "%s"', (sentence, dates) => {
    expect(eventsOf('2025-09-10', sentence).map((e) => e[0])).toEqual(dates);
  });
});
