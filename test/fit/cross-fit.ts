/**
 * Cross-fitting (stacking; Wolpert, "Stacked generalization", Neural Networks 5, 1992): the
 * abstention classifier reads the ranking's scores, so the ranking that produces its training
 * features must not have seen the question. The development questions are dealt into
 * {@link FOLDS} folds by position; a question's features come from a ranking model fitted
 * without its fold. Both fits (`npm run fit`, `npm run fit -- --abstention`) use these folds.
 */
import type { Features } from '../../src/search/features.js';
import type { RankingModel } from '../../src/search/options.js';
import { bestFirst, scoreOf } from '../../src/search/score.js';

/** Folds of every cross-validation and cross-fit in test/fit. */
export const FOLDS = 5;

/**
 * The fold of the question at `position` (0-based, in the order dev-questions.ts lists them):
 * `position mod folds`. Deterministic, and independent of the question's text or answer.
 *
 * @throws RangeError when `position` is not a whole number ≥ 0 or `folds` not one ≥ 2.
 */
export function foldOf(position: number, folds = FOLDS): number {
  if (!Number.isInteger(position) || position < 0)
    throw new RangeError(`fit: question position ${position} is not a whole number ≥ 0`);
  if (!Number.isInteger(folds) || folds < 2)
    throw new RangeError(`fit: ${folds} folds; at least 2 are needed`);
  return position % folds;
}

/**
 * Models fitted without the questions of some folds, each fitted once when first asked for.
 * `fit` receives the positions (0-based, in order) of the questions it may learn from.
 */
export class FoldModels<M> {
  private readonly fitted = new Map<string, M>();

  constructor(
    private readonly questions: number,
    private readonly fit: (positions: readonly number[]) => M,
    private readonly folds = FOLDS,
  ) {}

  /** The model fitted on every question outside the given folds (0 to folds − 1). */
  without(...heldOut: number[]): M {
    const excluded = [...new Set(heldOut)].sort((a, b) => a - b);
    for (const fold of excluded)
      if (!Number.isInteger(fold) || fold < 0 || fold >= this.folds)
        throw new RangeError(`fit: no fold ${fold} of ${this.folds}`);
    const key = excluded.join(',');
    let model = this.fitted.get(key);
    if (model === undefined) {
      const positions: number[] = [];
      for (let i = 0; i < this.questions; i++)
        if (!excluded.includes(foldOf(i, this.folds))) positions.push(i);
      model = this.fit(positions);
      this.fitted.set(key, model);
    }
    return model;
  }
}

/**
 * One question's candidates (as `SearchIndex.rank` gives them) scored by other ranking weights
 * and put in the ranking's order ({@link bestFirst}). Every candidate the index ranked stays:
 * which sentences are candidates, and their features, do not depend on the weights. With the
 * shipped weights this is the ranking the index gives.
 */
export function rescore<T extends { sentence: number; score: number; features: Features }>(
  ranked: readonly T[],
  weights: RankingModel['weights'],
): T[] {
  return bestFirst(ranked.map((r) => ({ ...r, score: scoreOf(r.features, weights) })));
}
