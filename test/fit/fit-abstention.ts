/**
 * `npm run fit -- --abstention`: learns the abstention classifier (src/search/abstain.ts) from
 * the development questions (dev-questions.ts) and writes src/search/abstain-model.json.
 *
 * Each question is one example: its abstention features (src/search/abstain-features.ts) and
 * its label, answerable or not. The features read the ranking's scores, and a ranking fitted on
 * the question itself scores it better (a higher best score, a wider margin) than it will score
 * a question it never saw; so they are cross-fitted (cross-fit.ts): each question's features
 * come from its candidates re-scored by a ranking model fitted (ranking.ts, with the shipped
 * model's L2 penalty) on the other folds only. The shipped ranking model stays the one fitted on
 * every question. A logistic regression with an intercept (logistic.ts, Newton's method, L2
 * penalty on standardised features) gives P(answerable). The cut-off: in each corpus's blind
 * sets pooled, and in all questions together, at most an allowance of the answerable questions
 * may fall below it; the highest cut-off that keeps this everywhere is taken, which refuses the
 * most unanswerable questions under that constraint. The penalty and the allowance are chosen
 * together by nested cross-validation (operating-point.ts): at most
 * `SEARCH_OPTIONS.abstain.maxAnswerableRefused` of the held-out answerable questions refused in
 * every pooled group and in all, then the most unanswerable ones refused. The search shows no passage (the engine
 * then looks for any the question's words name: src/engine/about-fallback.ts) only below
 * `aboutMargin` times the least any answerable question's candidates covered.
 *
 * Reported: k-fold cross-validated shares refused, per set and over all, and with `--ablation`
 * the same with each feature left out; a question a hard gate refuses (abstain-gates.ts, read
 * on the same cross-fitted ranking) counts as refused, so they are the reply's shares, not the
 * classifier's alone. Nested: with fold k held out, the classifier and its
 * cut-off are fitted on the other folds, whose features come from ranking models fitted without
 * their own fold and fold k; fold k's features from the ranking fitted without fold k. So
 * neither the ranking weights, the classifier's weights nor the cut-off saw the held-out
 * questions. Not nested: the two L2 penalties (chosen by cross-validation over all of them)
 * and the features' design. Deterministic: folds by position, no randomness.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { passageFeatures, widestCoverage } from '../../src/search/abstain-features.js';
import { gateEvidence, gateRefuses } from '../../src/search/abstain-gates.js';
import {
  ABSTENTION_FEATURES,
  type AbstainModel,
  type AbstentionFeature,
  type AbstentionFeatures,
} from '../../src/search/abstain-model.js';
import { parseAbstainModel } from '../../src/search/abstain-model-schema.js';
import { decide, questionProbability } from '../../src/search/abstain.js';
import { FEATURE_NAMES } from '../../src/search/features.js';
import { SEARCH_OPTIONS } from '../../src/search/options.js';
import type { SearchIndex } from '../../src/search/search-index.js';
import { foldOf, FoldModels, FOLDS, rescore } from './cross-fit.js';
import { developmentSets } from './dev-questions.js';
import { fitLogistic } from './logistic.js';
import {
  fitRanking,
  rankingExample,
  shippedRankingPenalty,
  type RankingExample,
  type RankingWeights,
} from './ranking.js';
import { ablationField } from './ablation-field.js';
import { chooseOperatingPoint } from './operating-point.js';

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, '../..');
/** Where the fitted model is written. */
export const ABSTAIN_MODEL_FILE = path.join(root, 'src/search/abstain-model.json');

const { maxAnswerableRefused: MAX_ANSWERABLE_REFUSED, aboutMargin: ABOUT_MARGIN } =
  SEARCH_OPTIONS.abstain;
/** L2 penalties tried (on standardised features), chosen with the allowance (operating-point.ts). */
const L2_GRID = [1, 3, 10];
/**
 * Shares of the training folds' answerable questions the cut-off may refuse, tried in
 * cross-validation; safer first, so a tie keeps the fewer refusals.
 */
