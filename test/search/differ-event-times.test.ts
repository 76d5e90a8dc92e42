/**
 * Two reports that state the time of what they tell, one counted from publication ("on
 * Saturday") and one as a calendar date ("in March"), tell two events when the times cannot
 * meet (fact-resolved-time.ts `sameTime`; Davidson 1967: an event's time is one of its
 * arguments): neither one fact nor a disagreement on the place they name. Invented reports; the
 * near miss keeps a disagreement on where when the two times meet.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { differingSources, enginesOf, twoOutlets } from '../support/two-outlets.js';

// Friday 17 October 2025: "on Saturday" is 11 October 2025. The other article is of April 2026,
// whose "in March" the timeline dates March 2026.
const DAYS = ['2025-10-17', '2026-04-20'] as const;
const relation = (a: string, b: string, days: readonly [string, string] = DAYS) =>
  classifyFacts(a, b, { published: days });

const SATURDAY =
  'The charity opened a repair workshop for storm-damaged boats at Kelby quay on Saturday.';
const MARCH = 'The charity opened a repair workshop for storm-damaged boats at Tarnmouth in March.';

const engineOf = enginesOf(() => ({
  workshops: twoOutlets(
    ['Boat repairs begin (Echo)', 'Six months of repairs (Radio)'],
    [
      `Storm Idris wrecked dozens of boats last week.\n\n${SATURDAY}\n\nVolunteers worked through the night.`,
      `Repairs go on along the coast.\n\n${MARCH}\n\nIt has fixed forty hulls so far.`,
    ],
    DAYS,
  ),
}));

describe('two reports of an act whose stated times cannot meet', () => {
  it('is no disagreement on where, either way round', () => {
    expect(relation(SATURDAY, MARCH)).toMatchObject({ kind: 'different-fact' });
    expect(relation(MARCH, SATURDAY)).toMatchObject({ kind: 'different-fact' });
  });

  it('is not one fact when the place is the same', () => {
    const kelbyInMarch =
      'The charity opened a repair workshop for storm-damaged boats at Kelby quay in March.';
    expect(relation(SATURDAY, kelbyInMarch)).toMatchObject({ kind: 'different-fact' });
    expect(relation(kelbyInMarch, SATURDAY)).toMatchObject({ kind: 'different-fact' });
  });

  it('says no sources differ when asked where the workshop opened', () => {
    expect(
      differingSources(engineOf('workshops'), 'where did the charity open a repair workshop?'),
    ).toEqual([]);
  });

  it('still sets two places apart when the times meet', () => {
    const october =
      'The charity opened a repair workshop for storm-damaged boats at Tarnmouth in October.';
    expect(relation(SATURDAY, october, ['2025-10-17', '2025-10-20'])).toMatchObject({
      kind: 'disagree',
      aspect: 'place',
    });
  });
});
