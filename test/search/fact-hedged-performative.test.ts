/**
 * "Can confirm" performs the act it names (src/search/select/fact-hedged-performative.ts): a
 * press release's "Harbour Mining can today confirm that …" reports what a radio report's "…
 * confirmed yesterday that …" reports, while "could", "cannot" and "can" before other verbs stay
 * a possibility. Invented sentences; the release of Wednesday 4 March 2026, the radio report of
 * the next day.
 */
import { describe, expect, it } from 'vitest';
import { classifyFacts } from '../../src/search/select/fact-relation.js';

const radio =
  'Harbour Mining confirmed yesterday that the 14 workers trapped at the Kellow pit were safe.';
const dates = { published: ['2026-03-04', '2026-03-05'] as const };

describe('a hedged performative', () => {
  it('"can today confirm" is the confirmation "confirmed yesterday" reports', () => {
    expect(
      classifyFacts(
        'Harbour Mining can today confirm that all 14 workers trapped at the Kellow pit are safe.',
        radio,
        dates,
      ).kind,
    ).toBe('same-fact');
  });

  it('"could confirm" and "cannot confirm" are not', () => {
    for (const modal of ['could', 'cannot'])
      expect(
        classifyFacts(
          `Harbour Mining ${modal} confirm that all 14 workers trapped at the Kellow pit are safe.`,
          radio,
          dates,
        ).kind,
      ).toBe('different-fact');
  });

  it('"can" before a verb that makes nothing public stays a possibility', () => {
    expect(
      classifyFacts(
        'A blood test can show that the 14 workers trapped at the Kellow pit are safe.',
        'A blood test showed that the 14 workers trapped at the Kellow pit were safe.',
        dates,
      ).kind,
    ).toBe('different-fact');
  });
});