const ALLOWANCE_GRID = [0.02, 0.03, 0.04, 0.05];
/** The key of all development questions together (no set is named so). */
const WHOLE = 'all';

/** One development question, as abstention sees it with some ranking model. */
interface Example {
  set: string;
  /** The pooled group `npm run eval` reports it in (its corpus's blind sets), if any. */
  pool: string | undefined;
  answerable: boolean;
  /**
   * Per passage weighed (abstain-features.ts `passageFeatures`), best-ranked first: its
   * features. The classifier learns from the first; a question's probability is the most of any.
   */
  features: AbstentionFeatures[];
  /** The most of the question any candidate covers. */
  widestCoverage: number;
  /** undefined: no candidate matched any of its words (always refused, as "nothing"). */
  matched: boolean;
  /**
   * A hard gate refuses it (abstain-gates.ts), whatever the classifier says: counted refused
   * in the cross-validated figures, which are then those of the reply, not of the classifier
   * alone.
   */
  gated: boolean;
}

/** One development question with its cross-fitted features. */
export interface CrossFitted extends Omit<Example, 'features' | 'gated'> {
  /** Its fold (cross-fit.ts). */
  fold: number;
  /**
   * Per fold k, what abstention reads of it with fold k held out: from the ranking fitted
   * without its own fold and fold k (its own fold: without it alone, what the shipped
   * classifier learns from).
   */
  views: FoldView[];
}

/** What abstention reads of one question under one cross-fitted ranking. */
export interface FoldView {
  /** Per passage weighed, best-ranked first: its features. */
  features: AbstentionFeatures[];
  /** A hard gate refuses it under that ranking (the gates read the leading candidates). */
  gated: boolean;
}

/** A question as seen with fold `heldOut` held out (undefined: nothing held out). */
function seen(example: CrossFitted, heldOut = example.fold): Example {
  const { views, ...rest } = example;
  return { ...rest, ...views[heldOut]! };
}

/** What {@link crossFittedFeatures} reads of one development question. */
export interface FitQuestion {
  index: SearchIndex;
  question: string;
  /** Its ranking example (ranking.ts), for refitting the ranking without it. */
  example: RankingExample;
}

/**
 * Each question's abstention features (per passage weighed) and gates' verdict, per held-out
 * fold k, computed from its candidates re-scored by the ranking weights `fit` learns from the
 * questions of every other fold but k (cross-fit.ts): never from weights that saw the
 * question. `fit` is called once per set of held-out folds (folds + folds·(folds−1)/2 times).
 */
export function crossFittedFeatures(
  questions: readonly FitQuestion[],
  fit: (examples: RankingExample[]) => RankingWeights,
  folds = FOLDS,
): FoldView[][] {
  const models = new FoldModels(
    questions.length,
    (positions) => fit(positions.map((i) => questions[i]!.example)),
    folds,
  );
  return questions.map(({ index, question }, i) => {
    const own = foldOf(i, folds);
    const ranking = index.rank(question);
    const input = index.abstentionInput(ranking);
    return Array.from({ length: folds }, (_, heldOut) => {
      const rescored = { ...input, ranked: rescore(ranking.ranked, models.without(own, heldOut)) };
      const gated = rescored.ranked.length > 0 && gateRefuses(gateEvidence(rescored));
      return { features: passageFeatures(rescored), gated };
    });
  });
}

