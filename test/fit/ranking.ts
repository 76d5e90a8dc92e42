/**
 * The ranking model's fit (`npm run fit`, fit-ranking.ts), apart from the command so the
 * abstention fit can refit it without some questions (cross-fit.ts).
 *
 * Questions: see dev-questions.ts. A candidate is correct when its quote satisfies one of the
 * question's expected answers, as `npm run eval` judges it.
 *
 * Ranking: a linear scorer, fitted by one of two objectives ({@link RankingObjective}):
 * - pairwise, a logistic regression on pairs (RankNet with a linear scorer): for each question,
 *   the feature difference of a correct candidate and an incorrect one is a positive example,
 *   its negation a negative one; with no intercept, the weights are those that best order
 *   correct candidates first. Fitted as the conditional logit of each pair (listwise.ts).
 * - listwise, a conditional logit over each question's candidates (listwise.ts).
 * Both are judged by repeated grouped cross-validation (repeated-cv.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FEATURE_NAMES, type FeatureName, type Features } from '../../src/search/features.js';
import type { Ranking, SearchIndex } from '../../src/search/search-index.js';
import type { Corpus } from '../../src/corpus/types.js';
import { bestFirst, scoreOf } from '../../src/search/score.js';
import { isCorrect, type EvalQuestion } from '../eval/metrics.js';
import { fitConditionalLogit, type ChoiceSet } from './listwise.js';
import { groupsByKeys, RANKING_CV, repeatedCrossValidation, type CvResult } from './repeated-cv.js';

/** Where `npm run fit` writes the ranking model. */
export const RANKING_MODEL_FILE = path.resolve(
  path.dirname(new URL(import.meta.url).pathname),
  '../../src/search/ranking-model.json',
);

/** What the shipped ranking model's file says of how it was fitted (its `crossValidation`). */
interface ShippedRecipe {
  l2?: unknown;
  objective?: unknown;
}

function shippedRecipe(file: string): ShippedRecipe {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { crossValidation?: ShippedRecipe };
  return data.crossValidation ?? {};
}

/**
 * The L2 penalty the shipped ranking model was fitted with (its file's `crossValidation.l2`,
 * chosen by `npm run fit`'s cross-validation), so that models refitted without some questions
 * follow the same recipe.
 *
 * @throws Error when the file has no positive `crossValidation.l2` (refit with `npm run fit`).
 */
export function shippedRankingPenalty(file = RANKING_MODEL_FILE): number {
  const l2 = shippedRecipe(file).l2;
  if (typeof l2 !== 'number' || !(l2 > 0))
    throw new Error(
      `fit: ${file} states no L2 penalty (crossValidation.l2); run npm run fit first`,
    );
  return l2;
}

/**
 * The objective the shipped ranking model was fitted with (its file's
 * `crossValidation.objective`; "pairwise" when it states none, as models fitted before the
 * choice existed were), so that models refitted without some questions follow the same recipe.
 *
 * @throws Error when the file names an objective that does not exist.
 */
export function shippedRankingObjective(file = RANKING_MODEL_FILE): RankingObjective {
  const objective = shippedRecipe(file).objective ?? 'pairwise';
  if (!RANKING_OBJECTIVES.includes(objective as RankingObjective))
    throw new Error(
      `fit: ${file} names an unknown objective ${JSON.stringify(objective)}; expected one of ${RANKING_OBJECTIVES.join(', ')}`,
    );
  return objective as RankingObjective;
}

/**
 * Candidates per question looked at: every one the engine ranks, up to this many (ordered by
 * contextCoverage). The model is judged where the engine uses it: a candidate left out here
 * could still come first in the engine.
 */
export const CANDIDATES = 400;
/**
 * Incorrect candidates paired with each correct one: the best this many by each evidence
 * feature (the sentence's own words, its paragraph, its surroundings, BM25), where order
 * matters, chosen without the model being replaced.
 */
const NEGATIVES_PER_FEATURE = 8;
const NEGATIVE_FEATURES: readonly FeatureName[] = [
  'contextCoverage',
  'neighbourCoverage',
  'surroundingCoverage',
  'bm25',
];

