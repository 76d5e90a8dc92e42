import { describe, expect, it } from 'vitest';
import { refusedBy } from './fit-abstention.js';
import {
  ABSTENTION_FEATURES,
  type AbstainModel,
  type AbstentionFeatures,
} from '../../src/search/abstain-model.js';

// An invented classifier that trusts every question (intercept 5: P ≈ 0.99) at a cut-off of 0.5.
const weights = Object.fromEntries(ABSTENTION_FEATURES.map((n) => [n, 0])) as AbstentionFeatures;
const model: AbstainModel = {
  intercept: 5,
  weights,
  answerProbability: 0.5,
  aboutCoverage: 0.1,
} as AbstainModel;
const example = {
  set: 'invented',
  pool: undefined,
  features: [weights],
  widestCoverage: 0.8,
  matched: true,
  gated: false,
};

describe('refusedBy (the abstention fit’s figures)', () => {
  it('answers a trusted question no gate refused, answerable or not', () => {
    expect(refusedBy(model, { ...example, answerable: true } as typeof example)).toBe(false);
    expect(refusedBy(model, { ...example, answerable: false } as typeof example)).toBe(false);
  });

  it('refuses a question a gate refused, or one no candidate matched', () => {
    expect(refusedBy(model, { ...example, gated: true })).toBe(true);
    expect(refusedBy(model, { ...example, matched: false })).toBe(true);
  });

  it('refuses a question the classifier does not trust', () => {
    expect(refusedBy({ ...model, intercept: -5 }, example)).toBe(true);
  });
});
