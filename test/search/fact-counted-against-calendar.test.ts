/**
 * A time counted from publication ("on Tuesday", "yesterday") against a calendar day ("on March
 * 2"): one fact only when the time, resolved from its own article's date, holds that day
 * (fact-same-time.ts `countedAgainstCalendar`, fact-resolved-time.ts `holdsStatedDay`); unsure,
 * so never one fact, when it cannot be resolved. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';

const TUESDAY = 'Kelby council approved the new bus depot on Tuesday.';
const kind = (a: string, b: string, published: [string | null, string | null]) =>
  classifyFacts(a, b, { published }).kind;

describe('a weekday or "yesterday" against the calendar day it resolves to', () => {
  // Wednesday 3 March 2021: "on Tuesday" is 2 March 2021.
  it('is one fact, read either way round, whatever day the other article is of', () => {
    const march2 = 'Kelby council approved the new bus depot on March 2.';
    expect(kind(TUESDAY, march2, ['2021-03-03', '2021-03-04'])).toBe('same-fact');
    expect(kind(march2, TUESDAY, ['2021-03-04', '2021-03-03'])).toBe('same-fact');
    // A week later, March 2 is still the day "on Tuesday" named.
    expect(kind(TUESDAY, march2, ['2021-03-03', '2021-03-10'])).toBe('same-fact');
    const yesterday = 'Kelby council approved the new bus depot yesterday.';
    const dated = 'Kelby council approved the new bus depot on March 2, 2021.';
    expect(kind(yesterday, dated, ['2021-03-03', '2021-03-05'])).toBe('same-fact');
    expect(kind(dated, yesterday, ['2021-03-05', '2021-03-03'])).toBe('same-fact');
  });

  it('is not one fact when the day is another', () => {
    expect(
      kind(TUESDAY, 'Kelby council approved the new bus depot on March 9.', [
        '2021-03-03',
        '2021-03-10',
      ]),
    ).toBe('different-fact');
    expect(
      kind(TUESDAY, 'Kelby council approved the new bus depot on March 2, 2020.', [
        '2021-03-03',
        '2021-03-04',
      ]),
    ).toBe('different-fact');
  });

  it('stays unsure when the weekday cannot be resolved', () => {
    const march2 = 'Kelby council approved the new bus depot on March 2.';
    // No publication date: "Tuesday" may be any Tuesday.
    expect(kind(TUESDAY, march2, [null, '2021-03-04'])).toBe('different-fact');
    // Nor the calendar day's year: "March 2" written without one, its article's date unknown.
    expect(kind(TUESDAY, march2, ['2021-03-03', null])).toBe('different-fact');
  });
});
