import { describe, expect, it } from 'vitest';
import { dualCounts } from '../../src/search/select/fact-dual.js';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { factValues } from '../../src/search/select/fact-values.js';

describe('"both" as a count of two', () => {
  it('counts "both" before a plural noun phrase, with what it counts', () => {
    expect(factValues('Both drivers were treated at the scene.').counts).toContainEqual({
      value: '2',
      unit: 'driver',
    });
    expect(factValues('Both of the injured passengers were flown to Orkley.').numbers).toEqual([
      '2',
    ]);
    expect(factValues('Both women were released on bail.').numbers).toEqual(['2']);
  });

  it('counts nothing for a coordination or a pronoun', () => {
    expect(dualCounts('Both the council and the union welcomed the deal.')).toEqual([]);
    expect(dualCounts('Both cyclists and walkers use the path.')).toEqual([]);
    expect(dualCounts('Both were released on bail.')).toEqual([]);
    expect(dualCounts('She served both as mayor and as councillor.')).toEqual([]);
  });

  it('joins "both" with "the two" of the same thing, and sets it against another count', () => {
    const published: [string, string] = ['2026-05-06', '2026-05-06'];
    expect(
      classifyFacts(
        'Both drivers were taken to hospital in Merrow after the crash.',
        'The two drivers were taken to hospital in Merrow after the crash.',
        { published },
      ).kind,
    ).toBe('same-fact');
    expect(
      classifyFacts(
        'Both drivers were taken to hospital in Merrow after the crash.',
        'Three drivers were taken to hospital in Merrow after the crash.',
        { published },
      ).kind,
    ).not.toBe('same-fact');
  });
});
