/**
 * A listwise ranking fit: the conditional logit (McFadden, "Conditional logit analysis of
 * qualitative choice behavior", 1974; in learning to rank, ListNet's top-one probability, Cao et
 * al., ICML 2007). Each question is one choice among all its candidates, made with probability
 * softmax(w·x) over them; the weights maximise the log-probability of the correct candidates
 * (each question's correct ones sharing a weight of 1, so every question counts alike), less an
 * L2 penalty. Unlike a pairwise fit it needs no choice of which wrong candidates to pair with:
 * every candidate of the question competes, as in the engine.
 *
 * The objective is concave, so Newton's method with a backtracking line search (Boyd &
 * Vandenberghe, Convex Optimization, §9.5) converges in a few steps; ml-matrix solves each step.
 */
import { Matrix, solve } from 'ml-matrix';

/** One question: its candidates' feature rows and which of them are correct. */
export interface ChoiceSet {
  rows: readonly (readonly number[])[];
  correct: readonly boolean[];
}

/** Options of {@link fitConditionalLogit}. */
export interface ConditionalLogitOptions {
  /** L2 penalty on every weight (≥ 0; 0 may not converge on separable data). */
  l2: number;
  iterations?: number;
}

/**
 * Fits weights w maximising Σ_q (1/|C_q|) Σ_{c ∈ C_q} log softmax_q(w·x)_c − l2/2·|w|², over the
 * choice sets that have a correct and an incorrect candidate (the others say nothing about the
 * order). Returns one weight per column, all 0 when no set is informative.
 *
 * @throws Error when rows differ in length or a set's `correct` does not match its rows.
 */
export function fitConditionalLogit(
  sets: readonly ChoiceSet[],
  options: ConditionalLogitOptions,
): number[] {
  const columns = sets.find((s) => s.rows.length > 0)?.rows[0]?.length ?? 0;
  const informative = sets.filter((s) => {
    if (s.correct.length !== s.rows.length)
      throw new Error('fit: a choice set has not one label per row');
    if (s.rows.some((row) => row.length !== columns)) throw new Error('fit: rows differ in length');
    return s.correct.some(Boolean) && s.correct.some((c) => !c);
  });
  let w = new Array<number>(columns).fill(0);
  if (informative.length === 0) return w;
  let objective = penalisedLogLikelihood(informative, w, options.l2);
  for (let iteration = 0; iteration < (options.iterations ?? 50); iteration++) {
    const { gradient, hessian } = derivatives(informative, w, options.l2);
    const step = solve(new Matrix(hessian), Matrix.columnVector(gradient)).to1DArray();
    // Backtracking: the Newton step of a concave objective, shortened until it gains.
    let t = 1;
    let next = w.map((x, i) => x + step[i]!);
    let value = penalisedLogLikelihood(informative, next, options.l2);
    while (value < objective - 1e-12 && t > 1e-6) {
      t /= 2;
      next = w.map((x, i) => x + t * step[i]!);
      value = penalisedLogLikelihood(informative, next, options.l2);
    }
    const moved = Math.sqrt(step.reduce((s, x) => s + (t * x) ** 2, 0));
    w = next;
    objective = value;
    if (moved < 1e-8) break;
  }
  return w;
}

function scoresOf(set: ChoiceSet, w: readonly number[]): number[] {
  return set.rows.map((row) => row.reduce((s, x, i) => s + x * w[i]!, 0));
}

/** Softmax probabilities, computed stably (the largest score subtracted first). */
function softmax(scores: readonly number[]): { p: number[]; logNormaliser: number } {
  const top = Math.max(...scores);
  const e = scores.map((s) => Math.exp(s - top));
  const total = e.reduce((s, x) => s + x, 0);
  return { p: e.map((x) => x / total), logNormaliser: top + Math.log(total) };
}

function penalisedLogLikelihood(sets: readonly ChoiceSet[], w: readonly number[], l2: number) {
  let value = -(l2 / 2) * w.reduce((s, x) => s + x * x, 0);
  for (const set of sets) {
    const scores = scoresOf(set, w);
    const { logNormaliser } = softmax(scores);
    const correct = scores.filter((_, j) => set.correct[j]);
    for (const s of correct) value += (s - logNormaliser) / correct.length;
  }
  return value;
}

/**
 * Gradient and negated Hessian of the penalised log-likelihood: per set, the correct rows' mean
 * less the softmax mean, and the softmax covariance of the rows.
 */
function derivatives(sets: readonly ChoiceSet[], w: readonly number[], l2: number) {
  const d = w.length;
  const gradient = w.map((x) => -l2 * x);
  const hessian = Array.from({ length: d }, (_, i) =>
    Array.from({ length: d }, (_, j) => (i === j ? l2 : 0)),
  );
  for (const set of sets) {
    const { p } = softmax(scoresOf(set, w));
    const mean = new Array<number>(d).fill(0);
    set.rows.forEach((row, j) => row.forEach((x, i) => (mean[i]! += p[j]! * x)));
    const correct = set.rows.filter((_, j) => set.correct[j]);
    for (const row of correct) row.forEach((x, i) => (gradient[i]! += x / correct.length));
    mean.forEach((m, i) => (gradient[i]! -= m));
    set.rows.forEach((row, j) => {
      const pj = p[j]!;
      if (pj < 1e-12) return;
      for (let a = 0; a < d; a++) {
        const da = row[a]! - mean[a]!;
        if (da === 0) continue;
        for (let b = a; b < d; b++) hessian[a]![b]! += pj * da * (row[b]! - mean[b]!);
      }
    });
  }
  for (let a = 0; a < d; a++) for (let b = 0; b < a; b++) hessian[a]![b] = hessian[b]![a]!;
  return { gradient, hessian };
}
