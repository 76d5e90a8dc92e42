/**
 * Stage 4, score: the ranking model. A linear combination of the features whose weights were
 * fitted on development questions by `npm run fit` (a pairwise logistic regression: the
 * weights that best order a passage that answers above one that does not). Weights live in
 * ranking-model.json, read through SEARCH_OPTIONS.
 */
import { FEATURE_NAMES, type Features } from './features.js';
import { SEARCH_OPTIONS, type RankingModel } from './options.js';

/** The model's score of a candidate: higher is better; only the order matters. */
export function scoreOf(
  features: Features,
  weights: RankingModel['weights'] = SEARCH_OPTIONS.model.weights,
): number {
  let score = 0;
  for (const name of FEATURE_NAMES) score += (weights[name] ?? 0) * features[name];
  return score;
}
