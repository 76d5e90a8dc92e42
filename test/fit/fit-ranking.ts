/**
 * `npm run fit`: learns the ranking weights from development questions and writes
 * src/search/ranking-model.json; with `--abstention`, the abstention classifier instead
 * (fit-abstention.ts).
 *
 *   npm run fit -- [--abstention] [--set NAME ...] [--dry-run] [--ablation] [--help]   (see args.ts)
 *
 * Questions: see dev-questions.ts. A candidate is correct when its quote satisfies
 * one of the question's expected answers, as `npm run eval` judges it.
 *
 * Ranking: a pairwise logistic regression (RankNet with a linear scorer): for each question,
 * the feature difference of a correct candidate and an incorrect one is a positive example,
 * its negation a negative one; with no intercept, the weights are those that best order
 * correct candidates first. Fitted by Newton's method with an L2 penalty (logistic.ts), and
 * checked by k-fold cross-validation over questions, with each feature left out in turn.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { FIT_USAGE, parseFitArgs, type FitOptions } from './args.js';
import { FEATURE_NAMES, type FeatureName, type Features } from '../../src/search/features.js';
import type { RankingModel } from '../../src/search/options.js';
import { namedSourcesFirst, scoreOf } from '../../src/search/score.js';
import { isCorrect } from '../eval/metrics.js';
import { DEFAULT_SETS, developmentSets } from './dev-questions.js';
import { fitAbstention } from './fit-abstention.js';
import { fitLogistic } from './logistic.js';

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, '../..');
const MODEL_FILE = path.join(root, 'src/search/ranking-model.json');
/**
 * Candidates per question looked at: every one the engine ranks, up to this many (ordered by
 * contextCoverage). The model is judged where the engine uses it: a candidate left out here
 * could still come first in the engine.
 */
const CANDIDATES = 400;
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
const FOLDS = 5;
/** L2 penalties tried for the ranking (chosen by cross-validation). */
const L2_GRID = [0.1, 1, 10, 100];

interface Candidate {
  sentence: number;
  features: Features;
  correct: boolean;
}

interface Example {
  question: string;
  answerable: boolean;
  candidates: Candidate[];
}

async function collect(sets: readonly string[]): Promise<Example[]> {
  const examples: Example[] = [];
  for (const { corpus, index, questions } of await developmentSets(sets)) {
    for (const q of questions) {
      const ranking = index.rank(q.question);
      // Ordered by what the question's words alone say, not by the model being replaced, so
      // that fitting again on the same data gives the same model.
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
      examples.push({
        question: q.question,
        answerable: !('answerable' in q),
        candidates,
      });
    }
  }
  return examples;
}

function vector(features: Features, names: readonly FeatureName[]): number[] {
  return names.map((name) => features[name]);
}

/** Fits ranking weights on the examples, using only the named features. */
function fitRanking(
  examples: Example[],
  names: readonly FeatureName[],
  l2: number,
): Record<FeatureName, number> {
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
  const weights = Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])) as Record<
    FeatureName,
    number
  >;
  if (rows.length === 0) return weights;
  const fitted = fitLogistic(rows, labels, { l2 });
  names.forEach((name, i) => (weights[name] = round(fitted[i] ?? 0)));
  return weights;
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

/** Share of answerable examples whose best-scored candidate is correct. */
function hitAt1(examples: Example[], weights: Record<FeatureName, number>): number {
  const answerable = examples.filter((e) => e.answerable);
  const hits = answerable.filter((e) => {
    const ranked = [...e.candidates].sort(
      (a, b) => scoreOf(b.features, weights) - scoreOf(a.features, weights),
    );
    return namedSourcesFirst(ranked)[0]?.correct ?? false;
  });
  return hits.length / Math.max(1, answerable.length);
}

function crossValidate(examples: Example[], names: readonly FeatureName[], l2: number): number {
  let total = 0;
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = examples.filter((_, i) => i % FOLDS !== fold);
    const test = examples.filter((_, i) => i % FOLDS === fold);
    total += hitAt1(test, fitRanking(train, names, l2));
  }
  return total / FOLDS;
}

async function main(): Promise<number> {
  let options: FitOptions;
  try {
    options = parseFitArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  if (options.help) {
    console.log(FIT_USAGE);
    return 0;
  }
  const sets = options.sets ?? DEFAULT_SETS;
  if (options.abstention) return fitAbstention({ ...options, sets });
  const examples = await collect(sets);
  const answerable = examples.filter((e) => e.answerable);
  const reachable = answerable.filter((e) => e.candidates.some((c) => c.correct)).length;
  console.log(
    `${examples.length} questions (${answerable.length} answerable; a correct candidate among the first ${CANDIDATES} for ${reachable})`,
  );
  // The ranking's L2 penalty is chosen by cross-validation from a grid.
  let l2 = L2_GRID[0] as number;
  let cv = -1;
  for (const candidate of L2_GRID) {
    const score = crossValidate(examples, FEATURE_NAMES, candidate);
    console.log(`  L2 ${candidate}: cross-validated hit@1 ${score.toFixed(3)}`);
    if (score > cv) [l2, cv] = [candidate, score];
  }
  console.log(
    `\n${FOLDS}-fold cross-validated hit@1 (best candidate correct), all features, L2 ${l2}: ${cv.toFixed(3)}`,
  );
  const ablation: Record<string, number> = {};
  for (const name of options.ablation ? FEATURE_NAMES : []) {
    ablation[name] = round(
      crossValidate(
        examples,
        FEATURE_NAMES.filter((n) => n !== name),
        l2,
      ),
    );
    console.log(`  without ${name.padEnd(18)} ${ablation[name]?.toFixed(3)}`);
  }
  const weights = fitRanking(examples, FEATURE_NAMES, l2);
  const model: RankingModel & { crossValidation: object } = {
    source: `npm run fit: development questions of ${sets.join(', ')} (${examples.length} questions)`,
    weights,
    crossValidation: {
      folds: FOLDS,
      l2,
      hitAt1: round(cv),
      withoutFeature: ablation,
    },
  };
  console.log(`\nweights: ${JSON.stringify(weights)}`);
  if (!options.dryRun) {
    writeFileSync(MODEL_FILE, `${JSON.stringify(model, null, 2)}\n`);
    console.log(`wrote ${path.relative(root, MODEL_FILE)}`);
  }
  return 0;
}

process.exitCode = await main();
