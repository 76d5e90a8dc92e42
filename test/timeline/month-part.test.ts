/**
 * A quote stating part of a month ("mid-March", "late March", "the end of March") joins an entry
 * of a day of that month only when the day lies in that part. Invented viaduct articles.
 */
import { describe, expect, it } from 'vitest';
import { monthPartDays } from '../../src/timeline/month-part.js';
import { entrySources, one, type FixtureArticle } from './fixtures.js';

const entries = (...articles: FixtureArticle[]) => entrySources(articles);

const deadline = (day: number) =>
  one(
    'council',
    '2026-02-12',
    `The council will ask the trust to reopen the viaduct on ${day} March.`,
  );
const estimate = (part: string) =>
  one(
    'ledger',
    '2026-02-10',
    `The engineer said the viaduct should reopen in ${part} after the repairs.`,
  );

describe('a part of a month joins only the days in it', () => {
  it('"mid-March" is no source of 31 March, but is of 16 March', () => {
    expect(entries(deadline(31), estimate('mid-March'))).toEqual([
      '2026-03: ledger',
      '2026-03-31: council',
    ]);
    expect(entries(deadline(16), estimate('mid-March'))).toEqual(['2026-03-16: council, ledger']);
  });

  it('"late March" and "the end of March" join the last third; the whole month joins any day', () => {
    expect(entries(deadline(31), estimate('late March'))).toEqual(['2026-03-31: council, ledger']);
    expect(entries(deadline(5), estimate('late March'))).toHaveLength(2);
    expect(entries(deadline(5), estimate('March'))).toEqual(['2026-03-05: council, ledger']);
  });

  it('reads the part written right before the month, at its offsets', () => {
    // Each March's offsets in its sentence, as detection finds them.
    const part = (sentence: string, ...starts: number[]) =>
      monthPartDays(sentence, starts.length > 0 ? starts : [sentence.indexOf('March')]);
    expect(part('should reopen in mid-March')).toEqual([11, 20]);
    expect(part('by the end of March')).toEqual([21, 31]);
    expect(part('in early March')).toEqual([1, 10]);
    expect(part('in March')).toBeNull();
    // Two mentions stating different parts state no one part.
    expect(part('from early March to late March', 11, 25)).toBeNull();
    // Only the mentions given are read: another "March" of the text is another date's.
    expect(part('work began in early March and ends in late March', 43)).toEqual([21, 31]);
  });

  it('"from early March to late March" states no one part: it joins any day of March', () => {
    const span = one(
      'ledger',
      '2026-02-10',
      'The engineer said repairs to the viaduct will run from early March to late March.',
    );
    const day = one(
      'council',
      '2026-02-12',
      'Repairs to the viaduct will run on 16 March, the council said.',
    );
    expect(entries(day, span)).toEqual(['2026-03-16: council, ledger']);
  });
});
