/**
 * A plan told in the simple past ("was expected on Thursday", "were due on Friday", "was
 * scheduled for Saturday") is still a plan unless its sentence tells how it turned out; "had
 * been" plans and plans with an outcome stay as they were read. Invented articles only.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

/** Published Friday 2025-09-12. */
const FRIDAY = '2025-09-12';
const dates = (sentence: string, published = FRIDAY) =>
  buildTimeline(articleOf(published, sentence)).map((e) => `${e.date}${e.future ? ' future' : ''}`);

describe('a plan in the simple past with no outcome', () => {
  it.each([
    ['The harbour inspection report was expected on Thursday.', '2025-09-18 future'],
    ['Repairs to the slipway were due on Monday, the port said.', '2025-09-15 future'],
    ['The ferry ballot was scheduled for Wednesday, union officials said.', '2025-09-17 future'],
    ['The pier was not expected to reopen until Tuesday.', '2025-09-16 future'],
    ['The harbour ballot was set for Wednesday, union officials said.', '2025-09-17 future'],
  ])('"%s" lies ahead', (sentence, want) => {
    expect(dates(sentence)).toEqual([want]);
  });

  it('puts a yearless month ahead too', () => {
    expect(dates('The quay ballot was expected in March, the union said.')).toEqual([
      '2026-03 future',
    ]);
  });
});

describe('a plan whose sentence tells the outcome, or one seen from further back', () => {
  it.each([
    ['The harbour inspection report was expected on Thursday but never arrived.', '2025-09-11'],
    ['Although the ferry ballot was scheduled for Wednesday, it did not take place.', '2025-09-10'],
    ['The slipway report, which was expected on Tuesday, has been delayed.', '2025-09-09'],
    ['The harbour inspection report had been expected on Thursday.', '2025-09-11'],
    ['The harbour ballot was originally set for Wednesday.', '2025-09-10'],
  ])('"%s" is past', (sentence, want) => {
    expect(dates(sentence)).toEqual([want]);
  });
});
