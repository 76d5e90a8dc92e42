/**
 * One ranking weight fitted by coordinate ascent on hit@1, the other weights held at the shipped
 * model's (`npm run fit -- --coordinate NAME`).
 *
 * The pairwise fit (ranking.ts) minimises a loss over every pair of a correct and an incorrect
 * candidate, which is not the order's first place: a feature that settles near-ties at the top
 * (a passage stating the asked value in full against one only hinting at it) can leave the
 * pairwise loss unmoved, and a refit then redistributes every weight. Coordinate ascent on the
 * ranking metric itself, one weight at a time over a grid, is the standard direct way (Metzler &
 * Croft, "Linear feature-based models for information retrieval", Information Retrieval 10,
 * 2007); fitting only the new feature's weight leaves the others, and so the scores the
 * abstention classifier was fitted on, as shipped.
 */
import type { FeatureName } from '../../src/search/features.js';
import { hitAt1, type RankingExample, type RankingWeights } from './ranking.js';
import { RANKING_CV, repeatedCrossValidation, type CvResult } from './repeated-cv.js';

/** The weights tried for the one feature (the shipped model's weights are of this order). */
export const COORDINATE_GRID: readonly number[] = [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2];

/** Answerable examples whose best-scored candidate is correct with `weights`. */
export function hitsWith(
  examples: readonly RankingExample[],
  items: readonly number[],
  weights: RankingWeights,
): number {
  let hits = 0;
  for (const i of items) if (examples[i]!.answerable) hits += hitAt1(examples[i]!, weights);
  return hits;
}

/**
 * `base` with `feature`'s weight set to the grid value giving the most hits at 1 over `items`
 * (default: every example); among equal counts the value nearest the base weight, the smallest
 * change.
 */
export function fitOneWeight(
  examples: readonly RankingExample[],
  base: RankingWeights,
  feature: FeatureName,
  items: readonly number[] = examples.map((_, i) => i),
  grid: readonly number[] = COORDINATE_GRID,
): RankingWeights {
  let best = { ...base };
  let bestHits = -1;
  const distance = (w: RankingWeights) => Math.abs(w[feature] - base[feature]);
  for (const value of grid) {
    const weights = { ...base, [feature]: value };
    const hits = hitsWith(examples, items, weights);
    if (hits > bestHits || (hits === bestHits && distance(weights) < distance(best))) {
      best = weights;
      bestHits = hits;
    }
  }
  return best;
}

/**
 * Repeated grouped cross-validated hit@1 (repeated-cv.ts) of {@link fitOneWeight}: the weight
 * chosen on each training part, judged on the held-out questions.
 */
export function crossValidateOneWeight(
  examples: readonly RankingExample[],
  groups: readonly number[],
  base: RankingWeights,
  feature: FeatureName,
  grid: readonly number[] = COORDINATE_GRID,
  plan = RANKING_CV,
): CvResult {
  return repeatedCrossValidation(
    examples.length,
    groups,
    (train) => fitOneWeight(examples, base, feature, train, grid),
    (weights, i) => (examples[i]!.answerable ? hitAt1(examples[i]!, weights) : null),
    plan,
  );
}
