/**
 * Repeated, grouped k-fold cross-validation with a standard error, for choosing between models
 * (features, objective, penalty) on a few hundred development questions.
 *
 * One k-fold split of ~600 questions moves hit@1 by a point or two with the split alone, as much
 * as most changes being judged; so the split is repeated with different shuffles and each item's
 * held-out score averaged over the repeats (Kohavi, "A study of cross-validation and bootstrap
 * for accuracy estimation and model selection", IJCAI 1995; Bouckaert & Frank, "Evaluating the
 * replicability of significance tests for comparing learning algorithms", PAKDD 2004).
 *
 * Items that share something a model could learn from (two questions answered by the same
 * sentence) are grouped, and a group is never split across folds, so no held-out question is
 * answered by a sentence a training question taught (grouped k-fold).
 *
 * The standard error is over items: the figures are meant to predict how the model does on new
 * questions, and a new question set differs from this one above all in which questions it
 * holds. A comparison of two models uses the paired per-item difference, much tighter than
 * either model's own error since both see the same questions.
 */

/** How the cross-validation is run. */
export interface CvPlan {
  /** Folds per repeat (≥ 2). */
  folds: number;
  /** Repeats, each with its own shuffle of the groups (≥ 1). */
  repeats: number;
  /** Seed of the first repeat's shuffle; repeat r uses seed + r. */
  seed: number;
}

/** The plan of every ranking cross-validation in `npm run fit`: 5 folds × 5 repeats. */
export const RANKING_CV: CvPlan = { folds: 5, repeats: 5, seed: 1 };

/** A cross-validated figure. */
export interface CvResult {
  /** Mean over scored items of their held-out score averaged over repeats. */
  mean: number;
  /** Standard error of that mean over items (sample standard deviation / √n). */
  se: number;
  /** Each item's held-out score averaged over repeats; null for items never scored. */
  perItem: Array<number | null>;
}

/**
 * Groups items that share any key (connected components: a shares a key with b, b with c, all
 * three are one group). Items without keys stand alone. Returns one group number per item,
 * numbered from 0 in order of first appearance.
 */
export function groupsByKeys(keys: ReadonlyArray<readonly string[]>): number[] {
  const parent = keys.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const owner = new Map<string, number>();
  keys.forEach((itemKeys, i) => {
    for (const key of itemKeys) {
      const other = owner.get(key);
      if (other === undefined) owner.set(key, i);
      else parent[root(i)] = root(other);
    }
  });
  const numbers = new Map<number, number>();
  return keys.map((_, i) => {
    const r = root(i);
    if (!numbers.has(r)) numbers.set(r, numbers.size);
    return numbers.get(r)!;
  });
}

/**
 * A seeded pseudo-random number generator (mulberry32, Tommy Ettinger's 32-bit generator):
 * uniform on [0, 1), the same sequence for the same seed on every machine.
 */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Deals groups into folds: the groups shuffled (Fisher–Yates with the seeded generator), then
 * each, largest first (a stable sort keeps the shuffle among equal sizes), into the fold with
 * the fewest items so far, so folds stay near equal in size. Returns one fold (0 to folds − 1)
 * per item; items of one group always share a fold.
 *
 * @throws RangeError when `folds` is not a whole number ≥ 2.
 */
export function groupedFolds(groups: readonly number[], folds: number, seed: number): number[] {
  if (!Number.isInteger(folds) || folds < 2)
    throw new RangeError(`fit: ${folds} folds; at least 2 are needed`);
  const size = new Map<number, number>();
  for (const g of groups) size.set(g, (size.get(g) ?? 0) + 1);
  const order = [...size.keys()].sort((a, b) => a - b);
  const random = mulberry32(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  order.sort((a, b) => size.get(b)! - size.get(a)!);
  const load = new Array<number>(folds).fill(0);
  const foldOfGroup = new Map<number, number>();
  for (const g of order) {
    const fold = load.indexOf(Math.min(...load));
    foldOfGroup.set(g, fold);
    load[fold]! += size.get(g)!;
  }
  return groups.map((g) => foldOfGroup.get(g)!);
}

/**
 * Repeated grouped k-fold cross-validation. For each repeat and fold, `fit` is given the items
 * (0-based positions) outside the fold and `score` judges each item of the fold with that
 * model (null: the item does not count, e.g. an unanswerable question for hit@1).
 *
 * @throws RangeError on a bad plan, or when `groups` does not have one entry per item.
 */
export function repeatedCrossValidation<M>(
  items: number,
  groups: readonly number[],
  fit: (train: readonly number[]) => M,
  score: (model: M, item: number) => number | null,
  plan: CvPlan = RANKING_CV,
): CvResult {
  if (groups.length !== items)
    throw new RangeError(`fit: ${groups.length} groups for ${items} items`);
  if (!Number.isInteger(plan.repeats) || plan.repeats < 1)
    throw new RangeError(`fit: ${plan.repeats} repeats; at least 1 is needed`);
  const sum = new Array<number>(items).fill(0);
  const count = new Array<number>(items).fill(0);
  for (let r = 0; r < plan.repeats; r++) {
    const foldOf = groupedFolds(groups, plan.folds, plan.seed + r);
    for (let fold = 0; fold < plan.folds; fold++) {
      const train: number[] = [];
      const held: number[] = [];
      for (let i = 0; i < items; i++) (foldOf[i] === fold ? held : train).push(i);
      if (held.length === 0) continue;
      const model = fit(train);
      for (const i of held) {
        const s = score(model, i);
        if (s === null) continue;
        sum[i]! += s;
        count[i]! += 1;
      }
    }
  }
  const perItem = sum.map((s, i) => (count[i]! > 0 ? s / count[i]! : null));
  return { perItem, ...meanAndError(perItem.filter((x) => x !== null)) };
}

/**
 * The paired difference a − b of two cross-validations over the same items and plan: mean and
 * standard error of the per-item differences (items scored in both).
 *
 * @throws RangeError when the two cover different numbers of items.
 */
export function pairedDifference(a: CvResult, b: CvResult): { mean: number; se: number } {
  if (a.perItem.length !== b.perItem.length)
    throw new RangeError(
      `fit: cannot pair ${a.perItem.length} items with ${b.perItem.length} items`,
    );
  const diffs: number[] = [];
  a.perItem.forEach((x, i) => {
    const y = b.perItem[i];
    if (x !== null && y !== null && y !== undefined) diffs.push(x - y);
  });
  return meanAndError(diffs);
}

function meanAndError(values: readonly number[]): { mean: number; se: number } {
  const n = values.length;
  if (n === 0) return { mean: 0, se: 0 };
  const mean = values.reduce((s, x) => s + x, 0) / n;
  if (n === 1) return { mean, se: 0 };
  const variance = values.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
  return { mean, se: Math.sqrt(variance / n) };
}
