/**
 * A plan told in the past perfect is a day once planned, a plan since changed, only when its
 * sentence tells that it changed or was not carried out ("had been due to strike on 2 November
 * but was called off", "… was postponed", "… instead"). The past perfect alone places the
 * planning before a past reference time (Quirk et al. 1985, §4.22ff); it says nothing of the
 * plan's fate ("said that a full repair had been planned for this summer" is reported speech
 * backshifted from "has been planned"), so such a plan is read as any plan told in the past:
 * expected when its day lies after publication. Invented articles only.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { articleOf } from './fixtures.js';

/** Published Tuesday 2026-10-13. */
const TUESDAY = '2026-10-13';
const dates = (sentence: string) =>
  buildTimeline(articleOf(TUESDAY, sentence)).map(
    (e) => `${e.date}${e.future ? ' future' : ''}${e.givenUp ? ' given up' : ''}`,
  );

describe('a plan in the past perfect', () => {
  it.each([
    ['The ballot had been due to take place on 2 November but was postponed.', '2026-11-02'],
    [
      'The drivers had been due to strike on 2 November, but the union called it off.',
      '2026-11-02',
    ],
    ['The depot had been scheduled to reopen in December; the plan was shelved.', '2026-12'],
    ['The depot had been scheduled to reopen in December. It will instead close.', '2026-12'],
  ])('"%s" whose change is told is given up', (sentence, want) => {
    expect(dates(sentence)[0]).toBe(`${want} given up`);
  });

  it.each([
    ['The drivers had been due to strike on 2 November.', '2026-11-02 future'],
    ['The depot had been scheduled to reopen in December.', '2026-12 future'],
    [
      'Its director said the firm had patched the wall since 2019 and that a full repair had been planned for December.',
      '2026-12 future',
    ],
    ['The union said the ballot had been set for 2 November.', '2026-11-02 future'],
  ])('"%s" with no change told is a plan, expected by its date', (sentence, want) => {
    expect(dates(sentence)).toContain(want);
  });
});
