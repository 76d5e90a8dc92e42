import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '../../src/search/features.js';
import { SEARCH_OPTIONS } from '../../src/search/options.js';
import { engineOver, HARBOUR_GAZETTE, VALLEY_TIMES } from '../search/fixtures.js';
import { foldOf, FoldModels, rescore } from './cross-fit.js';
import { crossFittedFeatures } from './fit-abstention.js';
import { shippedRankingPenalty, type RankingExample, type RankingWeights } from './ranking.js';

/** Questions about the two-outlet quay corpus, none naming a source. */
const QUESTIONS = [
  'When will the ferry reopen?',
  'How much did the new quay cost?',
  'Who opened the new quay?',
  'Why was the crossing suspended?',
  'How many fishermen protested at the quay?',
  'How old is the mayor?',
  'What do the fishermen say about the quay?',
  'Since when has the mayor led the town council?',
  'Which towns does the ferry connect?',
  'What damaged the old quay?',
];

const zeroWeights = () => Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])) as RankingWeights;

describe('foldOf', () => {
  it('deals questions into folds by position, the same every time', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 11].map((i) => foldOf(i))).toEqual([0, 1, 2, 3, 4, 0, 1, 1]);
    expect(foldOf(7, 3)).toBe(1);
  });

  it('rejects a position or a fold count that cannot be', () => {
    expect(() => foldOf(-1)).toThrow(/position -1/);
    expect(() => foldOf(1.5)).toThrow(/position 1.5/);
    expect(() => foldOf(3, 1)).toThrow(/at least 2/);
  });
});

describe('FoldModels', () => {
  it('fits each model on the questions outside the held-out folds, once per set of folds', () => {
    const calls: number[][] = [];
    const models = new FoldModels(
      7,
      (positions) => {
        calls.push([...positions]);
        return calls.length;
      },
      3,
    );
    // Folds of positions 0–6 with 3 folds: 0,1,2,0,1,2,0.
    expect(models.without(1)).toBe(1);
    expect(calls[0]).toEqual([0, 2, 3, 5, 6]);
    expect(models.without(2, 0)).toBe(2);
    expect(calls[1]).toEqual([1, 4]);
    // The same folds in another order, or named twice, reuse the fitted model.
    expect(models.without(0, 2)).toBe(2);
    expect(models.without(1, 1)).toBe(1);
    expect(calls).toHaveLength(2);
    expect(() => models.without(3)).toThrow(/no fold 3 of 3/);
  });
});

describe('rescore', () => {
  const { index } = engineOver(HARBOUR_GAZETTE, VALLEY_TIMES);

  it('with the shipped weights, gives the ranking the index gives', () => {
    for (const question of QUESTIONS) {
      const { ranked } = index.rank(question);
      expect(ranked.length).toBeGreaterThan(0);
      expect(rescore(ranked, SEARCH_OPTIONS.model.weights)).toEqual(ranked);
    }
  });

  it('with other weights, orders the same candidates by the new scores', () => {
    const negated = Object.fromEntries(
      FEATURE_NAMES.map((n) => [n, -SEARCH_OPTIONS.model.weights[n]]),
    ) as RankingWeights;
    let firstMoved = 0;
    for (const question of QUESTIONS) {
      const { ranked } = index.rank(question);
      const again = rescore(ranked, negated);
      expect(again.map((r) => r.sentence).sort()).toEqual(ranked.map((r) => r.sentence).sort());
      again.forEach((r, i) => {
        expect(r.score).toBeCloseTo(-(ranked.find((o) => o.sentence === r.sentence)?.score ?? 0));
        if (i > 0) expect(r.score).toBeLessThanOrEqual(again[i - 1]!.score);
      });
      if (ranked.length > 1 && again[0]!.sentence !== ranked[0]!.sentence) firstMoved += 1;
    }
    expect(firstMoved).toBeGreaterThan(0);
  });
});

describe('crossFittedFeatures', () => {
  const { index } = engineOver(HARBOUR_GAZETTE, VALLEY_TIMES);
  const questions = QUESTIONS.map((question) => ({
    index,
    question,
    example: { question, answerable: true, candidates: [] } as RankingExample,
  }));

  it('computes each question’s features with ranking weights fitted without it', () => {
    // Each fit learns from some questions; its weights score a candidate by its coverage alone,
    // scaled by the fit's number, so a feature's score says which fit produced it.
    const seenBy: Array<Set<string>> = [];
    const features = crossFittedFeatures(questions, (examples) => {
      seenBy.push(new Set(examples.map((e) => e.question)));
      return { ...zeroWeights(), coverage: seenBy.length };
    });
    // 5 folds: one model without each fold, one without each pair.
    expect(seenBy).toHaveLength(5 + 10);
    QUESTIONS.forEach((question, i) => {
      const best = Math.max(...index.rank(question).ranked.map((r) => r.features.coverage));
      expect(best).toBeGreaterThan(0);
      expect(features[i]).toHaveLength(5);
      features[i]!.forEach((view, heldOut) => {
        // The best-ranked passage's features: its score is the best candidate's under that fit.
        const f = view.features[0]!;
        const fit = Math.round(f.score / best);
        expect(f.score).toBeCloseTo(fit * best);
        const seen = seenBy[fit - 1]!;
        expect(seen.has(question)).toBe(false);
        // Nor any question of the held-out fold (the nested cross-validation's test fold).
        QUESTIONS.forEach((other, j) => {
          if (foldOf(j) === heldOut || foldOf(j) === foldOf(i)) expect(seen.has(other)).toBe(false);
          else expect(seen.has(other)).toBe(true);
        });
      });
    });
  });
});

describe('shippedRankingPenalty', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'cross-fit-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the penalty the ranking model was fitted with, and says when there is none', () => {
    const file = path.join(dir, 'ranking-model.json');
    writeFileSync(file, JSON.stringify({ weights: {}, crossValidation: { l2: 10 } }));
    expect(shippedRankingPenalty(file)).toBe(10);
    writeFileSync(file, JSON.stringify({ weights: {} }));
    expect(() => shippedRankingPenalty(file)).toThrow(/states no L2 penalty/);
    expect(shippedRankingPenalty()).toBeGreaterThan(0);
  });
});
