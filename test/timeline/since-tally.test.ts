/**
 * "since" a date with a tally in the perfect ("have sent more than 200 cards since March") opens
 * a stretch of repeated acts to the time of writing: no act falls on the date, so it is left
 * undated. A state since a date ("has been closed since March") keeps its onset's date.
 * Invented jockey, club and quay sentences, published Saturday 12 September 2026.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const datesOf = (sentence: string) => {
  const { events, undated } = buildTimelineDetailed(articleOf('2026-09-12', sentence));
  return { dated: events.map((e) => e.date), undated: undated.map((u) => u.text) };
};

describe('a tally since a date', () => {
  it.each([
    [
      'Pupils at Ashby school have sent more than 200 cards to jockey Sam Reilly since March, his mother said.',
      'March',
    ],
    ['Fans had written 400 letters of support to the club since February.', 'February'],
    ['The striker has been booked three times since 2024.', '2024'],
    ['Since March, pupils have sent 200 cards to the hospital.', 'March'],
  ])('is not dated: "%s"', (sentence, date) => {
    expect(datesOf(sentence)).toEqual({ dated: [], undated: [date] });
  });
});

describe('a state since a date', () => {
  it.each([
    ['The quay has been closed to passengers since March.', '2026-03'],
    ['Two men have been held in custody since March.', '2026-03'],
    ['The trust has owned the quay since 2009.', '2009'],
  ])('keeps the date of its onset: "%s"', (sentence, date) => {
    expect(datesOf(sentence).dated).toEqual([date]);
  });
});
