/**
 * A weekday as the object of "spent", before an -ing clause telling what filled it ("spent
 * Thursday meeting growers"), is the day of the act, not a classifier of the noun after it (a
 * "Thursday meeting"). Other verbs keep the classifier reading ("passed Sunday trading laws",
 * "reviewed Thursday meeting notes"). Invented orchard sentences, published Saturday 23 May 2026.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

const datedOf = (sentence: string) =>
  buildTimelineDetailed(articleOf('2026-05-23', sentence)).events.map((e) => [e.date, e.future]);

describe('a weekday spent on an act', () => {
  it.each([
    [
      "The county's plant inspectors spent Thursday meeting growers in the valley.",
      '2026-05-21',
      false,
    ],
    ['The inspectors spent Thursday visiting the orchards.', '2026-05-21', false],
    ['The inspectors will spend Thursday meeting growers.', '2026-05-28', true],
  ])('is the day of the act: "%s"', (sentence, date, future) => {
    expect(datedOf(sentence)).toEqual([[date, future]]);
  });
});

describe('a weekday before a noun after another verb', () => {
  it.each([
    ['Parliament passed Sunday trading laws in 1994.', [['1994', false]]],
    ['The inspectors reviewed Thursday meeting notes.', []],
  ])('classifies the noun: "%s"', (sentence, dated) => {
    expect(datedOf(sentence)).toEqual(dated);
  });
});
