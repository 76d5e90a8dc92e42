/**
 * A weekday after the noun of an appointed occasion in a clause with no past verb names the
 * coming day (occasion-weekday.ts), and the present progressive passive ("are being contacted")
 * is a present, never a past (tense-markers.ts). Invented clinic and ferry reports, published
 * Tuesday 10 March 2026.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { occasionWeekdayAhead } from '../../src/timeline/occasion-weekday.js';
import { tenseOf } from '../../src/timeline/tense.js';
import { articleOf } from './fixtures.js';

const TUESDAY = '2026-03-10';
const datedOf = (sentence: string) =>
  buildTimelineDetailed(articleOf(TUESDAY, sentence)).events.map((e) => [e.date, e.future]);

describe('a weekday of an appointed occasion told in the present', () => {
  it.each([
    [
      'Clients with appointments on Wednesday and Thursday are being phoned by the clinic.',
      [
        ['2026-03-11', true],
        ['2026-03-12', true],
      ],
    ],
    ['Sailings on Friday are fully booked, the ferry company says.', [['2026-03-13', true]]],
    ['The hearing on Monday is open to the public.', [['2026-03-16', true]]],
  ])('is the coming day: "%s"', (sentence, dated) => {
    expect(datedOf(sentence)).toEqual(dated);
  });

  it('says nothing under a past verb of the sentence', () => {
    const sentence = 'Clients whose appointments on Monday were missed are being phoned.';
    expect(occasionWeekdayAhead(sentence, sentence.indexOf('Monday'))).toBe(false);
    const other = 'After the hearing on Monday, lawyers for the family spoke to reporters.';
    expect(occasionWeekdayAhead(other, other.indexOf('Monday'))).toBe(false);
  });

  it('needs an occasion noun before "on"', () => {
    const sentence = 'Visitors on Friday are asked to use the side door.';
    expect(occasionWeekdayAhead(sentence, sentence.indexOf('Friday'))).toBe(false);
    expect(datedOf(sentence)).toEqual([]);
  });
});

describe('the present progressive passive', () => {
  it('is no past tense', () => {
    const sentence = 'The wards are being cleaned on Thursday.';
    const at = sentence.indexOf('Thursday');
    expect(tenseOf(sentence, at, at + 8)).toBeNull();
    // Its side of the time of writing in doubt, the weekday is left undated, not guessed.
    expect(datedOf(sentence)).toEqual([]);
  });

  it('keeps the past of "were being"', () => {
    const sentence = 'The wards were being cleaned on Thursday.';
    const at = sentence.indexOf('Thursday');
    expect(tenseOf(sentence, at, at + 8)).toBe('past');
    expect(datedOf(sentence)).toEqual([['2026-03-05', false]]);
  });
});
