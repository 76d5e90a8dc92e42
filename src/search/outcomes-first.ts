/**
 * Outcomes before plans. A question in the past tense about when something happened ("when did
 * the viaduct reopen?") asks for what happened: a passage reporting the event ("The viaduct
 * reopened on Monday 23 March") answers it, one stating a plan or an expectation for it ("the
 * trust expects the viaduct to reopen on 16 March") only says what was meant to happen. Among
 * passages that answer the question's words equally well, the report of the event therefore
 * comes first. What is a plan is not read here: the caller says it of each passage (the engine
 * reads it from the timeline's tense reading, src/timeline/tense.ts, the one definition).
 */

/**
 * What a passage says of the events it dates: all happened by its writing (`'realised'`), all
 * still ahead then (`'plan'`: a plan, a forecast, a deadline), or neither or both (null).
 */
export type Realisation = 'realised' | 'plan' | null;

/**
 * How many times the passages asked for are chosen when the question asks what happened, so
 * that a report of the event ranked just below the plans can move up into the reply.
 */
export const OUTCOME_POOL_FACTOR = 2;

/** Coverages closer than this are equal (floating-point sums of the same weights). */
const SAME_COVERAGE = 1e-9;

/**
 * `passages` (best first) with each realised one moved ahead of the plans right before it that
 * cover no more of the question than it does ({@link Realisation}); every other order is kept.
 * A passage that is neither stops the move: nothing says it answers less well.
 *
 * @param passages ranked passages, each with its coverage of the question (0–1)
 * @param realisation what each passage says of the events it dates
 * @example
 * // coverages 1, 1, 1 as plan, plan, realised → realised, plan, plan
 */
export function outcomesFirst<T extends { coverage: number }>(
  passages: readonly T[],
  realisation: (passage: T) => Realisation,
): T[] {
  const out = [...passages];
  const kinds = out.map(realisation);
  for (let i = 1; i < out.length; i++) {
    if (kinds[i] !== 'realised') continue;
    for (let j = i; j > 0; j--) {
      const before = out[j - 1]!;
      const passage = out[j]!;
      if (kinds[j - 1] !== 'plan' || before.coverage > passage.coverage + SAME_COVERAGE) break;
      [out[j - 1], out[j]] = [passage, before];
      [kinds[j - 1], kinds[j]] = [kinds[j]!, kinds[j - 1]!];
    }
  }
  return out;
}
