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

/**
 * Orders scored candidates best first, in place: by score, ties by position in the corpus (so
 * the order never depends on the order they were found in); then {@link namedSourcesFirst}.
 * The one definition of the ranking's order, whatever weights gave the scores: search-index.ts
 * uses it with the shipped model, `npm run fit -- --abstention` with models fitted without some
 * questions (test/fit/cross-fit.ts). Returns a new array; `scored` is left sorted.
 */
export function bestFirst<T extends { sentence: number; score: number; features: Features }>(
  scored: T[],
): T[] {
  scored.sort((a, b) => b.score - a.score || a.sentence - b.sentence);
  return namedSourcesFirst(scored);
}

/**
 * Orders candidates (already best first) so that those from the articles a question names come
 * first, when any of them shares content with the question (its own `coverage` above 0); the
 * order is kept otherwise. A question that names its source ("in the DW article", "Grant's
 * 1873 message") is answered from it: a passage from elsewhere shown first is a visible error,
 * however well it scores. When the named articles hold nothing about the question, the naming
 * was likely wrong and the candidates stand as ranked.
 */
export function namedSourcesFirst<T extends { features: Features }>(ranked: readonly T[]): T[] {
  const named = ranked.filter((r) => r.features.sourceMatch > 0);
  if (!named.some((r) => r.features.coverage > 0)) return [...ranked];
  return [...named, ...ranked.filter((r) => r.features.sourceMatch === 0)];
}
