/**
 * "Go up" and "go down" as verbs of change (fact-change-ends.ts `phrasalDirection`: WordNet 3.1
 * lists "go up" with "rise" and "climb", "go down" with "decline"), so one change told by its two
 * ends and by its size and end is one fact with them too ("rose from £3.1m to £3.8m" / "has gone
 * up by £700,000 to £3.8m"); and a rise against a fall is two changes whatever else is shared
 * (`changeWaysApart`). Invented sentences, articles published on one day.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { synonymsFor } from '../support/index-synonyms.js';
import { analyseFact } from '../../src/search/select/fact-analysis.js';

const DAY = '2027-03-24';

/** Relates `a` and `b` with the synonyms of their words, both read as published on one day. */
function relate(a: string, b: string) {
  return classifyFacts(a, b, { published: [DAY, DAY], synonyms: synonymsFor(a, b) });
}

const rose = 'The cost of the new bridge rose from £3.1m to £3.8m.';

describe('"go up" and "go down" as verbs of change', () => {
  it('reads a change told by its ends and by "gone up" with its size and end as one', () => {
    const goneUp = 'The cost of the new bridge has gone up by £700,000 to £3.8m.';
    expect(relate(rose, goneUp)).toEqual({ kind: 'same-fact' });
    expect(relate(goneUp, rose)).toEqual({ kind: 'same-fact' });
    expect(
      relate(
        'The cost of the new bridge fell from £3.8m to £3.1m.',
        'The cost of the new bridge has gone down by £700,000 to £3.1m.',
      ),
    ).toEqual({ kind: 'same-fact' });
  });

  it('keeps apart a size that the ends do not bear out, and a change the other way', () => {
    expect(relate(rose, 'The cost of the new bridge has gone up by £600,000 to £3.8m.').kind).toBe(
      'different-fact',
    );
    expect(
      relate(
        'The cost of the new bridge fell from £3.8m to £3.1m.',
        'The cost of the new bridge has gone up by £700,000 to £3.1m.',
      ).kind,
    ).toBe('different-fact');
  });

  it('never joins a rise and a fall of one size to one figure', () => {
    // "rise" and "go (up)" share a WordNet synset, and the particle is no term: the verbs alone
    // joined these.
    expect(relate('Fares rose by 40p to £2.40.', 'Fares have gone down by 40p to £2.40.')).toEqual({
      kind: 'different-fact',
      reason: 'changes in opposite directions',
    });
    expect(relate('Fares rose by 40p to £2.40.', 'Fares have gone up by 40p to £2.40.')).toEqual({
      kind: 'same-fact',
    });
  });

  it('reads "went up to" a level as the level reached, not as a bound', () => {
    expect(relate('The budget rose to £2.6m.', 'The budget went up to £2.6m.')).toEqual({
      kind: 'same-fact',
    });
    expect(relate('The budget went up to £2.6m.', 'The budget rose to £2.9m.').kind).toBe(
      'different-fact',
    );
    // "Up to" before a figure is still its bound, after any other verb.
    const boundOf = (text: string) => {
      const [first] = analyseFact(text).values.positioned;
      return first !== undefined && 'number' in first ? first.bound : undefined;
    };
    expect(boundOf('The hall will take up to 300 people.')).toBe('upper');
    expect(boundOf('The budget went up to £2.6m.')).toBeNull();
    expect(
      relate('The hall will take up to 300 people.', 'The hall will take more than 300 people.'),
    ).toEqual({ kind: 'different-fact', reason: 'different bounds' });
  });
});