async function collect(sets: readonly string[]): Promise<CrossFitted[]> {
  const questions: FitQuestion[] = [];
  const rest: Array<Omit<CrossFitted, 'views'>> = [];
  // Questions the page answers (a photo caption, a byline: engine/page-answer.ts) get their
  // reply from the page whatever abstention says; they still train the cross-fitted rankings,
  // so every question keeps its fold.
  const pageAnswered = new Set<number>();
  for (const set of await developmentSets(sets)) {
    for (const q of set.questions) {
      const ranking = set.index.rank(q.question);
      const page = set.index.pageAnswer(ranking.plan, { limit: 1 });
      if (page.hits.length > 0 || page.notStated.length > 0) pageAnswered.add(rest.length);
      questions.push({
        index: set.index,
        question: q.question,
        example: rankingExample(set.corpus, set.index, q, ranking),
      });
      rest.push({
        set: set.name,
        pool: set.blind ? `${set.corpusName} (blind sets pooled)` : undefined,
        answerable: 'answers' in q,
        fold: foldOf(rest.length),
        widestCoverage: widestCoverage(ranking),
        matched: ranking.ranked.length > 0,
      });
    }
  }
  const l2 = shippedRankingPenalty();
  console.log(
    `cross-fitting: ${FOLDS + (FOLDS * (FOLDS - 1)) / 2} ranking models, each without one or two of ${FOLDS} folds (L2 ${l2})`,
  );
  const features = crossFittedFeatures(questions, (examples) =>
    fitRanking(examples, FEATURE_NAMES, l2),
  );
  console.log(`${pageAnswered.size} questions answered by the page left out of abstention`);
  return rest
    .map((example, i) => ({ ...example, views: features[i]! }))
    .filter((_, i) => !pageAnswered.has(i));
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

/**
 * Fits the classifier and its cut-offs on `train`, using only the features in `names` (the
 * others get weight 0).
 */
function fitModel(
  train: readonly Example[],
  names: readonly AbstentionFeature[],
  l2: number,
  allowance: number,
  source: string,
): AbstainModel {
  // Learnt from the questions a gate refuses too: fitted on those the gates let through
  // alone, with the cut-off's allowance spent first on the answerable ones the gates refuse,
  // it refused fewer unanswerable questions at the same share of answerable ones (session 25,
  // cross-validated: 51% against 54% of 358, 3% of 1,033 answerable either way).
  const usable = train.filter((e) => e.matched);
  // Learnt from the best-ranked passage, the one whose label the question's is.
  const first = usable.map((e) => e.features[0]!);
  // Standardised so one L2 penalty treats every feature alike; converted back below.
  const mean = names.map((n) => first.reduce((s, f) => s + f[n], 0) / first.length);
  const sd = names.map((n, j) => {
    const v = first.reduce((s, f) => s + (f[n] - mean[j]!) ** 2, 0) / first.length;
    return Math.sqrt(v);
  });
  const rows = first.map((f) => [
    1,
    ...names.map((n, j) => (sd[j]! > 0 ? (f[n] - mean[j]!) / sd[j]! : 0)),
  ]);
  const fitted = fitLogistic(
    rows,
    usable.map((e) => (e.answerable ? 1 : 0)),
    { l2, unpenalised: [0] },
  );
  const weights = Object.fromEntries(ABSTENTION_FEATURES.map((n) => [n, 0])) as AbstentionFeatures;
  let intercept = fitted[0] ?? 0;
  names.forEach((n, j) => {
    const w = sd[j]! > 0 ? (fitted[j + 1] ?? 0) / sd[j]! : 0;
    weights[n] = round(w);
    intercept -= w * mean[j]!;
  });
  const model: AbstainModel = {
    source,
    intercept: round(intercept),
    weights,
    answerProbability: 0,
    aboutCoverage: 0,
  };
  // The cut-off, from the rounded weights that will be used: the highest that refuses at most
  // the allowed share of the answerable questions of each corpus's blind sets pooled (the rows
  // `npm run eval` reports targets on), and of all together. A group with fewer than
  // 1 / allowance answerable questions cannot measure that share, and counts only
  // in the whole.
  const groups = new Map<string, { probabilities: number[]; total: number }>();
  for (const e of train) {
    if (!e.answerable) continue;
    for (const key of groupsOf(e)) {
      const entry = groups.get(key) ?? { probabilities: [], total: 0 };
      entry.total += 1;
      // Answerable questions no candidate matched are refused whatever the cut-off.
      if (e.matched) entry.probabilities.push(questionProbability(e.features, model));
      groups.set(key, entry);
    }
  }
  let cut = 1;
  for (const [key, { probabilities, total }] of groups) {
    if (key !== WHOLE && total * allowance < 1) continue;
    const unmatched = total - probabilities.length;
    const allowed = Math.max(0, Math.floor(total * allowance) - unmatched);
    const sorted = probabilities.sort((a, b) => a - b);
    cut = Math.min(cut, sorted[Math.min(allowed, sorted.length - 1)] ?? 1);
  }
  const lowest = Math.min(...usable.filter((e) => e.answerable).map((e) => e.widestCoverage));
  return {
    ...model,
    answerProbability: Math.floor(cut * 10_000) / 10_000,
    aboutCoverage: Math.floor(lowest * ABOUT_MARGIN * 10_000) / 10_000,
  };
}

/** Refusal counts of a model on some examples, per set and in all. */
interface Refusals {
  answerable: number;
  answerableRefused: number;
  unanswerable: number;
  unanswerableRefused: number;
}

/** The groups the cut-off is chosen on: its corpus's blind sets pooled (if it is in one), all. */
function groupsOf(example: Example): string[] {
  return [...(example.pool ? [example.pool] : []), WHOLE];
}

function tally(into: Map<string, Refusals>, example: Example, refused: boolean): void {
  for (const key of [example.set, ...groupsOf(example)]) {
    const t = into.get(key) ?? {
      answerable: 0,
      answerableRefused: 0,
      unanswerable: 0,
      unanswerableRefused: 0,
    };
    if (example.answerable) {
      t.answerable += 1;
      if (refused) t.answerableRefused += 1;
    } else {
      t.unanswerable += 1;
      if (refused) t.unanswerableRefused += 1;
    }
    into.set(key, t);
  }
}

/**
 * Whether the reply refuses a development question: a gate refused it, or the classifier's
 * outcome is not an answer. `decide` reads every field of its evidence beyond the features and
 * widest coverage as a gate (abstain.ts), so it is given those two alone: the example's own
 * `answerable`, `matched` and `gated` are not gates (read as such, every question was refused).
 */
export function refusedBy(
  model: AbstainModel,
  example: Pick<Example, 'features' | 'widestCoverage' | 'matched' | 'gated'>,
): boolean {
  const evidence = { features: example.features, widestCoverage: example.widestCoverage };
  return example.gated || decide(example.matched ? evidence : undefined, model) !== 'answer';
}

/** One held-out question's P(answerable) from the model fitted without its fold (-1: nothing matched, or a gate refuses it). */
interface HeldOut {
  answerable: boolean;
  probability: number;
}

/** What {@link crossValidate} gives: refusals at the fitted cut-offs, and every held-out probability. */
interface CrossValidation {
  refusals: Map<string, Refusals>;
  heldOut: HeldOut[];
  /** Per fold, the weights of the model fitted without it (how stable the fit is). */
  foldWeights: AbstentionFeatures[];
  /** Per fold, the cut-off of the model fitted without it. */
  foldCutoffs: number[];
}

/**
 * Nested k-fold cross-validation: each fold answered or refused by the model fitted on the
 * others, every feature from a ranking that did not see that fold either ({@link CrossFitted}).
 */
function crossValidate(
  examples: readonly CrossFitted[],
  names: readonly AbstentionFeature[],
  l2: number,
  allowance: number,
): CrossValidation {
  const refusals = new Map<string, Refusals>();
  const heldOut: HeldOut[] = [];
  const foldWeights: AbstentionFeatures[] = [];
  const foldCutoffs: number[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = fitModel(
      examples.filter((e) => e.fold !== fold).map((e) => seen(e, fold)),
      names,
      l2,
      allowance,
      'cross-validation',
    );
    foldWeights.push(model.weights);
    foldCutoffs.push(model.answerProbability);
    for (const e of examples) {
      if (e.fold !== fold) continue;
      const example = seen(e, fold);
      tally(refusals, example, refusedBy(model, example));
      heldOut.push({
        answerable: e.answerable,
        probability:
          e.matched && !example.gated ? questionProbability(example.features, model) : -1,
      });
    }
  }
  return { refusals, heldOut, foldWeights, foldCutoffs };
}

/** Shares of answerable questions refused at which {@link tradeOff} reads the curve. */
const TRADE_OFF_POINTS = [0.02, 0.03, 0.04, 0.05, 0.07, 0.1, 0.15, 0.2, 0.3];

/**
 * The refusal trade-off of held-out probabilities: for each share of answerable questions
 * refused (a cut-off just above that many of their probabilities), the share of unanswerable
 * ones refused; and the area under the ROC curve (Mann–Whitney: the chance that an answerable
 * question scores above an unanswerable one, ties half). The cut-off here is read off the
 * held-out questions themselves: it shows what the evidence can separate, not what the fitted
 * cut-off achieves (that is {@link CrossValidation.refusals}).
 */
export function tradeOff(heldOut: readonly HeldOut[]): {
  auc: number;
  curve: Array<{ answerableRefused: number; unanswerableRefused: number }>;
} {
  const answerable = heldOut.filter((h) => h.answerable).map((h) => h.probability);
  const unanswerable = heldOut.filter((h) => !h.answerable).map((h) => h.probability);
  answerable.sort((a, b) => a - b);
  let wins = 0;
  for (const a of answerable) for (const u of unanswerable) wins += a > u ? 1 : a === u ? 0.5 : 0;
  const auc = wins / Math.max(1, answerable.length * unanswerable.length);
  const curve = TRADE_OFF_POINTS.map((target) => {
    const refused = Math.floor(answerable.length * target);
    // Refuse below the (refused)-th lowest answerable probability: exactly `refused` of them
    // when no tie straddles it.
    const cut = answerable[refused] ?? Infinity;
    const answerableRefused = answerable.filter((p) => p < cut).length / answerable.length;
    const unanswerableRefused = unanswerable.filter((p) => p < cut).length / unanswerable.length;
    return {
      answerableRefused: round(answerableRefused),
      unanswerableRefused: round(unanswerableRefused),
    };
  });
  return { auc: round(auc), curve };
}

/** The trade-off curve on one line. */
function curveLine(heldOut: readonly HeldOut[]): string {
  const { auc, curve } = tradeOff(heldOut);
  return `AUC ${auc.toFixed(3)}; unanswerable refused at ${curve
    .map(
      (p) =>
        `${(p.answerableRefused * 100).toFixed(0)}%: ${(p.unanswerableRefused * 100).toFixed(0)}%`,
    )
    .join(', ')} of answerable refused`;
}

const share = (part: number, whole: number) => round(part / Math.max(1, whole));

function summary(refusals: Map<string, Refusals>): Record<string, object> {
  return Object.fromEntries(
    [...refusals].map(([key, t]) => [
      key,
      {
        answerableRefused: share(t.answerableRefused, t.answerable),
        unanswerableRefused: share(t.unanswerableRefused, t.unanswerable),
        questions: `${t.answerable} + ${t.unanswerable}`,
      },
    ]),
  );
}

/** One line of figures: refused answerable / unanswerable, for the pooled groups (`every`: all groups). */
function line(label: string, refusals: Map<string, Refusals>, every = false): string {
  const cells = [...refusals]
    .filter(([key]) => every || key === WHOLE || key.includes('pooled'))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([key, t]) =>
        `${key} ${(share(t.answerableRefused, t.answerable) * 100).toFixed(0)}% / ${(share(t.unanswerableRefused, t.unanswerable) * 100).toFixed(0)}%`,
    );
  return `  ${label.padEnd(26)} ${cells.join('   ')}`;
}

