/**
 * Stage 6, abstain: what the reply may honestly claim. Three outcomes: the best passage
 * answers; no passage clearly answers, so the closest are shown as such; or nothing in the
 * coverage is about the question. A logistic classifier over the question-level evidence
 * (abstain-features.ts) gives P(the coverage answers the question); it and both cut-offs are
 * fitted on the development questions by `npm run fit -- --abstention` (abstain-model.json).
 */
import type { AbstainModel, AbstentionFeatures } from './abstain-model.js';
import { ABSTENTION_FEATURES } from './abstain-model.js';
import { SEARCH_OPTIONS } from './options.js';

/** What the reply may claim. */
export type Outcome = 'answer' | 'closest' | 'nothing';

/** P(the coverage answers the question), 0–1, by the fitted logistic model. */
export function answerProbability(
  features: AbstentionFeatures,
  model: AbstainModel = SEARCH_OPTIONS.abstain.model,
): number {
  let z = model.intercept;
  for (const name of ABSTENTION_FEATURES) z += model.weights[name] * features[name];
  return 1 / (1 + Math.exp(-z));
}

/**
 * The outcome for a question given its abstention features (undefined: no candidate matched
 * any of its words). "Nothing" is claimed only when no passage covers even the share of the
 * question that the least-covered answerable development question had (aboutCoverage): then
 * no passage shares enough of its concepts to be shown as near it.
 */
export function decide(
  features: AbstentionFeatures | undefined,
  model: AbstainModel = SEARCH_OPTIONS.abstain.model,
): Outcome {
  if (features === undefined) return 'nothing';
  if (answerProbability(features, model) >= model.answerProbability) return 'answer';
  return features.coverage < model.aboutCoverage ? 'nothing' : 'closest';
}
