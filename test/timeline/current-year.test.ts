/**
 * A yearless day told in the past that the past would send a year back, though that day of the
 * publication year is days ahead: news style writes the year of a date outside the current year
 * (AP Stylebook, "years"), so after an occasion's noun it is that day of the publication year, the noun's
 * occasion; with no such noun before it the date is the verb's, and the past keeps its year back.
 * Invented sports-club sentences, each alone in its article.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { currentYearAhead, dateAfterOccasion } from '../../src/timeline/current-year.js';
import { articleOf } from './fixtures.js';

// Tuesday 9 June 2026.
const PUBLISHED = '2026-06-09';
const dates = (sentence: string, published = PUBLISHED) =>
  buildTimeline(articleOf(published, sentence)).map((e) => `${e.date}${e.future ? ' future' : ''}`);

describe('a past yearless day just after publication', () => {
  it.each([
    ['The rowing club has withdrawn from the regional relay finals on 20 June.'],
    ['The rowing club withdrew from the regional relay finals on 20 June.'],
  ])('after a noun, is that day of the publication year: "%s"', (sentence) => {
    expect(dates(sentence)).toEqual(['2026-06-20 future']);
  });

  it("with no noun before it, is the verb's own day, and its past keeps the year back", () => {
    expect(dates('The rowing club withdrew on 20 June.')).toEqual(['2025-06-20']);
  });

  it.each([
    // A noun with no day of its own: the date is the verb's.
    ['The rowing club voted on the boathouse lease on 20 June.', ['2025-06-20']],
    // More than a month ahead: the past's year back stands.
    ['The rowing club withdrew from the regional relay finals on 20 July.', ['2025-07-20']],
    // Before publication: this year's, as ever.
    ['The rowing club withdrew from the regional relay finals on 2 June.', ['2026-06-02']],
    // A month, not a day: "in July" told as past is last July.
    ['The rowing club lost its coach in July.', ['2025-07']],
  ])('leaves the other readings alone: "%s"', (sentence, want) => {
    expect(dates(sentence)).toEqual(want);
  });

  it('counts the month ahead from the publication day', () => {
    const published = { year: 2026, month: 6, day: 9, precision: 'day' as const };
    expect(currentYearAhead(7, 10, published)).toBe(true);
    expect(currentYearAhead(7, 11, published)).toBe(false);
    expect(currentYearAhead(6, 9, published)).toBe(false);
  });

  it('tells an occasion before the date from another noun, a particle or an adverb', () => {
    const at = (s: string) => dateAfterOccasion(s, s.indexOf('20 June'));
    expect(at('pulled out of the relay finals on 20 June')).toBe(true);
    expect(at('voted on the boathouse lease on 20 June')).toBe(false);
    expect(at('The lights were switched on on 20 June')).toBe(false);
    expect(at('The crews trained hard and finally on 20 June')).toBe(false);
  });
});

describe("a past yearless day just after publication, after an occasion's name", () => {
  // Sunday 11 October 2026.
  const AUTUMN = '2026-10-11';
  const autumn = (sentence: string) => dates(sentence, AUTUMN);

  it.each([
    // A present perfect takes no definite past time: the day is the name's, an occasion's.
    ['The chess club has withdrawn its team from the Ashcombe Rapidplay Classic on 24 October.'],
    ['The choir has cancelled its slot at the Wrenfield Carol Gala on 24 October.'],
    // An occasion noun heads the name: its day, whatever the tense.
    ['The choir withdrew from the Wrenfield Music Festival on 24 October.'],
  ])('is that day of the publication year: "%s"', (sentence) => {
    expect(autumn(sentence)).toEqual(['2026-10-24 future']);
  });

  it.each([
    // A simple past and a name with no occasion noun: the day may be the act's.
    ['The chess club withdrew from the Ashcombe Trophy on 24 October.'],
    // No "the": a team, not an occasion.
    ['The chess club played Ashcombe Knights on 24 October.'],
    ['The chess club withdrew on 24 October.'],
  ])('leaves a simple past in the past: "%s"', (sentence) => {
    expect(autumn(sentence)).toEqual(['2025-10-24']);
  });

  it.each([
    // A name after a preposition of place only is a place's.
    ['A coach has broken down on the Ashcombe Road on 24 October.'],
    // The perfect's state runs from the occasion, which lies before it.
    [
      'The chess club has been practising daily since the Ashcombe Rapidplay Classic on 24 October.',
    ],
    ['The choir has rested since the Wrenfield Music Festival on 24 October.'],
    // More than a month ahead: the past's year back stands.
    ['The chess club has withdrawn from the Ashcombe Rapidplay Classic on 24 November.'],
  ])('does not put it ahead: "%s"', (sentence) => {
    expect(autumn(sentence).some((d) => d.endsWith('future'))).toBe(false);
  });

  it('reads a name only after "the", and no month as a name', () => {
    const at = (s: string) => dateAfterOccasion(s, s.indexOf('24 October'));
    expect(at('has withdrawn from the Ashcombe Rapidplay Classic on 24 October')).toBe(true);
    expect(at('has played Ashcombe Knights on 24 October')).toBe(false);
    expect(at('has trained hard since the 3 March on 24 October')).toBe(false);
  });
});
