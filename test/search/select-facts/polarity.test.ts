/**
 * Negations cancel in pairs: a denial of a failure tells the opposite of the failure reported,
 * though both passages hold a negation (src/search/select/fact-polarity.ts). Invented harbour
 * sentences.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../../src/search/select/fact-relation.js';

const days = { published: ['2026-05-12', '2026-05-13'] as const };
const claim = 'Tom Reyes said the harbour board had failed to consult owners of small boats.';

describe('relative polarity', () => {
  it('keeps a denial of a negated claim apart from the claim, both ways round', () => {
    const denial = 'The harbour board denied that it had failed to consult owners of small boats.';
    expect(classifyFacts(denial, claim, days).kind).toBe('different-fact');
    expect(classifyFacts(claim, denial, days).kind).toBe('different-fact');
  });

  it('keeps "did not fail to" apart from "failed to"', () => {
    const affirmed =
      'The harbour board did not fail to consult owners of small boats, Tom Reyes said.';
    expect(classifyFacts(affirmed, claim, days).kind).toBe('different-fact');
  });

  it('still joins two reports of one negated fact', () => {
    const same =
      'According to Tom Reyes, the harbour board had failed to consult owners of small boats.';
    expect(classifyFacts(claim, same, days).kind).toBe('same-fact');
  });
});
