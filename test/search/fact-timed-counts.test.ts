/**
 * Two counts of one act on one subject differ on the number though one side alone adds when
 * ("by the end of 2027") or an apposition naming the act ("…, the union's main demand"); another
 * subject, another year or another thing counted keeps them apart.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import type { RelationContext } from '../../src/search/select/fact-relation-types.js';
import { stancesOf } from '../../src/search/select/fact-stance.js';

const sameDay: RelationContext = { published: ['2026-05-15', '2026-05-15'] };
const both = (a: string, b: string) => {
  const there = classifyFacts(a, b, sameDay);
  expect(classifyFacts(b, a, sameDay)).toEqual(there);
  return there;
};

const agreed =
  "The port company has also agreed to recruit 80 new dockers, the union's main demand.";

describe('counts of one act on one subject, one side saying when', () => {
  it('differ on the number', () => {
    expect(
      both(
        agreed,
        'The port operator has committed to recruiting 60 new dockers by the end of 2027.',
      ),
    ).toEqual({ kind: 'disagree', aspect: 'number' });
  });

  it('another subject, another year or another thing counted stays apart', () => {
    for (const other of [
      'The county council has committed to recruiting 60 new dockers by the end of 2027.',
      'The port operator has committed to recruiting 60 new cranes by the end of 2027.',
    ])
      expect(both(agreed, other).kind).toBe('different-fact');
    expect(
      both(
        'The port company has agreed to recruit 80 new dockers by the end of 2027.',
        'The port operator has committed to recruiting 60 new dockers by the end of 2030.',
      ).kind,
    ).toBe('different-fact');
  });

  it('"demand" naming what was told is no wish; demanding still is', () => {
    expect([...stancesOf(agreed).keys()]).toEqual([]);
    expect([...stancesOf("The union's demand for 80 new dockers was rejected.").keys()]).toContain(
      'wished',
    );
    expect([...stancesOf('Dockers demanded 80 new recruits.').keys()]).toContain('wished');
  });
});
