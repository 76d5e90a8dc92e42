/**
 * A state since a date counted from publication ("has been closed since last month") starts on
 * that date, as "since 1994" does: wink-nlp reads "since last month" as a duration, which must
 * not veto it (detect.ts). A comparison so bounded ("the wettest day since last year") and a week
 * across two months stay undated. Invented Denby pool sentences, published Friday 6 June 2025.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const datesOf = (sentence: string) => {
  const { events, undated } = buildTimelineDetailed(articleOf('2025-06-06', sentence));
  return [...events.map((e) => e.date), ...undated.map((u) => `undated ${u.text}`)];
};

describe('a state since a date counted from publication', () => {
  it.each([
    ['The Denby pool has been closed since last month, the council said.', ['2025-05']],
    ['The Denby pool has been closed since yesterday.', ['2025-06-05']],
    ['The Denby pool has been closed since last year.', ['2024']],
    ['The Denby pool has stayed shut since last week.', ['undated last week']],
    ['It was the wettest day in Denby since last year.', ['undated last year']],
  ])('"%s" is %s', (sentence, expected) => {
    expect(datesOf(sentence)).toEqual(expected);
  });
});
