/**
 * An offset from a date ("two days before 31 March", "a week after Friday 6 March", "the day
 * before") shifts the date written, or leaves the event undated when the offset counts no exact
 * number of days: the event is never listed on the anchor's day. Invented harbour sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimelineDetailed } from '../../src/timeline/index.js';
import { offsetBefore } from '../../src/timeline/offset.js';
import { articleOf } from './fixtures.js';

/** Published Friday 2026-04-10. */
const PUBLISHED = '2026-04-10';
const datesOf = (sentence: string, published: string | null = PUBLISHED) => {
  const { events, undated } = buildTimelineDetailed(articleOf(published, sentence));
  return { dated: events.map((e) => [e.date, e.future]), undated: undated.map((u) => u.text) };
};

describe('an offset from a date', () => {
  it.each([
    ['The harbour deposit was returned two days before 31 March.', '2026-03-29'],
    ['The harbour deposit was returned the day before 31 March.', '2026-03-30'],
    ['The harbour deposit was returned the day after Friday 6 March.', '2026-03-07'],
    ['The harbour deposit was returned a week after Friday 6 March.', '2026-03-13'],
    ['The harbour deposit was returned 14 days after the March 3 vote.', '2026-03-17'],
    ['The harbour deposit was returned two full weeks before 31 March.', '2026-03-17'],
  ])('shifts the date written: "%s" → %s', (sentence, date) => {
    expect(datesOf(sentence).dated).toEqual([[date, false]]);
  });

  it('keeps a plan ahead when its shifted day is ahead', () => {
    expect(
      datesOf('The harbour deposit will be returned three days before 30 April.').dated,
    ).toEqual([['2026-04-27', true]]);
  });

  it.each([
    'The harbour deposit was returned several days before 31 March.',
    'The harbour deposit was returned days before 31 March.',
    'The harbour deposit was returned two months after 3 January.',
    'The harbour deposit was returned in the two weeks before 31 March.',
    'The harbour ferry ran for two days after 3 January.',
    'The harbour deposit was returned the week before 31 March.',
  ])('leaves undated an offset of no exact number of days: "%s"', (sentence) => {
    const { dated, undated } = datesOf(sentence);
    expect(dated).toEqual([]);
    expect(undated).toHaveLength(1);
  });

  it.each([
    'The harbour deposit was returned after 31 March.',
    'Soon after 31 March, the harbour deposit was returned.',
  ])(
    'leaves undated a bare "after" a date, which puts the act at no stated day: "%s"',
    (sentence) => {
      const { dated, undated } = datesOf(sentence);
      expect(dated).toEqual([]);
      expect(undated).toEqual(['31 March']);
    },
  );

  it('keeps "on or after" a date, its first possible day, and a possessive occasion after it', () => {
    expect(datesOf('The harbour deposit will be returned on or after 30 April.').dated).toEqual([
      ['2026-04-30', true],
    ]);
    expect(datesOf("Crews gathered after Monday's announcement.").dated).toEqual([
      ['2026-04-06', false],
    ]);
  });

  it('never shows a yearless anchor as the event’s month and day', () => {
    expect(
      datesOf('The harbour deposit was returned two days before 31 March.', null).dated,
    ).toEqual([]);
  });

  it('is read only right before the date', () => {
    const at = (sentence: string, date: string) => offsetBefore(sentence, sentence.indexOf(date));
    expect(at('It was paid two days before 31 March.', '31 March')).toEqual({ days: -2 });
    expect(at('It was paid a fortnight after 1 March.', '1 March')).toEqual({ days: 14 });
    expect(at('It was paid before 31 March.', '31 March')).toBeNull();
    expect(at('It was paid two days later, on 31 March.', '31 March')).toBeNull();
    expect(at('It was paid on Monday before 31 March.', '31 March')).toBeNull();
    // A bound, not an offset: no count of units.
    expect(at('It was sold in the present year prior to 23 November.', '23 November')).toBeNull();
  });
});
