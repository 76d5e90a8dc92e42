import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FEATURE_NAMES, type Features } from '../../src/search/features.js';
import {
  crossValidateRanking,
  crossValidateRankingAt1And3,
  fitRanking,
  hitAtK,
  rankingGroups,
  shippedRankingObjective,
  type RankingExample,
} from './ranking.js';

const features = (values: Partial<Features>): Features =>
  ({ ...Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])), ...values }) as Features;

/**
 * Invented questions whose correct candidate is the one whose neighbourhood covers the question
 * (neighbourCoverage), while a wrong one often matches more of its own words (coverage).
 */
function example(i: number): RankingExample {
  const a = ((i * 37) % 10) / 10;
  // The correct candidate's own coverage lies between the wrong ones', so no weight on
  // coverage alone puts it first (a tie falls to the lower sentence, a wrong one).
  return {
    question: `q${i}`,
    answerable: true,
    candidates: [
      {
        sentence: 3 * i,
        features: features({ coverage: 0.5 + a / 2, neighbourCoverage: 0.5 }),
        correct: false,
      },
      {
        sentence: 3 * i + 1,
        features: features({ coverage: 0.4, neighbourCoverage: 0.9 }),
        correct: true,
      },
      {
        sentence: 3 * i + 2,
        features: features({ coverage: a / 4, neighbourCoverage: a / 2 }),
        correct: false,
      },
    ],
  };
}

describe('rankingGroups', () => {
  it('groups questions of one corpus whose first correct candidate is the same sentence', () => {
    const of = (sentences: number[], correct: boolean[]): RankingExample => ({
      question: '',
      answerable: true,
      candidates: sentences.map((sentence, i) => ({
        sentence,
        features: features({}),
        correct: correct[i]!,
      })),
    });
    const examples = [
      of([7, 8], [true, true]), // first correct: 7
      of([9, 7], [false, true]), // first correct: 7, same corpus: grouped with 0
      of([7], [true]), // 7, but of another corpus
      of([8, 7], [true, true]), // first correct 8: not chained to 0 through its second
      of([7], [false]), // no correct candidate: alone
    ];
    const corpora = ['a', 'a', 'b', 'a', 'a'];
    const groups = rankingGroups(examples, (i) => corpora[i]!);
    expect(groups[1]).toBe(groups[0]);
    expect(new Set(groups).size).toBe(4);
  });
});

describe('fitRanking and crossValidateRanking', () => {
  const examples = Array.from({ length: 30 }, (_, i) => example(i));
  const groups = examples.map((_, i) => i);

  it('learn, by either objective, to rank the candidate whose neighbourhood covers the question first', () => {
    for (const objective of ['pairwise', 'listwise'] as const) {
      const weights = fitRanking(examples, ['coverage', 'neighbourCoverage'], 1, objective);
      expect(weights.neighbourCoverage).toBeGreaterThan(weights.coverage);
      expect(weights.bm25).toBe(0);
      const result = crossValidateRanking(
        examples,
        groups,
        ['coverage', 'neighbourCoverage'],
        1,
        objective,
        {
          folds: 3,
          repeats: 2,
          seed: 1,
        },
      );
      expect(result.mean).toBe(1);
    }
  });

  it('report what coverage alone gets right, with the error over questions', () => {
    const result = crossValidateRanking(examples, groups, ['coverage'], 1, 'listwise', {
      folds: 3,
      repeats: 2,
      seed: 1,
    });
    // Coverage alone cannot put the correct candidate first (see example).
    expect(result.mean).toBe(0);
    expect(result.perItem).toHaveLength(30);
  });
});

describe('hitAtK and crossValidateRankingAt1And3', () => {
  const examples = Array.from({ length: 30 }, (_, i) => example(i));
  const groups = examples.map((_, i) => i);
  const plan = { folds: 3, repeats: 2, seed: 1 };

  it('count a correct candidate second as a hit at 3 and a miss at 1', () => {
    const weights = fitRanking(examples, ['coverage'], 1, 'pairwise');
    // Coverage alone puts a wrong candidate first and the correct one second (see example).
    expect(hitAtK(examples[0]!, weights, 1)).toBe(0);
    expect(hitAtK(examples[0]!, weights, 2)).toBe(1);
    expect(hitAtK(examples[0]!, weights, 3)).toBe(1);
  });

  it('cross-validate both figures from the same fold models as crossValidateRanking', () => {
    const both = crossValidateRankingAt1And3(examples, groups, ['coverage'], 1, 'listwise', plan);
    const one = crossValidateRanking(examples, groups, ['coverage'], 1, 'listwise', plan);
    expect(both.hitAt1.perItem).toEqual(one.perItem);
    expect(both.hitAt1.mean).toBe(0);
    expect(both.hitAt3.mean).toBe(1);
  });
});

describe('shippedRankingObjective', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ranking-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the objective the model was fitted with, pairwise when it names none', () => {
    const file = path.join(dir, 'ranking-model.json');
    writeFileSync(file, JSON.stringify({ crossValidation: { l2: 10, objective: 'listwise' } }));
    expect(shippedRankingObjective(file)).toBe('listwise');
    writeFileSync(file, JSON.stringify({ crossValidation: { l2: 10 } }));
    expect(shippedRankingObjective(file)).toBe('pairwise');
    writeFileSync(file, JSON.stringify({ crossValidation: { objective: 'pointwise' } }));
    expect(() => shippedRankingObjective(file)).toThrow(/unknown objective "pointwise"/);
    expect(['pairwise', 'listwise']).toContain(shippedRankingObjective());
  });
});
