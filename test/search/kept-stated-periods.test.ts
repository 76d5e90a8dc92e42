/**
 * A sentence's stated periods (select/fact-resolved-time.ts `statedPeriods`, read for the
 * other-month test of other-month.ts) are the same for every question, so the index keeps them
 * per sentence (kept-stated-periods.ts). Kept, they must equal a fresh reading, and be read once.
 * Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { KeptStatedPeriods } from '../../src/search/kept-stated-periods.js';
import {
  passageTime,
  savedDatesOf,
  statedPeriods,
} from '../../src/search/select/fact-resolved-time.js';

const SENTENCES: Array<[text: string, published: string | null]> = [
  ['Kelby Lido was closed on Saturday after its boiler failed.', '2026-10-12'],
  ['Kelby Lido was closed again on 28 March after a pipe burst.', '2027-04-03'],
  ['The lido had reopened in February after repairs.', '2027-04-03'],
  ['The swimming club will train at Ashby leisure centre for now.', '2026-11-02'],
  ['The council met yesterday to set the leisure budget.', null],
  ['The pool first opened in June 1994.', '2026-09-01'],
];

describe('KeptStatedPeriods', () => {
  it('gives what a fresh reading gives, and reads each sentence once', () => {
    const reads: number[] = [];
    const kept = new KeptStatedPeriods(
      {
        textOf: (s) => (reads.push(s), SENTENCES[s]![0]),
        datesOf: (s) => savedDatesOf(SENTENCES[s]![0]),
        publishedOf: (s) => SENTENCES[s]![1],
      },
      100,
    );
    let dated = 0;
    for (let round = 0; round < 3; round++)
      SENTENCES.forEach(([text, published], s) => {
        const fresh = statedPeriods(passageTime(text, savedDatesOf(text)), published);
        expect(kept.at(s), text).toEqual(fresh);
        if (round === 0 && fresh.length > 0) dated += 1;
      });
    // Both dated and undated sentences occur, so the comparison tests something.
    expect(dated).toBeGreaterThan(0);
    expect(dated).toBeLessThan(SENTENCES.length);
    expect(reads).toEqual(SENTENCES.map((_, s) => s));
    expect(kept.at(1)).toBe(kept.at(1));
  });

  it('reads again after emptying at its limit', () => {
    let reads = 0;
    const kept = new KeptStatedPeriods(
      {
        textOf: (s) => (reads++, SENTENCES[s]![0]),
        datesOf: (s) => savedDatesOf(SENTENCES[s]![0]),
        publishedOf: (s) => SENTENCES[s]![1],
      },
      2,
    );
    for (const s of [0, 1, 0, 1, 2, 0]) kept.at(s);
    // 0 and 1 read, then 2 empties the memo, so 0 is read again.
    expect(reads).toBe(4);
  });
});
