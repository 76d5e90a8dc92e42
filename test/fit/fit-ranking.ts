/**
 * `npm run fit`: learns the ranking weights from development questions and writes
 * src/search/ranking-model.json; with `--abstention`, the abstention classifier instead
 * (fit-abstention.ts).
 *
 *   npm run fit -- [--abstention] [--set NAME ...] [--dry-run] [--ablation] [--help]   (see args.ts)
 *
 * The model and its fit are described in ranking.ts. Every choice is made by repeated grouped
 * cross-validation (repeated-cv.ts: 5 folds × 5 repeats, questions answered by one sentence held
 * out together), reported as hit@1 mean ± standard error over questions:
 * - the L2 penalty, per objective, by the one-standard-error rule (Hastie, Tibshirani &
 *   Friedman, The Elements of Statistical Learning, §7.10): the largest penalty of the grid
 *   whose hit@1 is within one standard error (of its paired difference) of the best;
 * - the objective: the shipped model's is kept unless another beats it by more than the
 *   standard error of their paired difference, so a refit does not flip on noise;
 * - with `--ablation`, each feature left out in turn, with the paired difference it makes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FIT_USAGE, parseFitArgs, type FitOptions } from './args.js';
import { FEATURE_NAMES, type FeatureName } from '../../src/search/features.js';
import type { RankingModel } from '../../src/search/options.js';
import { DEFAULT_SETS, developmentSets } from './dev-questions.js';
import { fitAbstention } from './fit-abstention.js';
import {
  CANDIDATES,
  crossValidateRanking,
  crossValidateRankingAt1And3,
  hitAt1,
  hitAtK,
  fitRanking,
  rankingExample,
  rankingGroups,
  RANKING_MODEL_FILE,
  RANKING_OBJECTIVES,
  round,
  shippedRankingObjective,
  type RankingExample,
  type RankingObjective,
  type RankingWeights,
} from './ranking.js';
import {
  groupsByKeys,
  pairedDifference,
  RANKING_CV,
  repeatedCrossValidation,
  type CvResult,
} from './repeated-cv.js';
import { ablationField } from './ablation-field.js';
import { COORDINATE_GRID, crossValidateOneWeight, fitOneWeight } from './coordinate.js';

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, '../..');
/** L2 penalties tried for the ranking (chosen by cross-validation). */
const L2_GRID = [1, 10, 100];

interface Collected {
  examples: RankingExample[];
  /** The corpus each example's question is asked of. */
  corpora: string[];
  /** The question set each example comes from. */
  setNames: string[];
}

async function collect(sets: readonly string[]): Promise<Collected> {
  const examples: RankingExample[] = [];
  const corpora: string[] = [];
  const setNames: string[] = [];
  for (const { name, corpus, corpusName, index, questions } of await developmentSets(sets))
    for (const q of questions) {
      examples.push(rankingExample(corpus, index, q, index.rank(q.question)));
      corpora.push(corpusName);
      setNames.push(name);
    }
  return { examples, corpora, setNames };
}

const figure = (r: { mean: number; se: number }) => `${r.mean.toFixed(3)} ± ${r.se.toFixed(3)}`;
const signed = (r: { mean: number; se: number }) =>
  `${r.mean >= 0 ? '+' : ''}${r.mean.toFixed(3)} ± ${r.se.toFixed(3)}`;

/** One configuration's cross-validation. */
interface Tried {
  objective: RankingObjective;
  l2: number;
  result: CvResult;
}

