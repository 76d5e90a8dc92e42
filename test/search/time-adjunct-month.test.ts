/**
 * A month in a question's time adjunct ("closed in October") restricts the event asked to that
 * month (plan/time-adjunct.ts; Quirk et al. 1985 §8.51): a passage dating its event in another
 * month ("closed again on 28 March") tells another event and gives its place to one the timeline
 * dates in the month asked, though it never writes the month ("closed on Saturday" in an article
 * of Monday 12 October). Invented articles.
 */
import { describe, expect, it } from 'vitest';
import { askedMonth } from '../../src/search/plan/time-adjunct.js';
import { datedInOtherMonth } from '../../src/search/other-month.js';
import { dayNumber } from '../../src/text/calendar.js';
import { engineOver, type SearchFixtureArticle } from './fixtures.js';

const FIRST: SearchFixtureArticle = {
  id: 'courier-boiler',
  title: 'Boiler fault shuts pool',
  outlet: 'Kelby Courier',
  published: '2026-10-12',
  paragraphs: [
    ['Kelby Lido was closed on Saturday after its boiler failed.'],
    ['Engineers are expected to inspect the plant this week.'],
  ],
};
const AGAIN: SearchFixtureArticle = {
  id: 'post-pipe',
  title: 'Kelby Lido closes again',
  outlet: 'Kelby Post',
  published: '2027-04-03',
  paragraphs: [
    ['Kelby Lido was closed again on 28 March after a pipe burst.'],
    ['The lido had reopened in February after repairs.'],
  ],
};
const OTHERS: SearchFixtureArticle[] = [
  {
    id: 'radio-swim',
    title: 'Swimming club moves to Ashby',
    outlet: 'Radio Kelby',
    published: '2026-11-02',
    paragraphs: [['The swimming club will train at Ashby leisure centre for now.']],
  },
  {
    id: 'courier-budget',
    title: 'Council sets leisure budget',
    outlet: 'Kelby Courier',
    published: '2026-09-01',
    paragraphs: [['The council set aside £80,000 for leisure repairs this year.']],
  },
];

describe('a month in a question’s time adjunct', () => {
  it('is read after "in" or "during", in any case', () => {
    expect(askedMonth('why was kelby lido closed in october')).toBe(10);
    expect(askedMonth('What happened during early March?')).toBe(3);
    expect(askedMonth('why was the lido closed')).toBeNull();
    expect(askedMonth('what changed in March and in October?')).toBeNull();
  });

  it('tells another month from a passage’s dates', () => {
    const march = { first: dayNumber(2027, 3, 28), last: dayNumber(2027, 3, 28) };
    const october = { first: dayNumber(2026, 10, 10), last: dayNumber(2026, 10, 10) };
    const year = { first: dayNumber(2026, 1, 1), last: dayNumber(2026, 12, 31) };
    expect(datedInOtherMonth([march], 10)).toBe(true);
    expect(datedInOtherMonth([october], 10)).toBe(false);
    expect(datedInOtherMonth([march, october], 10)).toBe(false);
    expect(datedInOtherMonth([year], 10)).toBe(false);
    expect(datedInOtherMonth([], 10)).toBe(false);
  });

  it('puts the passage dated in the month asked before one dated in another', () => {
    const { engine } = engineOver(AGAIN, FIRST, ...OTHERS);
    const answer = engine.ask('why was kelby lido closed in october');
    expect(answer.passages[0]?.quote).toContain('closed on Saturday after its boiler failed');
    const march = engine.ask('why was kelby lido closed in march');
    expect(march.passages[0]?.quote).toContain('again on 28 March');
  });
});
