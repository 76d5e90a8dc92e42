/**
 * Unit symbols read as their units: "1,400 Ml" is 1,400 megalitres and "1,400 ml" 1,400
 * millilitres, an SI prefix symbol keeping its case ("M" mega, "m" milli: SI Brochure 3.1, table
 * 7); "400 t of sandbags" is 400 tonnes (the tonne's symbol, SI Brochure table 8), in a measure
 * phrase with "of" only (fact-units.ts, fact-measure-units.ts). One figure in a unit's name and
 * its symbol is one fact; in two units, two amounts. Invented reports.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { writtenUnits } from '../../src/search/select/fact-measure-units.js';

const DAYS = ['2026-02-10', '2026-02-11'] as const;
const kinds = (a: string, b: string) => [
  classifyFacts(a, b, { published: DAYS }).kind,
  classifyFacts(b, a, { published: [DAYS[1], DAYS[0]] }).kind,
];
const SAME = ['same-fact', 'same-fact'];

describe('a unit symbol whose case is its meaning', () => {
  it('reads "Ml" as megalitres and "ml" as millilitres', () => {
    expect(writtenUnits('It holds 1,400 Ml of water.').map((u) => u.unit)).toEqual(['megalitre']);
    expect(writtenUnits('It holds 1,400 ML of water.').map((u) => u.unit)).toEqual(['megalitre']);
    expect(writtenUnits('A 5 ml dose.').map((u) => u.unit)).toEqual(['millilitre']);
    expect(writtenUnits('A 5 mL dose.').map((u) => u.unit)).toEqual(['millilitre']);
    expect(writtenUnits('It holds 1,400 megalitres.').map((u) => u.unit)).toEqual(['megalitre']);
  });

  it('joins a figure in megalitres to the same figure in "Ml", never in "ml"', () => {
    const NAME = 'The Harl reservoir holds 1,400 megalitres of water.';
    expect(kinds(NAME, 'The Harl reservoir holds 1,400 Ml of water.')).toEqual(SAME);
    expect(kinds(NAME, 'The Harl reservoir holds 1,400 ml of water.')).not.toContain('same-fact');
  });
});

describe('the tonne’s symbol', () => {
  it('is read before "of" only, lower case', () => {
    expect(writtenUnits('Some 400 t of sandbags.').map((u) => u.unit)).toEqual(['tonne']);
    expect(writtenUnits('Some 400 T of sandbags.')).toEqual([]);
    expect(writtenUnits('Plan 4 t.')).toEqual([]);
  });

  it('joins tonnes to "t", never kilograms to "t"', () => {
    const T = 'A helicopter dropped 400 t of sandbags onto the Harl spillway.';
    expect(kinds('A helicopter dropped 400 tonnes of sandbags onto the Harl spillway.', T)).toEqual(
      SAME,
    );
    expect(
      kinds('A helicopter dropped 400 kilograms of sandbags onto the Harl spillway.', T),
    ).not.toContain('same-fact');
    expect(
      kinds('A helicopter dropped 300 tonnes of sandbags onto the Harl spillway.', T),
    ).not.toContain('same-fact');
  });
});
