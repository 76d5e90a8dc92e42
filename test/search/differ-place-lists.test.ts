/**
 * Places given as a list ("in Harrowby, Kelby and Low Ashby"): every conjunct is a place of the
 * report, so a report naming some of them does not disagree with it on where. Invented reports;
 * the near misses keep two single places apart and a comma that opens another phrase unlisted.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { namesCoordinatedAfter } from '../../src/text/coordinated-names.js';
import { differingSources, enginesOf, twoOutlets } from '../support/two-outlets.js';

const DAYS = ['2026-10-15', '2026-10-22'] as const;
const relation = (a: string, b: string) => classifyFacts(a, b, { published: DAYS });

const SOME = "Some pool staff have been moved to the trust's other gyms in Ormby and Tarnfield.";
const ALL =
  'The trust runs four gyms in the district, in Brookfield, Ormby, Tarnfield and Lower Ashby.';

const engineOf = enginesOf(() => ({
  gyms: twoOutlets(
    ['Pool staff moved (Bulletin)', 'Trust counts the cost (Advertiser)'],
    [
      `The Brookfield pool has closed for repairs.\n\n${SOME}\n\nThe trust said no jobs were at risk.`,
      `The closure is costing the trust money every week.\n\n${ALL}\n\nIts chief executive said the pool was the busiest.`,
    ],
    DAYS,
  ),
}));

describe('places listed with "and"', () => {
  it('reads each name of a list closed by "and" or "or", and no name after a comma alone', () => {
    const text = 'It runs gyms in Brookfield, Ormby, Tarnfield and Lower Ashby.';
    expect(namesCoordinatedAfter(text, text.indexOf(',')).map((n) => n.name)).toEqual([
      'Ormby',
      'Tarnfield',
      'Lower Ashby',
    ]);
    const listed = namesCoordinatedAfter(text, text.indexOf(','));
    for (const { name, at } of listed) expect(text.slice(at, at + name.length)).toBe(name);
    expect(namesCoordinatedAfter('Staff went to Ormby or Tarnfield.', 19)).toEqual([
      { name: 'Tarnfield', at: 23 },
    ]);
    expect(namesCoordinatedAfter('In Ormby, Mayor Ruiz said the gym was full.', 8)).toEqual([]);
  });

  it('does not set a list against a report naming some of its places', () => {
    expect(relation(SOME, ALL)).not.toMatchObject({ kind: 'disagree', aspect: 'place' });
    expect(relation(ALL, SOME)).not.toMatchObject({ kind: 'disagree', aspect: 'place' });
  });

  it('says no sources differ when asked where the gyms are', () => {
    expect(differingSources(engineOf('gyms'), "Where are the trust's gyms?")).toEqual([]);
  });

  it('still sets one place against another for one dated act, and a list against one outside it', () => {
    const single = 'The gym ministers met in Ormby on March 3, 2026 and signed the pool accord.';
    expect(
      relation(
        single,
        'The gym ministers met in Tarnfield on March 3, 2026 and signed the pool accord.',
      ),
    ).toEqual({ kind: 'disagree', aspect: 'place' });
    expect(
      relation(
        single,
        'The gym ministers met in Lower Ashby or Brookfield on March 3, 2026 and signed the pool accord.',
      ),
    ).not.toMatchObject({ kind: 'same-fact' });
  });
});