/** The one-standard-error rule over one objective's grid (see the file's comment). */
function oneStandardError(tried: readonly Tried[]): Tried {
  const best = tried.reduce((a, b) => (b.result.mean > a.result.mean ? b : a));
  const within = tried.filter((t) => {
    const d = pairedDifference(best.result, t.result);
    return d.mean <= d.se;
  });
  return within.reduce((a, b) => (b.l2 > a.l2 ? b : a));
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
  if (options.coordinate !== undefined) return fitCoordinate(options, sets);
  const { examples, corpora, setNames } = await collect(sets);
  const answerable = examples.filter((e) => e.answerable);
  const reachable = answerable.filter((e) => e.candidates.some((c) => c.correct)).length;
  const groups = rankingGroups(examples, (i) => corpora[i]!);
  console.log(
    `${examples.length} questions (${answerable.length} answerable; a correct candidate among the first ${CANDIDATES} for ${reachable}), in ${new Set(groups).size} groups (questions answered by one sentence are held out together)`,
  );
  const { folds, repeats } = RANKING_CV;
  console.log(
    `\nhit@1 by repeated grouped cross-validation (${folds} folds × ${repeats} repeats), mean ± standard error over questions:`,
  );
  const chosen: Tried[] = [];
  for (const objective of RANKING_OBJECTIVES) {
    const tried = L2_GRID.map((l2) => {
      const result = crossValidateRanking(examples, groups, FEATURE_NAMES, l2, objective);
      console.log(`  ${objective.padEnd(8)} L2 ${String(l2).padEnd(4)} ${figure(result)}`);
      return { objective, l2, result };
    });
    chosen.push(oneStandardError(tried));
  }
  const shipped = shippedRankingObjective();
  let pick = chosen.find((t) => t.objective === shipped)!;
  for (const other of chosen) {
    if (other === pick) continue;
    const d = pairedDifference(other.result, pick.result);
    const wins = d.mean > d.se;
    console.log(
      `${other.objective} (L2 ${other.l2}) − ${pick.objective} (L2 ${pick.l2}): ${signed(d)}: ${wins ? `beats it by more than one standard error; ${other.objective} chosen` : `not by more than one standard error; ${pick.objective} kept`}`,
    );
    if (wins) pick = other;
  }
  const { objective, l2, result: cv } = pick;
  console.log(`\nchosen: ${objective}, L2 ${l2} (one-standard-error rule): hit@1 ${figure(cv)}`);
  const ablation: Record<string, { hitAt1: number; difference: number; standardError: number }> =
    {};
  if (options.ablation) console.log('without each feature (paired difference from all features):');
  for (const name of options.ablation ? FEATURE_NAMES : []) {
    const without = crossValidateRanking(
      examples,
      groups,
      FEATURE_NAMES.filter((n) => n !== name),
      l2,
      objective,
    );
    const d = pairedDifference(without, cv);
    ablation[name] = {
      hitAt1: round(without.mean),
      difference: round(d.mean),
      standardError: round(d.se),
    };
    console.log(`  without ${name.padEnd(20)} ${figure(without)}   ${signed(d)}`);
  }
  if (options.compare) compareWithShipped(examples, groups, setNames, l2, objective);
  const weights = fitRanking(examples, FEATURE_NAMES, l2, objective);
  const model: RankingModel & { crossValidation: object } = {
    source: `npm run fit: development questions of ${sets.join(', ')} (${examples.length} questions)`,
    weights,
    crossValidation: {
      folds,
      repeats,
      seed: RANKING_CV.seed,
      grouped: 'questions whose first correct candidate is the same sentence',
      objective,
      l2,
      hitAt1: round(cv.mean),
      standardError: round(cv.se),
      ...ablationField(options.ablation, ablation),
    },
  };
  console.log(`\nweights: ${JSON.stringify(weights)}`);
  if (!options.dryRun) {
    writeFileSync(RANKING_MODEL_FILE, `${JSON.stringify(model, null, 2)}\n`);
    console.log(`wrote ${path.relative(root, RANKING_MODEL_FILE)}`);
  }
  return 0;
}

/**
 * `--compare`: hit@1 and hit@3 of the shipped weights (a fixed model: its plain figures on these
 * questions, some of which it may have been fitted on) beside the refit's, cross-validated twice:
 * in folds by answering sentence (as every choice above), and in folds by question set, each
 * set's questions held out together, so a set's writer and wording are never both learnt from
 * and judged. Paired differences refit − shipped, ± their standard error.
 */
