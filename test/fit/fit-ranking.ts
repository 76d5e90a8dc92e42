/**
 * `npm run fit`: learns the ranking weights and the abstention model from development
 * questions and writes src/search/ranking-model.json.
 *
 *   npm run fit -- [--set NAME ...] [--dry-run] [--ablation] [--help]   (see args.ts)
 *
 * Questions: the development part of every blind set of `npm run eval` (test/eval/split.ts;
 * the test parts are never read here), and the two old development sets (questions.json,
 * heldout.json); never the old held-out set. A candidate is correct when its quote satisfies
 * one of the question's expected answers, as `npm run eval` judges it.
 *
 * Ranking: a pairwise logistic regression (RankNet with a linear scorer): for each question,
 * the feature difference of a correct candidate and an incorrect one is a positive example,
 * its negation a negative one; with no intercept, the weights are those that best order
 * correct candidates first. Fitted by Newton's method with an L2 penalty (logistic.ts), and
 * checked by k-fold cross-validation over questions, with each feature left out in turn.
 *
 * Abstention: a logistic regression over the best candidate's features and score (intercept
 * included) predicts whether a question is answerable; its cut-off is the highest one that
 * wrongly refuses at most `MAX_WRONG_REFUSALS` of the answerable questions, and "nothing in the
 * coverage is about this" is claimed only below the lowest coverage any answerable question's
 * best candidate had. Both models are also cross-validated together (fitted on k−1 folds of
 * questions, the held-out fold answered or refused), giving the shares of answerable and of
 * unanswerable questions refused that an unseen question may expect.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadCorpus } from '../../src/corpus/load.js';
import { abstentionInputs, decide, type AbstentionEvidence } from '../../src/search/abstain.js';
import { FIT_USAGE, parseFitArgs, type FitOptions } from './args.js';
import { FEATURE_NAMES, type FeatureName, type Features } from '../../src/search/features.js';
import type { RankingModel } from '../../src/search/options.js';
import { namedSourcesFirst, scoreOf } from '../../src/search/score.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { corpusDir } from '../eval/corpora.js';
import { isCorrect, type EvalQuestion } from '../eval/metrics.js';
import { readSet, SETS } from '../eval/sets.js';
import { splitOf } from '../eval/split.js';
import { fitLogistic } from './logistic.js';

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, '../..');
const MODEL_FILE = path.join(root, 'src/search/ranking-model.json');
/** Sets fitted on: every set but the old held-out one, whose questions stay unseen. */
const DEFAULT_SETS = SETS.map((spec) => spec.name).filter((name) => name !== 'legacy-heldout-2');
/** Old sets that are development sets as a whole (they have no test part). */
const WHOLE_SETS = new Set(['legacy-dev', 'legacy-heldout']);
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
/** Abstention may wrongly refuse at most this share of the answerable development questions. */
const MAX_WRONG_REFUSALS = 0.03;
/** "Nothing about this" is claimed below this share of the lowest answerable best coverage. */
const ABOUT_MARGIN = 0.8;
/** L2 penalties tried for the ranking (chosen by cross-validation); the abstention model uses `L2`. */
const L2_GRID = [0.1, 1, 10, 100];
const L2 = 1;

interface Candidate {
  sentence: number;
  features: Features;
  correct: boolean;
}

interface Example {
  question: string;
  answerable: boolean;
  unknownShare: number;
  unknownName: number;
  candidates: Candidate[];
}