/** The ranking model's weights, one per feature. */
export type RankingWeights = Record<FeatureName, number>;

interface Candidate {
  sentence: number;
  features: Features;
  correct: boolean;
}

/** One development question as the ranking fit sees it. */
export interface RankingExample {
  question: string;
  answerable: boolean;
  candidates: Candidate[];
}

/**
 * A question's ranking example: its first {@link CANDIDATES} candidates, ordered by what the
 * question's words alone say (not by the model being replaced, so that fitting again on the same
 * data gives the same model), each marked correct or not by its quote window.
 */
export function rankingExample(
  corpus: Corpus,
  index: SearchIndex,
  q: EvalQuestion,
  ranking: Ranking,
): RankingExample {
  const byCoverage = [...ranking.ranked].sort(
    (a, b) =>
      b.features.contextCoverage - a.features.contextCoverage ||
      b.features.bm25 - a.features.bm25 ||
      a.sentence - b.sentence,
  );
  const candidates = byCoverage.slice(0, CANDIDATES).map((r) => {
    const window = index.windowOf(ranking, r.sentence);
    const first = corpus.sentences[window.first];
    const last = corpus.sentences[window.last];
    const article = first ? corpus.articles[first.article] : undefined;
    const text = first && last ? (article?.text.slice(first.start, last.end) ?? '') : '';
    const shown = [{ text, file: article?.meta.file ?? '' }];
    return {
      sentence: r.sentence,
      features: r.features,
      correct: 'answers' in q && isCorrect(shown, q.answers),
    };
  });
  return { question: q.question, answerable: !('answerable' in q), candidates };
}

function vector(features: Features, names: readonly FeatureName[]): number[] {
  return names.map((name) => features[name]);
}

export const round = (x: number) => Math.round(x * 10_000) / 10_000;

/** How the ranking's weights are fitted (see the file's comment). */
export type RankingObjective = 'pairwise' | 'listwise';
export const RANKING_OBJECTIVES: readonly RankingObjective[] = ['pairwise', 'listwise'];

/**
 * Fits ranking weights on the examples, using only the named features (the others get 0),
 * rounded to 4 decimals as they are shipped, by `objective` (default: the shipped model's). All
 * 0 when no example has a correct and an incorrect candidate.
 */
export function fitRanking(
  examples: readonly RankingExample[],
  names: readonly FeatureName[],
  l2: number,
  objective: RankingObjective = shippedRankingObjective(),
): RankingWeights {
  const fitted =
    objective === 'listwise'
      ? fitConditionalLogit(
          examples.map((e) => ({
            rows: e.candidates.map((c) => vector(c.features, names)),
            correct: e.candidates.map((c) => c.correct),
          })),
          { l2 },
        )
      : fitPairwise(examples, names, l2);
  const weights = Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])) as RankingWeights;
  names.forEach((name, i) => (weights[name] = round(fitted[i] ?? 0)));
  return weights;
}

/**
 * The pairwise fit as choice sets of two, a correct candidate and an incorrect one: the
 * conditional logit of a pair is the logistic regression on its feature difference, and the
 * penalty is halved because the logistic formulation counted each pair twice (as the difference
 * and its negation), so weights and penalties match the pairwise models fitted before.
 */
function fitPairwise(
  examples: readonly RankingExample[],
  names: readonly FeatureName[],
  l2: number,
): number[] {
  const pairs: ChoiceSet[] = [];
  for (const example of examples) {
    const positives = example.candidates.filter((c) => c.correct);
    const wrong = example.candidates.filter((c) => !c.correct);
    const negatives = [
      ...new Set(
        NEGATIVE_FEATURES.flatMap((feature) =>
          [...wrong]
            .sort((a, b) => b.features[feature] - a.features[feature])
            .slice(0, NEGATIVES_PER_FEATURE),
        ),
      ),
    ];
    for (const p of positives.slice(0, 3)) {
      const x = vector(p.features, names);
      for (const n of negatives)
        pairs.push({ rows: [x, vector(n.features, names)], correct: [true, false] });
    }
  }
  return fitConditionalLogit(pairs, { l2: l2 / 2 });
}

