/**
 * A range's ends share one unit (src/search/select/fact-range-units.ts): "from 12,300 to 19,800
 * seats" and "from 12,300 seats to 19,800" count seats at both ends, and two reports giving the
 * same ends are one fact, their values compared in order (start with start, end with end:
 * fact-value-slots.ts). One end differing while the other agrees is a disagreement (each end is
 * a role of its own: fact-change-ends.ts); another unit, or the ends the other way round, stay
 * apart.
 * Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import type { RelationContext } from '../../src/search/select/fact-relation-types.js';
import { factKindsBothWays } from '../support/fact-kinds.js';
import { factValues } from '../../src/search/select/fact-values.js';

const CLOSE: RelationContext = { published: ['2026-03-08', '2026-03-09'] };
const bothWays = (a: string, b: string) => factKindsBothWays(a, b, CLOSE);
const units = (text: string) =>
  factValues(text).positioned.flatMap((v) => ('number' in v ? [v.unit] : []));

const AFTER_SECOND = 'Capacity at Wendle Park will rise from 12,300 to 19,800 seats.';
const AFTER_FIRST = 'Capacity at Wendle Park will rise from 12,300 seats to 19,800.';

describe('the unit of a range', () => {
  it('is read at both ends, written after either', () => {
    expect(units(AFTER_SECOND)).toEqual(['seat', 'seat']);
    expect(units(AFTER_FIRST)).toEqual(['seat', 'seat']);
    expect(units('Between 40 and 60 volunteers turned up.')).toEqual(['volunt', 'volunt']);
  });

  it('is not read across a word opening a clause of its own', () => {
    expect(units('The total rose to 19,800 when the new stand opened.')).toEqual([null]);
  });

  it('is each end’s own when both name one, or no range joins them', () => {
    expect(units('The fleet grew from 3 vans to 5 lorries.')).toEqual(['van', 'lorri']);
    expect(units('Police counted 300 marchers and 40.')).toEqual(['marcher', null]);
  });
});

describe('two reports of one range', () => {
  it('are one fact with the unit after either end, both ways round', () => {
    expect(bothWays(AFTER_SECOND, AFTER_FIRST)).toEqual(['same-fact', 'same-fact']);
  });

  it('are one fact when written alike: the start against the start, the end against the end', () => {
    expect(bothWays(AFTER_SECOND, AFTER_SECOND)).toEqual(['same-fact', 'same-fact']);
  });

  it('disagree when one end agrees and the other differs: a change’s ends are two roles', () => {
    for (const other of [
      'Capacity at Wendle Park will rise from 12,300 seats to 21,000.',
      'Capacity at Wendle Park will rise from 11,000 to 19,800 seats.',
    ])
      expect(bothWays(AFTER_SECOND, other), other).toEqual(['disagree', 'disagree']);
  });

  it('near misses: another unit, the ends the other way round', () => {
    for (const other of [
      'Capacity at Wendle Park will rise from 12,300 to 19,800 spectators.',
      'Capacity at Wendle Park will fall from 19,800 seats to 12,300.',
    ])
      expect(classifyFacts(AFTER_SECOND, other, CLOSE).kind, other).toBe('different-fact');
  });
});
