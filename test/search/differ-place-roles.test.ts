/**
 * A place one report names in one role and the other names in another ("the family from
 * Dunmere" / "a Dunmere family … moved from Kelbridge") is no disagreement on where: two reports
 * differ on a place only when neither names a place of the other's at all. Invented reports;
 * the near miss keeps two places for one dated act apart.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { differingSources, enginesOf, twoOutlets } from '../support/two-outlets.js';

const DAYS = ['2026-03-13', '2026-03-17'] as const;
const relation = (a: string, b: string) => classifyFacts(a, b, { published: DAYS });

const FIRST =
  'A Dunmere family say they are about £3,000 out of pocket after their flights to Tenerife were moved from Kelbridge to Farrowby.';
const SECOND =
  'The Voss family from Dunmere, who were moved to Farrowby, say the switch has cost them around £3,000.';

const engineOf = enginesOf(() => ({
  family: twoOutlets(
    ['Family out of pocket (Radio)', 'Who pays? (Courier)'],
    [
      `Flights at Kelbridge were cut in March.\n\n${FIRST}\n\nThe airline said it was sorry.`,
      `The row over refunds goes on.\n\n${SECOND}\n\nThe airport said the airline must pay.`,
    ],
    DAYS,
  ),
}));

describe('a place named by both reports in different roles', () => {
  it('is no disagreement on where, either way round', () => {
    expect(relation(FIRST, SECOND)).not.toMatchObject({ kind: 'disagree', aspect: 'place' });
    expect(relation(SECOND, FIRST)).not.toMatchObject({ kind: 'disagree', aspect: 'place' });
  });

  it('says no sources differ when asked where the family flew from', () => {
    expect(differingSources(engineOf('family'), 'where were the voss family flying from')).toEqual(
      [],
    );
  });

  it('still sets two places apart when neither report names the other', () => {
    expect(
      relation(
        'The gym ministers met in Ormby on March 3, 2026 and signed the pool accord.',
        'The gym ministers met in Tarnfield on March 3, 2026 and signed the pool accord.',
      ),
    ).toMatchObject({ kind: 'disagree', aspect: 'place' });
  });
});
