/**
 * What put a wrong passage above the one that answers (`npx tsx test/fit/miss-analysis.ts`): the
 * group of ranking features whose weighted difference favours it most.
 */
import { FEATURE_NAMES, type FeatureName, type Features } from '../../src/search/features.js';
import { SEARCH_OPTIONS, type RankingModel } from '../../src/search/options.js';

/** Why a wrong passage outranks the right one, as miss-analysis.ts counts it. */
export type DecidedBy =
  | 'answer type: the answer holds the asked type more fully'
  | 'answer type: the wrong passage holds it, the answer less'
  | 'words: the wrong passage shares more of the question itself'
  | 'neighbourhood: its neighbours or surroundings share more'
  | 'article: its title or metadata points to it';

/** The feature groups weighed when neither passage holds the asked type better. */
const GROUPS: ReadonlyArray<[DecidedBy, readonly FeatureName[]]> = [
  [
    'words: the wrong passage shares more of the question itself',
    ['coverage', 'contextCoverage', 'bm25', 'proximity', 'phrases', 'heaviestMatched', 'length'],
  ],
  [
    'neighbourhood: its neighbours or surroundings share more',
    ['neighbourCoverage', 'surroundingCoverage'],
  ],
  [
    'article: its title or metadata points to it',
    ['titleCoverage', 'metadataMatch', 'sourceMatch', 'heading'],
  ],
];

/**
 * Why `wrong` (ranked first) outranks `right` (the first passage that answers) under `weights`:
 * for a question asking an answer type, the passage holding more of it beyond the question's
 * own words (`typeNew`) says it; otherwise the group whose weighted differences in the wrong
 * passage's favour add up to most (the first group on a tie).
 */
export function decidedBy(
  wrong: Features,
  right: Features,
  typed: boolean,
  weights: RankingModel['weights'] = SEARCH_OPTIONS.model.weights,
): DecidedBy {
  if (typed && right.typeNew > wrong.typeNew)
    return 'answer type: the answer holds the asked type more fully';
  if (typed && wrong.typeNew > right.typeNew)
    return 'answer type: the wrong passage holds it, the answer less';
  let best = GROUPS[0]!;
  let most = -Infinity;
  for (const group of GROUPS) {
    let sum = 0;
    for (const name of group[1]) {
      if (!FEATURE_NAMES.includes(name)) continue;
      sum += Math.max(0, (weights[name] ?? 0) * (wrong[name] - right[name]));
    }
    if (sum > most) [best, most] = [group, sum];
  }
  return best[0];
}
