/**
 * A weekday written with a yearless date ("Friday 5 December") keeps the date to a year in which
 * it falls on that weekday (blind 11 finding 1: "moved to Friday 5 December", published
 * 29 November 2025, was dated 2024-12-05, a Thursday), confirming the year near publication, never
 * one a year further off. Invented lights, council and flood sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { weekdayWritten, yearOnWeekday } from '../../src/timeline/written-weekday.js';
import { articleOf } from './fixtures.js';

// Saturday 29 November 2025: 5 December 2025 is a Friday, 5 December 2024 a Thursday.
const PUBLISHED = '2025-11-29';
const entriesOf = (sentence: string) =>
  buildTimeline(articleOf(PUBLISHED, sentence)).map((e) => [e.date, e.future]);

describe('a weekday written with a date', () => {
  it('is read right before the date', () => {
    const at = (sentence: string, date: string) => weekdayWritten(sentence, sentence.indexOf(date));
    expect(at('It opens on Friday 5 December.', '5 December')).toBe(5);
    expect(at('It opens on Friday, December 5.', 'December 5')).toBe(5);
    expect(at('It opens on 5 December.', '5 December')).toBeNull();
  });

  it('gives the year, of the one chosen and the one nearest publication, in which the day is that weekday', () => {
    expect(yearOnWeekday(2025, 12, 5, 5, 2025)).toBe(2025);
    expect(yearOnWeekday(2024, 12, 5, 5, 2025)).toBe(2025);
    expect(yearOnWeekday(2026, 12, 5, 5, 2025)).toBe(2025);
    // Thursday: 2024's, a neighbour of the one chosen but not the one nearest publication.
    expect(yearOnWeekday(2025, 12, 5, 4, 2025)).toBeNull();
    expect(yearOnWeekday(2024, 12, 5, 4, 2025)).toBe(2024);
    // Without a publication day, only the year chosen.
    expect(yearOnWeekday(2024, 12, 5, 5, null)).toBeNull();
    // Sunday 5 December: 2027, two years away.
    expect(yearOnWeekday(2025, 12, 5, 0, 2025)).toBeNull();
  });

  it('moves a date the other rules put in another year to the weekday’s, on the side its tense says', () => {
    // Said neither way: the nearer 5 December would do, but only 2025's is a Friday.
    expect(entriesOf('The lights are switched on on Friday 5 December in the square.')).toEqual([
      ['2025-12-05', true],
    ]);
    expect(entriesOf('The switch-on will take place on Friday 5 December.')).toEqual([
      ['2025-12-05', true],
    ]);
  });

  it('leaves undated a date the weekday and the tense put on different sides of publication', () => {
    // Past tense, but the only Friday 5 December near is after publication.
    expect(
      entriesOf('The Christmas lights were switched on in the square on Friday 5 December.'),
    ).toEqual([]);
    expect(entriesOf('The switch-on will take place on Thursday 5 December.')).toEqual([]);
    // A weekday no year near has.
    expect(entriesOf('The switch-on will take place on Sunday 5 December.')).toEqual([]);
  });

  it('dates the day an event was moved to: a move says neither side, so the weekday decides', () => {
    // The simple past tells when the move was made; the new day is the plan, ahead here.
    expect(entriesOf('The Christmas lights switch-on was moved to Friday 5 December.')).toEqual([
      ['2025-12-05', true],
    ]);
    expect(entriesOf('The lights switch-on has been postponed to Friday, December 5.')).toEqual([
      ['2025-12-05', true],
    ]);
    expect(entriesOf('The lights switch-on was brought forward to Friday 28 November.')).toEqual([
      ['2025-11-28', false],
    ]);
  });

  it('gives a day-month near publication its year where the weekday confirms it, never a year further off', () => {
    // Published Friday 24 July 2026: 21 July 2026 is a Tuesday, 21 July 2025 a Monday.
    const at = (published: string, sentence: string) =>
      buildTimeline(articleOf(published, sentence)).map((e) => e.date);
    expect(at('2026-07-24', 'Residents were able to return home on Tuesday 21 July.')).toEqual([
      '2026-07-21',
    ]);
    // No Monday in 2026: 2025's, a year back, would have been written with its year.
    expect(at('2026-07-24', 'Residents were able to return home on Monday 21 July.')).toEqual([]);
    // Published a year later, 21 July 2027 is a Wednesday: the Tuesday is 2026's, a year off.
    expect(at('2027-07-24', 'Residents were able to return home on Tuesday 21 July.')).toEqual([]);
  });

  it('takes a stated year as written', () => {
    expect(entriesOf('The lights were switched on on Friday 5 December 2024.')).toEqual([
      ['2024-12-05', false],
    ]);
  });
});
