/**
 * A unit of measurement's words are the measure's value ("12 nautical miles", "a
 * 12-nautical-mile zone"), not words of what is reported: moved from after the noun to before it,
 * they hide no place where two reports differ; and one figure in two units of one dimension
 * ("12 miles" / "12 nautical miles": 1,609.344 m against 1,852 m) is two lengths, not one fact.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import {
  unitsApart,
  writtenUnits,
  type UnitMeasure,
} from '../../src/search/select/fact-measure-units.js';

const close = { published: ['2025-03-03', '2025-03-04'] as const };
const miles = 'The coastguard declared an exclusion zone of 12 miles around Skeld Bay.';

describe('a unit of measurement written after a number', () => {
  it('is read with its words, two words as one unit', () => {
    const read = (text: string) =>
      writtenUnits(text).map((u) => [text.slice(u.start, u.end), u.unit]);
    expect(read('a 12-nautical-mile zone')).toEqual([['nautical-mile', 'nautical mile']]);
    expect(read('a zone of twelve nautical miles and 300 metres')).toEqual([
      ['nautical miles', 'nautical mile'],
      ['metres', 'metre'],
    ]);
    expect(read('12 miles of coast, twenty-five square kilometres')).toEqual([
      ['miles', 'mile'],
      ['square kilometres', 'square kilometre'],
    ]);
    // No number before it, or a word that is no unit: none.
    expect(read('a milestone, miles of coast, 12 trawlers')).toEqual([]);
  });

  it('sets one figure in two units of one dimension apart, and one unit shared not', () => {
    const m = (value: string, unit: string): UnitMeasure => ({ value, unit, dimension: 'length' });
    expect(unitsApart([m('12', 'mile')], [m('12', 'nautical mile')])).toBe(true);
    expect(unitsApart([m('12', 'mile')], [m('12', 'mile')])).toBe(false);
    expect(unitsApart([m('12', 'mile'), m('19', 'kilometre')], [m('12', 'mile')])).toBe(false);
    expect(unitsApart([m('12', 'mile')], [m('19', 'kilometre')])).toBe(false);
  });
});

describe('a measure moved from after its noun to before it', () => {
  it('still finds the place where the reports differ', () => {
    for (const other of [
      'The coastguard declared a 12-nautical-mile exclusion zone around Orran Point.',
      'The coastguard declared a twelve-nautical-mile exclusion zone around Orran Point.',
    ]) {
      expect(classifyFacts(miles, other, close).kind, other).toBe('different-fact');
      expect(classifyFacts(other, miles, close).kind, other).toBe('different-fact');
    }
    const nautical =
      'The coastguard declared an exclusion zone of 12 nautical miles around Skeld Bay.';
    expect(
      classifyFacts(
        nautical,
        'The coastguard declared a 12-nautical-mile exclusion zone around Orran Point.',
        close,
      ).kind,
    ).toBe('different-fact');
    expect(
      classifyFacts(
        'Police set up a 300-metre cordon around the Kelby depot.',
        'Police set up a cordon of 300 metres around the Durnford depot.',
        close,
      ).kind,
    ).toBe('different-fact');
  });

  it('is one fact when told in the same place, the unit of one word or two', () => {
    const pairs: Array<[string, string]> = [
      [
        'The coastguard declared an exclusion zone of 12 nautical miles around Skeld Bay.',
        'The coastguard declared a 12-nautical-mile exclusion zone around Skeld Bay.',
      ],
      [miles, 'The coastguard declared a 12-mile exclusion zone around Skeld Bay.'],
      [
        'Police set up a 300-metre cordon around the Kelby depot.',
        'Police set up a cordon of 300 metres around the Kelby depot.',
      ],
    ];
    for (const [a, b] of pairs) {
      expect(classifyFacts(a, b, close), b).toEqual({ kind: 'same-fact' });
      expect(classifyFacts(b, a, close), b).toEqual({ kind: 'same-fact' });
    }
  });

  it('keeps a reordered report with no measure one fact ("led by" / "will lead")', () => {
    expect(
      classifyFacts(
        'An inquiry led by Judge Anna Wray will examine the Arnby flood.',
        'Judge Anna Wray will lead the inquiry into the Arnby flood.',
        close,
      ),
    ).toEqual({ kind: 'same-fact' });
  });
});

describe('one figure in two units', () => {
  it('is not one fact', () => {
    for (const other of [
      'The coastguard declared a 12-nautical-mile exclusion zone around Skeld Bay.',
      'The coastguard declared an exclusion zone of 12 nautical miles around Skeld Bay.',
    ]) {
      expect(classifyFacts(miles, other, close), other).toEqual({
        kind: 'different-fact',
        reason: 'different units',
      });
      expect(classifyFacts(other, miles, close).kind, other).toBe('different-fact');
    }
  });
});
