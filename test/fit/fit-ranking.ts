/**
 * `npm run fit`: learns the ranking weights from development questions and writes
 * src/search/ranking-model.json; with `--abstention`, the abstention classifier instead
 * (fit-abstention.ts).
 *
 *   npm run fit -- [--abstention] [--set NAME ...] [--dry-run] [--ablation] [--help]   (see args.ts)
 *
 * The model and its fit are described in ranking.ts. Checked by k-fold cross-validation over
 * questions (folds of cross-fit.ts), with each feature left out in turn; the L2 penalty is the
 * grid's best by cross-validation.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { FIT_USAGE, parseFitArgs, type FitOptions } from './args.js';
import { FEATURE_NAMES } from '../../src/search/features.js';
import type { RankingModel } from '../../src/search/options.js';
import { FOLDS } from './cross-fit.js';
import { DEFAULT_SETS, developmentSets } from './dev-questions.js';
import { fitAbstention } from './fit-abstention.js';
import {
  CANDIDATES,
  crossValidateRanking,
  fitRanking,
  rankingExample,
  RANKING_MODEL_FILE,
  round,
  type RankingExample,
} from './ranking.js';

const here = path.dirname(new URL(import.meta.url).pathname);
const root = path.resolve(here, '../..');
/** Where the fitted model is written (also read by fit-abstention.ts for its penalty). */
export const RANKING_RANKING_MODEL_FILE = path.join(root, 'src/search/ranking-model.json');
/** L2 penalties tried for the ranking (chosen by cross-validation). */
const L2_GRID = [0.1, 1, 10, 100];

async function collect(sets: readonly string[]): Promise<RankingExample[]> {
  const examples: RankingExample[] = [];
  for (const { corpus, index, questions } of await developmentSets(sets))
    for (const q of questions)
      examples.push(rankingExample(corpus, index, q, index.rank(q.question)));
  return examples;
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
    const score = crossValidateRanking(examples, FEATURE_NAMES, candidate);
    console.log(`  L2 ${candidate}: cross-validated hit@1 ${score.toFixed(3)}`);
    if (score > cv) [l2, cv] = [candidate, score];
  }
  console.log(
    `\n${FOLDS}-fold cross-validated hit@1 (best candidate correct), all features, L2 ${l2}: ${cv.toFixed(3)}`,
  );
  const ablation: Record<string, number> = {};
  for (const name of options.ablation ? FEATURE_NAMES : []) {
    ablation[name] = round(
      crossValidateRanking(
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
    writeFileSync(RANKING_MODEL_FILE, `${JSON.stringify(model, null, 2)}\n`);
    console.log(`wrote ${path.relative(root, RANKING_MODEL_FILE)}`);
  }
  return 0;
}

process.exitCode = await main();
