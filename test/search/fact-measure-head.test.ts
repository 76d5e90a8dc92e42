/**
 * A measure written before its noun ("a 4.1-year supply of building land") and in an "of" phrase
 * after it ("a supply of building land of 4.1 years") is one measure of one thing: told alike,
 * one fact; another noun, another figure or a count on one side only stay apart.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import { measureHeads } from '../../src/search/select/fact-measure-head.js';

const close = { published: ['2025-06-10', '2025-06-11'] as const };
const before = 'Kelsall District Council has a 4.1-year supply of building land.';

describe('a measure before its noun and after it', () => {
  it('is one fact, the noun phrase after or before the measure', () => {
    for (const after of [
      'Kelsall District Council has a supply of building land of 4.1 years.',
      'Kelsall District Council has a building land supply of 4.1 years.',
    ]) {
      expect(classifyFacts(before, after, close), after).toEqual({ kind: 'same-fact' });
      expect(classifyFacts(after, before, close), after).toEqual({ kind: 'same-fact' });
    }
    expect(
      classifyFacts(
        'Porters at Wendle Hospital work a 48-hour week.',
        'Porters at Wendle Hospital work a week of 48 hours.',
        close,
      ),
    ).toEqual({ kind: 'same-fact' });
  });

  it('keeps apart another noun and another figure', () => {
    expect(
      classifyFacts(
        before,
        'Kelsall District Council has a plan of 4.1 years for building land.',
        close,
      ).kind,
    ).toBe('different-fact');
    expect(
      classifyFacts(
        before,
        'Kelsall District Council has a supply of building land of 3.6 years.',
        close,
      ).kind,
    ).not.toBe('same-fact');
  });

  it('reads the noun the premodifier ends on, and the "of" phrase right before the count', () => {
    const a = 'It has a 4.1-year supply of land.';
    const b = 'It has a supply of land of 4.1 years.';
    expect(measureHeads([a, a.indexOf('4.1')], [b, b.indexOf('4.1')])).toBe('one');
    expect(measureHeads([b, b.indexOf('4.1')], [a, a.indexOf('4.1')])).toBe('one');
    // A compound's head is its last noun: "a 4.1-year land supply" measures the supply.
    const compound = 'It has a 4.1-year land supply.';
    expect(measureHeads([compound, compound.indexOf('4.1')], [b, b.indexOf('4.1')])).toBe('one');
    // Two compounds of one head, neither's other nouns within the other's: left alone.
    const housing = 'It has a 4.1-year housing supply.';
    const shop = 'It has a retail supply of 4.1 years.';
    expect(measureHeads([housing, housing.indexOf('4.1')], [shop, shop.indexOf('4.1')])).toBe(null);
    const plan = 'It has a plan of 4.1 years.';
    expect(measureHeads([a, a.indexOf('4.1')], [plan, plan.indexOf('4.1')])).toBe('two');
  });
});

describe('a measure before a compound noun', () => {
  const after = 'The coastguard declared an exclusion zone of 12 miles around Skeld Bay.';

  it('reads the head of the compound', () => {
    for (const before of [
      'The coastguard declared a 12-mile exclusion zone around Skeld Bay.',
      'The coastguard declared a twelve-mile exclusion zone around Skeld Bay.',
      'A twelve-mile exclusion zone was declared around Skeld Bay by the coastguard.',
    ]) {
      expect(classifyFacts(after, before, close), before).toEqual({ kind: 'same-fact' });
      expect(classifyFacts(before, after, close), before).toEqual({ kind: 'same-fact' });
    }
    const a = 'They set a 12-mile exclusion zone around the bay.';
    const b = 'They set a sea exclusion zone of 12 miles around the bay.';
    expect(measureHeads([a, a.indexOf('12')], [b, b.indexOf('12')])).toBe('one');
  });

  it('keeps apart another figure, another zone, another act, a denial and another place', () => {
    const relation = (before: string) => classifyFacts(after, before, close);
    expect(
      relation('The coastguard declared a 10-mile exclusion zone around Skeld Bay.'),
    ).toMatchObject({ kind: 'disagree' });
    for (const before of [
      'The coastguard declared a 12-mile fishing zone around Skeld Bay.',
      'The coastguard lifted a 12-mile exclusion zone around Skeld Bay.',
      'The coastguard denied that it had declared a 12-mile exclusion zone around Skeld Bay.',
      'The coastguard declared a 12-mile exclusion zone around Orran Point.',
    ])
      expect(relation(before).kind, before).toBe('different-fact');
  });
});
