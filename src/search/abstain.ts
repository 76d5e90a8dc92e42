/**
 * Stage 6, abstain: what the reply may honestly claim. Three outcomes: the best passage
 * answers; no passage clearly answers, so the closest are shown as such; or nothing in the
 * coverage is about the question. The probability model and both cut-offs are fitted on the
 * development questions by `npm run fit` (see ranking-model.json).
 */
import type { Features } from './features.js';
import { SEARCH_OPTIONS, type RankingModel } from './options.js';

/** What the reply may claim. */
export type Outcome = 'answer' | 'closest' | 'nothing';

/** What abstention reads: the best candidate's features and score, and the question's unknown share. */
export interface AbstentionEvidence {
  best: Features;
  score: number;
  /** Share of the question's weight carried by words the coverage never uses (see match.ts). */
  unknownShare: number;
  /** 1 when the question names something the coverage never mentions. */
  unknownName: number;
}

/** The question-level inputs of the abstention model. */
export function abstentionInputs({
  best,
  score,
  unknownShare,
  unknownName,
}: AbstentionEvidence): Record<string, number> {
  return {
    intercept: 1,
    unknownShare,
    unknownName,
    heaviestMatched: best.heaviestMatched,
    coverage: best.coverage,
    contextCoverage: best.contextCoverage,
    typeMatch: best.typeMatch,
    typeMiss: best.typeMiss,
    score,
  };
}

/** P(the best passage answers the question), by the fitted logistic model. */
export function answerProbability(
  evidence: AbstentionEvidence,
  model: RankingModel['abstain'] = SEARCH_OPTIONS.model.abstain,
): number {
  let z = 0;
  for (const [name, value] of Object.entries(abstentionInputs(evidence)))
    z += (model.weights[name] ?? 0) * value;
  return 1 / (1 + Math.exp(-z));
}

/** The outcome for a question given the evidence about its best candidate (undefined: no candidate). */
export function decide(
  evidence: AbstentionEvidence | undefined,
  model: RankingModel['abstain'] = SEARCH_OPTIONS.model.abstain,
): Outcome {
  if (evidence === undefined) return 'nothing';
  if (answerProbability(evidence, model) >= model.answerProbability) return 'answer';
  const { best } = evidence;
  return Math.max(best.coverage, best.contextCoverage) < model.aboutCoverage
    ? 'nothing'
    : 'closest';
}
