import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES, type Features } from '../../src/search/features.js';
import { crossValidateOneWeight, fitOneWeight, hitsWith } from './coordinate.js';
import type { RankingExample, RankingWeights } from './ranking.js';

const features = (values: Partial<Features>): Features =>
  ({ ...Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])), ...values }) as Features;
const weights = (values: Partial<RankingWeights>): RankingWeights =>
  ({ ...Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])), ...values }) as RankingWeights;

/**
 * Invented questions: the correct candidate states the asked value (typeNew 1) and covers the
 * question 0.3 below a wrong one that only hints at it; in every fourth question the hint is
 * right instead. Only a weight on typeNew above 0.3 (times the coverage weight 1) puts the
 * value first, and past 0.3 every weight does as well as another.
 */
function example(i: number): RankingExample {
  const hintRight = i % 4 === 3;
  return {
    question: `q${i}`,
    answerable: true,
    candidates: [
      { sentence: 2 * i, features: features({ coverage: 0.8 }), correct: hintRight },
      {
        sentence: 2 * i + 1,
        features: features({ coverage: 0.5, typeNew: 1 }),
        correct: !hintRight,
      },
    ],
  };
}

describe('fitOneWeight (coordinate ascent on hit@1)', () => {
  const examples = Array.from({ length: 40 }, (_, i) => example(i));
  const base = weights({ coverage: 1 });

  it('sets one weight to the grid value with the most hits at 1, the others untouched', () => {
    expect(
      hitsWith(
        examples,
        examples.map((_, i) => i),
        base,
      ),
    ).toBe(10);
    const fitted = fitOneWeight(examples, base, 'typeNew');
    // 0.25 does not pass the 0.3 gap; 0.5 is the value nearest the base weight of those that do.
    expect(fitted.typeNew).toBe(0.5);
    expect({ ...fitted, typeNew: 0 }).toEqual(base);
    expect(
      hitsWith(
        examples,
        examples.map((_, i) => i),
        fitted,
      ),
    ).toBe(30);
  });

  it('keeps the base weight when no grid value does better', () => {
    const fitted = fitOneWeight(examples, { ...base, typeNew: 1 }, 'heading');
    expect(fitted.heading).toBe(0);
  });

  it('cross-validates the choice on held-out questions', () => {
    const groups = examples.map((_, i) => i);
    const cv = crossValidateOneWeight(examples, groups, base, 'typeNew', undefined, {
      folds: 4,
      repeats: 2,
      seed: 1,
    });
    expect(cv.mean).toBeCloseTo(0.75, 5);
  });
});