async function collect(sets: readonly string[]): Promise<Example[]> {
  const examples: Example[] = [];
  const indexes = new Map<
    string,
    { index: SearchIndex; corpus: Awaited<ReturnType<typeof loadCorpus>> }
  >();
  for (const name of sets) {
    const spec = SETS.find((s) => s.name === name);
    if (!spec) throw new Error(`fit: no set named "${name}"`);
    const all = readSet(spec);
    if (!all) {
      console.log(`set ${name}: missing, skipped`);
      continue;
    }
    const questions: EvalQuestion[] = WHOLE_SETS.has(name)
      ? all
      : all.filter((q) => splitOf(q.question) === 'dev');
    let opened = indexes.get(spec.corpus);
    if (!opened) {
      const corpus = await loadCorpus(await corpusDir(spec.corpus));
      opened = { corpus, index: SearchIndex.build(corpus, corpus.aliases) };
      indexes.set(spec.corpus, opened);
    }
    const { corpus, index } = opened;
    console.log(`set ${name}: ${questions.length} development questions`);
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
        unknownShare: ranking.unknownShare,
        unknownName: ranking.unknownName,
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

/** What abstention reads of an example under some ranking weights (undefined: no candidate). */
function evidenceOf(
  example: Example,
  weights: Record<FeatureName, number>,
): AbstentionEvidence | undefined {
  const ranked = example.candidates
    .map((c) => ({
      sentence: c.sentence,
      score: scoreOf(c.features, weights),
      features: c.features,
    }))
    .sort((a, b) => b.score - a.score || a.sentence - b.sentence);
  const best = namedSourcesFirst(ranked)[0];
  if (!best) return undefined;
  return {
    best: best.features,
    score: best.score,
    unknownShare: example.unknownShare,
    unknownName: example.unknownName,
  };
}

function fitAbstention(
  examples: Example[],
  weights: Record<FeatureName, number>,
  log: (line: string) => void = console.log,
): RankingModel['abstain'] {
  const rows: number[][] = [];
  const labels: number[] = [];
  let names: string[] = [];
  const inputs = examples.map((e) => {
    const evidence = evidenceOf(e, weights);
    return evidence ? abstentionInputs(evidence) : null;
  });
  inputs.forEach((input, i) => {
    if (!input) return;
    names = Object.keys(input);
    rows.push(Object.values(input));
    labels.push(examples[i]?.answerable ? 1 : 0);
  });
  const fitted = fitLogistic(rows, labels, { l2: L2, unpenalised: [0] });
  const abstainWeights = Object.fromEntries(names.map((n, i) => [n, round(fitted[i] ?? 0)]));
  const probability = (input: Record<string, number>) =>
    1 /
    (1 +
      Math.exp(-Object.entries(input).reduce((z, [n, v]) => z + (abstainWeights[n] ?? 0) * v, 0)));
  // The cut-off: as high as possible while wrongly refusing few answerable questions.
  const answerable = inputs.filter((input, i) => input && examples[i]?.answerable) as Array<
    Record<string, number>
  >;
  const answerableCount = examples.filter((e) => e.answerable).length;
  const allowed = Math.floor(answerableCount * MAX_WRONG_REFUSALS);
  const sorted = answerable.map(probability).sort((a, b) => a - b);
  const cut = sorted[allowed] ?? 0.5;
  const lowest = Math.min(
    ...answerable.map((input) => Math.max(input.coverage ?? 0, input.contextCoverage ?? 0)),
  );
  const refused = inputs.filter(
    (input, i) => !examples[i]?.answerable && (input === null || probability(input) < cut),
  ).length;
  const unanswerable = examples.filter((e) => !e.answerable).length;
  log(
    `abstention on the development questions: ${allowed} of ${answerableCount} answerable refused at most, ${refused} of ${unanswerable} unanswerable refused`,
  );
  return {
    weights: abstainWeights,
    answerProbability: round(Math.max(0, cut - 1e-4)),
    aboutCoverage: round(lowest * ABOUT_MARGIN),
  };
}

/** P(answerable) of an example's best candidate under a fitted abstention model; null without candidates. */
function outcomeOf(
  example: Example,
  weights: Record<FeatureName, number>,
  model: RankingModel['abstain'],
): 'answer' | 'refuse' {
  const evidence = evidenceOf(example, weights);
  return evidence && decide(evidence, model) === 'answer' ? 'answer' : 'refuse';
}

/**
 * Cross-validated abstention: the ranking and the abstention model fitted on k−1 folds, the
 * held-out fold's questions answered or refused. Returns the shares of answerable questions
 * refused and of unanswerable ones refused, over all folds.
 */
function crossValidateAbstention(
  examples: Example[],
  l2: number,
): { answerableRefused: number; unanswerableRefused: number } {
  let answerableRefused = 0;
  let unanswerableRefused = 0;
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = examples.filter((_, i) => i % FOLDS !== fold);
    const test = examples.filter((_, i) => i % FOLDS === fold);
    const weights = fitRanking(train, FEATURE_NAMES, l2);
    const model = fitAbstention(train, weights, () => {});
    for (const example of test) {
      if (outcomeOf(example, weights, model) === 'answer') continue;
      if (example.answerable) answerableRefused += 1;
      else unanswerableRefused += 1;
    }
  }
  const answerable = examples.filter((e) => e.answerable).length;
  return {
    answerableRefused: answerableRefused / Math.max(1, answerable),
    unanswerableRefused: unanswerableRefused / Math.max(1, examples.length - answerable),
  };
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
  const abstain = fitAbstention(examples, weights);
  const abstentionCv = crossValidateAbstention(examples, l2);
  console.log(
    `${FOLDS}-fold cross-validated abstention: answerable refused ${abstentionCv.answerableRefused.toFixed(3)}, unanswerable refused ${abstentionCv.unanswerableRefused.toFixed(3)}`,
  );
  const model: RankingModel & { crossValidation: object } = {
    source: `npm run fit: development questions of ${sets.join(', ')} (${examples.length} questions)`,
    weights,
    abstain,
    crossValidation: {
      folds: FOLDS,
      l2,
      hitAt1: round(cv),
      withoutFeature: ablation,
      abstention: {
        answerableRefused: round(abstentionCv.answerableRefused),
        unanswerableRefused: round(abstentionCv.unanswerableRefused),
      },
    },
  };
  console.log(`\nweights: ${JSON.stringify(weights)}\nabstain: ${JSON.stringify(abstain)}`);
  if (!options.dryRun) {
    writeFileSync(MODEL_FILE, `${JSON.stringify(model, null, 2)}\n`);
    console.log(`wrote ${path.relative(root, MODEL_FILE)}`);
  }
  return 0;
}

process.exitCode = await main();
