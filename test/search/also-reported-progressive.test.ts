/**
 * A plan set against the present progressive (src/search/select/fact-progressive.ts): "will
 * close the pool" and "is closing the pool" tell one arrangement, neither an outcome reached
 * (Quirk et al. 1985, §4.28), so they are one fact; against "closed the pool", or the past
 * progressive "was closing", the plan stays apart, and so does anything else that differs.
 * Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';
import type { RelationContext } from '../../src/search/select/fact-relation-types.js';
import {
  presentProgressives,
  progressiveGoverns,
} from '../../src/search/select/fact-progressive.js';

const SAME_DAY: RelationContext = { published: ['2026-03-04', '2026-03-04'] };
const relate = (a: string, b: string) => classifyFacts(a, b, SAME_DAY).kind;

describe('the present progressive', () => {
  it('is "am", "is" or "are" before a word in -ing, or before "being" and a participle', () => {
    expect(presentProgressives('The council is closing the Kelby pool.')).toEqual([12]);
    expect(presentProgressives('The Tarn Road bridge is being demolished.')).toEqual([21]);
    expect(presentProgressives('Crews are still clearing the Ashby road.')).toEqual([6]);
  });

  it('is not the past progressive, a contraction, or a word in -ing that is no participle', () => {
    expect(presentProgressives('The council was closing the Kelby pool.')).toEqual([]);
    expect(presentProgressives("The council's closing date is March 3.")).toEqual([]);
    expect(presentProgressives('The vote is during the Kelby meeting.')).toEqual([]);
    expect(presentProgressives('There is nothing left of the Kelby pier.')).toEqual([]);
  });

  it('governs what two passages share only when a shared term comes after it', () => {
    const text = 'Kelby residents are protesting, and the pool closed.';
    const firstAt = new Map([
      ['kelbi', 0],
      ['pool', 39],
      ['close', 44],
    ]);
    expect(progressiveGoverns(text, ['pool'], firstAt)).toBe(true);
    expect(progressiveGoverns(text, ['kelbi'], firstAt)).toBe(false);
  });
});

describe('a plan against the present progressive', () => {
  it('is one fact', () => {
    expect(
      relate('The council will close the Kelby pool.', 'The council is closing the Kelby pool.'),
    ).toBe('same-fact');
    expect(
      relate(
        'The remaining 40 per cent will come from council borrowing, repaid over 25 years.',
        'The council is borrowing the rest, repaid over 25 years.',
      ),
    ).toBe('same-fact');
    expect(
      relate(
        'The Tarn Road bridge will be demolished.',
        'The Tarn Road bridge is being demolished.',
      ),
    ).toBe('same-fact');
  });

  it('reads either way round', () => {
    expect(
      relate('The council is closing the Kelby pool.', 'The council will close the Kelby pool.'),
    ).toBe('same-fact');
  });

  it('stays apart from an outcome reached, and from the past progressive', () => {
    expect(
      relate('The council will close the Kelby pool.', 'The council closed the Kelby pool.'),
    ).toBe('different-fact');
    expect(
      relate('The council will close the Kelby pool.', 'The council was closing the Kelby pool.'),
    ).toBe('different-fact');
  });

  it('stays apart when the progressive bears on nothing the two share', () => {
    expect(
      relate(
        'The council will close the Kelby pool.',
        'Residents are protesting; the council closed the Kelby pool.',
      ),
    ).toBe('different-fact');
  });

  it('stays apart from a denial, a possibility, another place or another act', () => {
    expect(
      relate(
        'The council will close the Kelby pool.',
        'The council is not closing the Kelby pool.',
      ),
    ).toBe('different-fact');
    expect(
      relate(
        'The council will close the Kelby pool.',
        'The council may be closing the Kelby pool.',
      ),
    ).toBe('different-fact');
    expect(
      relate('The council will close the Kelby pool.', 'The council is closing the Ashby pool.'),
    ).not.toBe('same-fact');
    expect(
      relate('The council will close the Kelby pool.', 'The council is selling the Kelby pool.'),
    ).toBe('different-fact');
  });
});
