/**
 * The present progressive of an arranged act with a time ("is holding a bake sale on
 * Saturday") tells of an arrangement ahead: a bare weekday is the next one, expected. A past
 * progressive, or the progressive of a process under way, is not. Invented articles only.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

/** Published Friday 2026-09-25. */
const FRIDAY = '2026-09-25';
const dates = (sentence: string) =>
  buildTimeline(articleOf(FRIDAY, sentence)).map((e) => `${e.date}${e.future ? ' future' : ''}`);

describe('the present progressive of an arrangement', () => {
  it.each([
    [
      'The knitting circle is holding a jumble sale on Saturday to raise funds.',
      '2026-09-26 future',
    ],
    ['The parish council is meeting on Monday to discuss the plan.', '2026-09-28 future'],
    [
      'Members of the choir, which meets at the library, are singing on Sunday.',
      '2026-09-27 future',
    ],
    ['The allotment society is also staging its show on Wednesday.', '2026-09-30 future'],
    ['The drama group is performing the play in November.', '2026-11 future'],
  ])('"%s" lies ahead', (sentence, want) => {
    expect(dates(sentence)).toEqual([want]);
  });
});

describe('progressives that are no arrangement', () => {
  it('dates a past progressive to the day before publication', () => {
    expect(
      dates('The knitting circle was holding a jumble sale on Saturday when the roof fell in.'),
    ).toEqual(['2026-09-19']);
  });

  it.each([
    'Police are investigating a burglary at the pavilion on Saturday night.',
    'Residents are returning to their homes after a fire on Saturday.',
  ])('leaves "%s" in doubt, as before', (sentence) => {
    expect(dates(sentence)).toEqual([]);
  });
});
