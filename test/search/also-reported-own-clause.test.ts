/**
 * "Also reported by" for one act two outlets tell with their own details beside it ("two days
 * after a service" / "run by Marl Water", "in a heavy storm"): the candidate is admitted by its
 * own clause (select.ts `mayReportOneFact`, fact-own-clause-terms.ts `ownClausesMeet`) and related by it
 * (fact-clause-relations.ts `inOwnClauses`). Tiny invented corpora of two articles beside unrelated ones.
 */
import { describe, expect, it } from 'vitest';
import { enginesOf, twoOutlets } from '../support/two-outlets.js';

const failed = 'The Tarnbury pump station failed at 2am on Monday, two days after a service.';
const corpus = (radio: string) =>
  twoOutlets(
    ['Pump failure floods Tarnbury homes', 'Pump station fails in Tarnbury'],
    [`Homes in Tarnbury were flooded.\n\n${failed}`, `Tarnbury had a wet week.\n\n${radio}`],
    ['2026-03-11', '2026-03-10'],
  );

const engineOf = enginesOf(() => ({
  same: corpus('The station, run by Marl Water, failed at about 2am on Monday in a heavy storm.'),
  later: corpus('The station, run by Marl Water, failed at about 5am on Monday in a heavy storm.'),
}));

/** The outlets' ids of each answer's "also reported by", per answer. */
const alsoOf = (name: string) =>
  engineOf(name)
    .ask('When did the pump station fail?')
    .passages.map((passage) => passage.alsoReportedBy.map((quote) => quote.source.id));

describe('one act with other details on each side', () => {
  it('is also reported by the other outlet', () => {
    expect(alsoOf('same').flat()).toHaveLength(1);
  });

  it('is not at another hour', () => {
    expect(alsoOf('later').flat()).toEqual([]);
  });
});
