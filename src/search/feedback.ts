/**
 * Pseudo-relevance feedback: the relevance model (RM1 of Lavrenko & Croft, "Relevance-Based
 * Language Models", SIGIR 2001; its interpolation with the query, RM3, in Abdul-Jaleel et al.,
 * "UMass at TREC 2004"). The passages that share the most of the question's words are taken as
 * relevant; the words they use besides the question's, each weighted by its share in them, are
 * words the answer may use where the question words it differently ("kick in" / "comes into
 * force"). How much a candidate holds of them is one ranking feature (`feedback`, features.ts):
 * the ranking model's weight on it plays RM3's interpolation weight, the other features the
 * original query's part.
 */
import { SEARCH_OPTIONS } from './options.js';

/** One passage of the feedback set: its index terms (with repeats) and its retrieval score. */
export interface FeedbackPassage {
  /** Term ids, one per occurrence (several lists: a sentence and the one it leans on). */
  terms: ReadonlyArray<ArrayLike<number>>;
  /** Its initial retrieval score (≥ 0): RM1's P(Q|D), up to a constant. */
  weight: number;
}

/** The expansion terms and their weights (summing to 1), or empty when there are none. */
export type RelevanceModel = ReadonlyMap<number, number>;

/**
 * RM1 over `passages`: P(w|R) ∝ Σ_D P(w|D)·P(Q|D), with P(w|D) a term's share of a passage's
 * terms (maximum likelihood) and P(Q|D) the passage's `weight`; terms for which `excluded`
 * holds (the question's own) left out; the `size` heaviest kept (ties: the lower id) and
 * renormalised to sum to 1, as RM3 does before interpolating.
 */
export function relevanceModel(
  passages: readonly FeedbackPassage[],
  excluded: (term: number) => boolean,
  size: number = SEARCH_OPTIONS.feedback.terms,
): RelevanceModel {
  const mass = new Map<number, number>();
  for (const { terms, weight } of passages) {
    let length = 0;
    for (const list of terms) length += list.length;
    if (length === 0 || !(weight > 0)) continue;
    const share = weight / length;
    for (const list of terms)
      for (let k = 0; k < list.length; k++) {
        const id = list[k] as number;
        if (!excluded(id)) mass.set(id, (mass.get(id) ?? 0) + share);
      }
  }
  const kept = [...mass].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, size);
  const total = kept.reduce((sum, [, m]) => sum + m, 0);
  return new Map(total > 0 ? kept.map(([id, m]) => [id, m / total]) : []);
}

/**
 * The share of the model's weight (0–1) whose terms a passage holds, each term counted once
 * however often it occurs: RM3's expansion part of the query, scored by presence, as the
 * question's own words are (match.ts coverage). The passage is a sentence's terms `own` and,
 * when it leans on one (features.ts `contextSentence`), that one's `before`: two lists rather
 * than one array of them, as this is read for every candidate.
 */
export function feedbackScore(
  model: RelevanceModel,
  own: ArrayLike<number>,
  before: ArrayLike<number> | null = null,
): number {
  if (model.size === 0) return 0;
  // At most a few dozen expansion terms: the ones already counted, by a list this short.
  const counted: number[] = [];
  const score = heldWeight(model, own, counted) + (before ? heldWeight(model, before, counted) : 0);
  return Math.min(1, score);
}

/** The weight of the model's terms in `terms` not yet in `counted` (which it extends). */
function heldWeight(model: RelevanceModel, terms: ArrayLike<number>, counted: number[]): number {
  let score = 0;
  for (let k = 0; k < terms.length; k++) {
    const id = terms[k] as number;
    const weight = model.get(id);
    if (weight === undefined || counted.includes(id)) continue;
    counted.push(id);
    score += weight;
  }
  return score;
}

/**
 * The feedback set: the `size` candidates that share the most of the question's words
 * (their `contextCoverage`, ties by BM25, then corpus order), the question's words alone
 * deciding, not the model the feature feeds (so refitting on the same data gives the same
 * model, as test/fit/ranking.ts `rankingExample` orders candidates).
 */
export function feedbackSet<
  T extends { sentence: number; features: { contextCoverage: number; bm25: number } },
>(candidates: readonly T[], size: number = SEARCH_OPTIONS.feedback.passages): T[] {
  const best: T[] = [];
  const before = (a: T, b: T) =>
    a.features.contextCoverage - b.features.contextCoverage ||
    a.features.bm25 - b.features.bm25 ||
    b.sentence - a.sentence;
  // A partial selection: candidates run to thousands, the set to ten.
  for (const candidate of candidates) {
    if (best.length === size && before(candidate, best[size - 1] as T) <= 0) continue;
    let at = best.length;
    while (at > 0 && before(candidate, best[at - 1] as T) > 0) at--;
    best.splice(at, 0, candidate);
    if (best.length > size) best.pop();
  }
  return best;
}
