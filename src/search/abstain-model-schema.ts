/**
 * The check that an abstention model file (abstain-model.json) has the shape abstain-model.ts
 * describes, before it is trusted: run by `npm run fit -- --abstention` on what it writes and by
 * the model's test on the file shipped.
 */
import { z } from 'zod';
import { ABSTENTION_FEATURES, type AbstentionFeatures } from './abstain-model.js';

const finite = z.number().finite();

const schema = z.object({
  /** What produced it (the fitting command and its data), for the record. */
  source: z.string(),
  /** Logistic regression: P(the question is answered by the coverage) = σ(intercept + Σ wᵢxᵢ). */
  intercept: finite,
  weights: z.record(z.string(), finite),
  /** At or above this probability the best passage is shown as an answer. */
  answerProbability: finite.min(0).max(1),
  /** Below this coverage of the question by the best passage, nothing in the coverage is about it. */
  aboutCoverage: finite.min(0).max(1),
  /** Figures from the fit (cross-validation, ablation): kept for the record, not read. */
  crossValidation: z.unknown().optional(),
});

/** A validated abstention model. */
export type AbstainModel = z.infer<typeof schema> & { weights: AbstentionFeatures };

/**
 * Checks that `data` (a parsed abstain-model.json) is an abstention model: every field present
 * and finite, probabilities and coverages within 0–1, and exactly one weight per feature of
 * {@link ABSTENTION_FEATURES}.
 *
 * @throws Error naming the file's first problem, e.g. `abstain model: weights: no weight for "margin"`.
 */
export function parseAbstainModel(data: unknown): AbstainModel {
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    throw new Error(`abstain model: ${where}${issue?.message ?? 'malformed'}`);
  }
  const { weights } = parsed.data;
  for (const name of ABSTENTION_FEATURES)
    if (!(name in weights)) throw new Error(`abstain model: weights: no weight for "${name}"`);
  for (const name of Object.keys(weights))
    if (!(ABSTENTION_FEATURES as readonly string[]).includes(name))
      throw new Error(`abstain model: weights: unknown feature "${name}"`);
  return parsed.data as AbstainModel;
}
