/**
 * The ranking model's fit (`npm run fit`, fit-ranking.ts), apart from the command so the
 * abstention fit can refit it without some questions (cross-fit.ts).
 *
 * Questions: see dev-questions.ts. A candidate is correct when its quote satisfies one of the
 * question's expected answers, as `npm run eval` judges it.
 *
 * Ranking: a pairwise logistic regression (RankNet with a linear scorer): for each question,
 * the feature difference of a correct candidate and an incorrect one is a positive example,
 * its negation a negative one; with no intercept, the weights are those that best order
 * correct candidates first. Fitted by Newton's method with an L2 penalty (logistic.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FEATURE_NAMES, type FeatureName, type Features } from '../../src/search/features.js';
import type { Ranking, SearchIndex } from '../../src/search/search-index.js';
import type { Corpus } from '../../src/corpus/types.js';
import { bestFirst, scoreOf } from '../../src/search/score.js';
import { isCorrect, type EvalQuestion } from '../eval/metrics.js';
import { foldOf, FOLDS } from './cross-fit.js';
import { fitLogistic } from './logistic.js';

/** Where `npm run fit` writes the ranking model. */
export const RANKING_MODEL_FILE = path.resolve(
  path.dirname(new URL(import.meta.url).pathname),
  '../../src/search/ranking-model.json',
);

/**
 * The L2 penalty the shipped ranking model was fitted with (its file's `crossValidation.l2`,
 * chosen by `npm run fit`'s cross-validation), so that models refitted without some questions
 * follow the same recipe.
 *
 * @throws Error when the file has no positive `crossValidation.l2` (refit with `npm run fit`).
 */
export function shippedRankingPenalty(file = RANKING_MODEL_FILE): number {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { crossValidation?: { l2?: unknown } };
  const l2 = data.crossValidation?.l2;
  if (typeof l2 !== 'number' || !(l2 > 0))
    throw new Error(
      `fit: ${file} states no L2 penalty (crossValidation.l2); run npm run fit first`,
    );
  return l2;
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

/**
 * Fits ranking weights on the examples, using only the named features (the others get 0),
 * rounded to 4 decimals as they are shipped. All 0 when no example has a correct and an
 * incorrect candidate.
 */
export function fitRanking(
  examples: readonly RankingExample[],
  names: readonly FeatureName[],
  l2: number,
): RankingWeights {
  const rows: number[][] = [];
  const labels: number[] = [];
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
      for (const n of negatives) {
        const diff = vector(p.features, names).map(
          (x, i) => x - (vector(n.features, names)[i] ?? 0),
        );
        rows.push(diff);
        labels.push(1);
        rows.push(diff.map((x) => -x));
        labels.push(0);
      }
    }
  }
  const weights = Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])) as RankingWeights;
  if (rows.length === 0) return weights;
  const fitted = fitLogistic(rows, labels, { l2 });
  names.forEach((name, i) => (weights[name] = round(fitted[i] ?? 0)));
  return weights;
}

/** Share of answerable examples whose best-scored candidate (in the ranking's order) is correct. */
function hitAt1(examples: readonly RankingExample[], weights: RankingWeights): number {
  const answerable = examples.filter((e) => e.answerable);
  const hits = answerable.filter((e) => {
    const scored = e.candidates.map((c) => ({ ...c, score: scoreOf(c.features, weights) }));
    return bestFirst(scored)[0]?.correct ?? false;
  });
  return hits.length / Math.max(1, answerable.length);
}

/** {@link FOLDS}-fold cross-validated hit@1 (folds of cross-fit.ts), averaged over folds. */
export function crossValidateRanking(
  examples: readonly RankingExample[],
  names: readonly FeatureName[],
  l2: number,
): number {
  let total = 0;
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = examples.filter((_, i) => foldOf(i) !== fold);
    const test = examples.filter((_, i) => foldOf(i) === fold);
    total += hitAt1(test, fitRanking(train, names, l2));
  }
  return total / FOLDS;
}
