/**
 * The abstention classifier's operating point (`npm run fit -- --abstention`), chosen by nested
 * cross-validation under issue #8's order of goals: first at most a target share of answerable
 * questions refused, in every group the target is read on (each corpus's blind sets pooled, and
 * all questions together); then as many unanswerable questions refused as that allows.
 *
 * A configuration is the classifier's L2 penalty and the allowance its cut-off is fitted to
 * (the share of the training folds' answerable questions it may refuse). The cut-off is read
 * off the training folds, so the held-out share refused can differ from the allowance either
 * way; choosing the allowance by the held-out figures (constrained model selection by
 * cross-validation: Hastie, Tibshirani & Friedman, The Elements of Statistical Learning, §7.10)
 * sets it by how the model does on questions it never saw, not by a hand margin.
 */

/** Refusal counts of one group of questions. */
export interface GroupRefusals {
  answerable: number;
  answerableRefused: number;
  unanswerable: number;
  unanswerableRefused: number;
}

/** One configuration tried, with its cross-validated refusals per group. */
export interface Configuration {
  l2: number;
  allowance: number;
  /** Per group (a pooled group or the whole): cross-validated refusal counts. */
  refusals: ReadonlyMap<string, GroupRefusals>;
}

/** Why a configuration was chosen. */
export interface Choice<C extends Configuration> {
  chosen: C;
  /** Every group within the target (false: none was, and the least over it was taken). */
  withinTarget: boolean;
}

/** The most answerable questions refused, as a share, over the groups read. */
function worstAnswerableShare(config: Configuration, groups: readonly string[]): number {
  let worst = 0;
  for (const key of groups) {
    const t = config.refusals.get(key);
    if (t && t.answerable > 0) worst = Math.max(worst, t.answerableRefused / t.answerable);
  }
  return worst;
}

/**
 * Picks the configuration refusing the most unanswerable questions of group `whole` among
 * those refusing at most `target` of the answerable questions in each of `groups`; ties go to
 * fewer answerable refused in `whole`, then to the earlier configuration (list the safer ones
 * first). When none is within the target, the one whose worst group is least over it.
 *
 * @throws RangeError when `configs` is empty.
 */
export function chooseOperatingPoint<C extends Configuration>(
  configs: readonly C[],
  groups: readonly string[],
  whole: string,
  target: number,
): Choice<C> {
  if (configs.length === 0) throw new RangeError('fit: no abstention configuration to choose from');
  const within = configs.filter((c) => worstAnswerableShare(c, groups) <= target);
  if (within.length === 0) {
    const chosen = configs.reduce((a, b) =>
      worstAnswerableShare(b, groups) < worstAnswerableShare(a, groups) ? b : a,
    );
    return { chosen, withinTarget: false };
  }
  const count = (c: C, field: 'answerableRefused' | 'unanswerableRefused') =>
    c.refusals.get(whole)?.[field] ?? 0;
  const chosen = within.reduce((a, b) => {
    const more = count(b, 'unanswerableRefused') - count(a, 'unanswerableRefused');
    if (more !== 0) return more > 0 ? b : a;
    return count(b, 'answerableRefused') < count(a, 'answerableRefused') ? b : a;
  });
  return { chosen, withinTarget: true };
}