/** Options of {@link fitAbstention}. */
export interface AbstentionFitOptions {
  sets: readonly string[];
  dryRun: boolean;
  ablation: boolean;
}

/** Fits, reports and (unless a dry run) writes the abstention model. Returns the exit code. */
export async function fitAbstention(options: AbstentionFitOptions): Promise<number> {
  const examples = await collect(options.sets);
  const answerable = examples.filter((e) => e.answerable).length;
  console.log(
    `${examples.length} questions (${answerable} answerable, ${examples.length - answerable} unanswerable)`,
  );
  console.log('\nrefused, answerable / unanswerable, cross-validated:');
  const tried = L2_GRID.flatMap((l2) =>
    ALLOWANCE_GRID.map((allowance) => {
      const cv = crossValidate(examples, ABSTENTION_FEATURES, l2, allowance);
      console.log(line(`L2 ${l2}, allowance ${allowance}`, cv.refusals));
      return { l2, allowance, refusals: cv.refusals, cv };
    }),
  );
  const pools = [...new Set(examples.flatMap((e) => (e.pool ? [e.pool] : [])))];
  const { chosen, withinTarget } = chooseOperatingPoint(
    tried,
    [...pools, WHOLE],
    WHOLE,
    MAX_ANSWERABLE_REFUSED,
  );
  const { l2, allowance, cv: best } = chosen;
  const bestCv = best.refusals;
  console.log(
    `chosen L2 ${l2}, allowance ${allowance} (${withinTarget ? `the most unanswerable refused with at most ${MAX_ANSWERABLE_REFUSED} of answerable refused in every pooled group` : `none kept every pooled group within ${MAX_ANSWERABLE_REFUSED}: the least over it`}); held out: ${curveLine(best.heldOut)}`,
  );
  const spread = (values: readonly number[]) => {
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
    return `${mean.toFixed(3).padStart(8)} ± ${sd.toFixed(3)}`;
  };
  console.log('weights and cut-offs of the fold models (mean ± sd over folds, raw feature units):');
  for (const name of ABSTENTION_FEATURES)
    console.log(`  ${name.padEnd(18)} ${spread(best.foldWeights.map((w) => w[name]))}`);
  console.log(`  ${'cut-off'.padEnd(18)} ${spread(best.foldCutoffs)}`);
  console.log('per group:');
  for (const [key, t] of [...bestCv].sort(([a], [b]) => a.localeCompare(b)))
    console.log(
      `  ${key.padEnd(34)} answerable ${t.answerableRefused}/${t.answerable}, unanswerable ${t.unanswerableRefused}/${t.unanswerable}`,
    );
  const ablation: Record<string, object> = {};
  if (options.ablation) {
    console.log('\nwithout each feature (cross-validated, L2 as chosen):');
    for (const name of ABSTENTION_FEATURES) {
      const cv = crossValidate(
        examples,
        ABSTENTION_FEATURES.filter((n) => n !== name),
        l2,
        allowance,
      );
      console.log(line(`without ${name}`, cv.refusals));
      console.log(`  ${''.padEnd(26)} ${curveLine(cv.heldOut)}`);
      ablation[name] = { ...summary(cv.refusals), heldOut: tradeOff(cv.heldOut) };
    }
  }
  const source = `npm run fit -- --abstention: development questions of ${options.sets.join(', ')} (${examples.length} questions)`;
  const crossFitted = examples.map((e) => seen(e));
  const model = fitModel(crossFitted, ABSTENTION_FEATURES, l2, allowance, source);
  const inSample = new Map<string, Refusals>();
  for (const e of crossFitted) tally(inSample, e, refusedBy(model, e));
  console.log(`\n${line('fitted, on all dev (cross-fitted features)', inSample, true)}`);
  const written = {
    ...model,
    crossValidation: {
      folds: FOLDS,
      l2,
      crossFit: `features from rankings fitted without the question's fold (L2 ${shippedRankingPenalty()}); nested: the held-out fold's also left out of the ranking behind the training features`,
      maxAnswerableRefused: MAX_ANSWERABLE_REFUSED,
      allowance,
      refused: summary(bestCv),
      heldOut: tradeOff(best.heldOut),
      ...ablationField(options.ablation, ablation),
    },
  };
  parseAbstainModel(written);
  console.log(
    `\nintercept ${model.intercept}, weights ${JSON.stringify(model.weights)}\ncut-off ${model.answerProbability}, nothing below coverage ${model.aboutCoverage}`,
  );
  if (!options.dryRun) {
    writeFileSync(ABSTAIN_MODEL_FILE, `${JSON.stringify(written, null, 2)}\n`);
    console.log(`wrote ${path.relative(root, ABSTAIN_MODEL_FILE)}`);
  }
  return 0;
}
