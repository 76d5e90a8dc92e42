/**
 * A yearless date in a participle clause under a verb of the future ("would receive a new bin,
 * delivered in May", "will see the rebate on bills sent out from 1 June"): the bare participle is
 * no past verb, so the date is not put in the year before publication; its side is the nearest
 * occurrence's. Near misses keep their past: a finite verb of its own ("the bins they delivered in
 * May"), a participle under a past verb, a participle after a conjunction. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/timeline/index.js';
import { tenseOf } from '../../src/timeline/tense.js';
import { articleOf } from './fixtures.js';

const tenseAt = (sentence: string, date: string) => {
  const start = sentence.indexOf(date);
  return tenseOf(sentence, start, start + date.length);
};

// Tuesday 14 April 2026.
const datesOf = (sentence: string) =>
  buildTimeline(articleOf('2026-04-14', sentence)).map((e) => e.date);

describe('a date in a participle clause under a verb of the future', () => {
  it.each([
    ['The council said every home would receive a new recycling bin, delivered in May.', 'May'],
    ['Tenants will see the £15 rebate on bills sent out from 1 June.', '1 June'],
  ])('is not read as past: "%s"', (sentence, date) => {
    expect(tenseAt(sentence, date)).toBeNull();
  });

  it('takes the nearest year, not the one before publication', () => {
    expect(datesOf('Every home would receive a new recycling bin, delivered in May.')).toEqual([
      '2026-05',
    ]);
    expect(datesOf('Tenants will see the £15 rebate on bills sent out from 1 June.')).toEqual([
      '2026-06-01',
    ]);
  });

  it.each([
    ['The council will collect the bins they delivered in May.', 'May'],
    ['Tenants saw the rebate on bills sent out from 1 June.', '1 June'],
    ['The depot will close and staff moved in May will return.', 'May'],
    ['The council said it delivered new bins in May.', 'May'],
  ])('keeps a past verb past: "%s"', (sentence, date) => {
    expect(tenseAt(sentence, date)).toBe('past');
  });
});