/** 1 when the example's best-scored candidate (in the ranking's order) is correct, else 0. */
export function hitAt1(example: RankingExample, weights: RankingWeights): number {
  return hitAtK(example, weights, 1);
}

/**
 * 1 when one of the example's `k` best-scored candidates (in the ranking's order) is correct,
 * else 0. The candidates are sentences, so this approximates `npm run eval`'s hit@k, which
 * judges the k passages shown (each a window around its sentence, with its "also reported by").
 */
export function hitAtK(example: RankingExample, weights: RankingWeights, k: number): number {
  const scored = example.candidates.map((c) => ({ ...c, score: scoreOf(c.features, weights) }));
  return bestFirst(scored)
    .slice(0, k)
    .some((c) => c.correct)
    ? 1
    : 0;
}

/**
 * The cross-validation groups of the examples (one number each, repeated-cv.ts): examples of one
 * corpus (`corpusOf`) whose first correct candidate (the one whose own words cover the question
 * best, in the examples' order) is the same sentence are one group: two questions about one fact,
 * often by different writers, are held out together. Only the first counts: a question's other
 * correct candidates are mostly that sentence's neighbours in a wider quote, and chaining
 * through them would join most questions about a small corpus into one group.
 */
export function rankingGroups(
  examples: readonly RankingExample[],
  corpusOf: (example: number) => string,
): number[] {
  return groupsByKeys(
    examples.map((e, i) =>
      e.candidates
        .filter((c) => c.correct)
        .slice(0, 1)
        .map((c) => `${corpusOf(i)}\0${c.sentence}`),
    ),
  );
}

/**
 * Repeated grouped cross-validated hit@1 and hit@3 of the ranking (plan RANKING_CV of
 * repeated-cv.ts) over the answerable examples, from one set of fold models (each fitted once
 * and scored both ways).
 */
export function crossValidateRankingAt1And3(
  examples: readonly RankingExample[],
  groups: readonly number[],
  names: readonly FeatureName[],
  l2: number,
  objective: RankingObjective,
  plan = RANKING_CV,
): { hitAt1: CvResult; hitAt3: CvResult } {
  // repeatedCrossValidation deals the same folds for the same groups and plan, so the second
  // pass asks for the same training sets: each fitted once.
  const fitted = new Map<string, RankingWeights>();
  const fitFold = foldFitter(examples, names, l2, objective);
  const fit = (train: readonly number[]) => {
    const key = train.join(',');
    let weights = fitted.get(key);
    if (!weights) {
      weights = fitFold(train);
      fitted.set(key, weights);
    }
    return weights;
  };
  const at = (k: number) =>
    repeatedCrossValidation(
      examples.length,
      groups,
      fit,
      (weights, i) => (examples[i]!.answerable ? hitAtK(examples[i]!, weights, k) : null),
      plan,
    );
  return { hitAt1: at(1), hitAt3: at(3) };
}

/**
 * Repeated grouped cross-validated hit@1 of the ranking (plan RANKING_CV of repeated-cv.ts) over
 * the answerable examples: mean, standard error, and each example's held-out hit rate.
 */
export function crossValidateRanking(
  examples: readonly RankingExample[],
  groups: readonly number[],
  names: readonly FeatureName[],
  l2: number,
  objective: RankingObjective,
  plan = RANKING_CV,
): CvResult {
  return repeatedCrossValidation(
    examples.length,
    groups,
    foldFitter(examples, names, l2, objective),
    (weights, i) => (examples[i]!.answerable ? hitAt1(examples[i]!, weights) : null),
    plan,
  );
}

/** The ranking weights fitted on a fold's training examples (their indices into `examples`). */
function foldFitter(
  examples: readonly RankingExample[],
  names: readonly FeatureName[],
  l2: number,
  objective: RankingObjective,
): (train: readonly number[]) => RankingWeights {
  return (train) =>
    fitRanking(
      train.map((i) => examples[i]!),
      names,
      l2,
      objective,
    );
}