function compareWithShipped(
  examples: readonly RankingExample[],
  bySentence: readonly number[],
  setNames: readonly string[],
  l2: number,
  objective: RankingObjective,
): void {
  const shipped = (JSON.parse(readFileSync(RANKING_MODEL_FILE, 'utf8')) as RankingModel).weights;
  const base = Object.fromEntries(FEATURE_NAMES.map((n) => [n, shipped[n] ?? 0])) as RankingWeights;
  const bySet = groupsByKeys(setNames.map((name) => [name]));
  console.log(
    `\nshipped weights against the refit (${objective}, L2 ${l2}), hit@1 and hit@3 (a sentence candidate among the best 1 or 3), mean ± standard error over questions:`,
  );
  for (const [label, groups] of [
    ['folds by answering sentence', bySentence],
    ['folds by question set', bySet],
  ] as const) {
    const refit = crossValidateRankingAt1And3(examples, groups, FEATURE_NAMES, l2, objective);
    const fixed = (k: number) =>
      repeatedCrossValidation(
        examples.length,
        groups,
        () => base,
        (weights, i) => (examples[i]!.answerable ? hitAtK(examples[i]!, weights, k) : null),
      );
    const shipped1 = fixed(1);
    const shipped3 = fixed(3);
    console.log(
      `  ${label}: shipped ${figure(shipped1)} / ${figure(shipped3)}; refit (cross-validated) ${figure(refit.hitAt1)} / ${figure(refit.hitAt3)}; paired ${signed(pairedDifference(refit.hitAt1, shipped1))} / ${signed(pairedDifference(refit.hitAt3, shipped3))}`,
    );
  }
}

/**
 * `--coordinate FEATURE`: FEATURE's weight by coordinate ascent on hit@1 (coordinate.ts), the
 * others as shipped; cross-validated beside the shipped weights (a fixed model: its plain hit@1
 * on the same questions), and written into the shipped model's file with a record of both.
 */
async function fitCoordinate(options: FitOptions, sets: readonly string[]): Promise<number> {
  const feature = options.coordinate as FeatureName;
  if (!FEATURE_NAMES.includes(feature)) {
    console.error(
      `fit: no feature named "${feature}"; expected one of ${FEATURE_NAMES.join(', ')}`,
    );
    return 2;
  }
  const shipped = JSON.parse(readFileSync(RANKING_MODEL_FILE, 'utf8')) as RankingModel & {
    crossValidation?: object;
  };
  const base = { ...shipped.weights, [feature]: shipped.weights[feature] ?? 0 };
  const { examples, corpora } = await collect(sets);
  const groups = rankingGroups(examples, (i) => corpora[i]!);
  const held = repeatedCrossValidation(
    examples.length,
    groups,
    () => base,
    (weights, i) => (examples[i]!.answerable ? hitAt1(examples[i]!, weights) : null),
  );
  const cv = crossValidateOneWeight(examples, groups, base, feature);
  const d = pairedDifference(cv, held);
  const weights = fitOneWeight(examples, base, feature);
  console.log(
    `${examples.length} questions; ${feature} by coordinate ascent over ${COORDINATE_GRID.join(', ')}, the other weights as shipped:\n` +
      `  hit@1 with the shipped weights ${figure(held)}; with ${feature} fitted (cross-validated) ${figure(cv)}; paired ${signed(d)}\n` +
      `  ${feature}: ${base[feature]} → ${weights[feature]}`,
  );
  const model = {
    ...shipped,
    weights,
    crossValidation: {
      ...shipped.crossValidation,
      coordinate: {
        feature,
        grid: COORDINATE_GRID,
        sets: `development questions of ${sets.join(', ')} (${examples.length} questions)`,
        hitAt1: round(cv.mean),
        standardError: round(cv.se),
        shippedHitAt1: round(held.mean),
        difference: round(d.mean),
        differenceStandardError: round(d.se),
      },
    },
  };
  if (!options.dryRun) {
    writeFileSync(RANKING_MODEL_FILE, `${JSON.stringify(model, null, 2)}\n`);
    console.log(`wrote ${path.relative(root, RANKING_MODEL_FILE)}`);
  }
  return 0;
}

process.exitCode = await main();
