/**
 * The modal perfect: "should have power restored by Friday", "will have finished by May", "would
 * have met on Thursday". Whether it puts a date ahead, behind or in doubt depends on the modal and
 * on whether the date is a deadline.
 */
import type { Tense } from './tense.js';
import { markerAt } from './tense-markers.js';
import { wordIn } from '../text/word-class.js';
import { PLAN_CUES } from './plan-words.js';

/** Modals that form a perfect with "have": "should have restored", "will have finished". */
const PERFECT_MODAL = /^(?:will|shall|should|must|would|'ll)$/iu;
/** Cues that take "to have" and a participle: "is expected to have finished". */
const PERFECT_CUE = wordIn([...PLAN_CUES, 'likely', 'is', 'are']);

/**
 * The modal perfect governing the end of `clause`, if any: its modal ("would", "should", …, or
 * "to" for "expected to have"), when "MODAL have" is followed by at most one other verb (its
 * participle) before the date. Null when none governs it.
 */
export function modalPerfectBefore(clause: readonly string[]): string | null {
  for (let k = clause.length - 1; k >= 1; k--) {
    if (!/^(?:have|'ve)$/iu.test(clause[k] as string)) continue;
    const modal = (clause[k - 1] as string).toLowerCase().replace(/[’]/gu, "'");
    const governs =
      PERFECT_MODAL.test(modal) ||
      (modal === 'to' && PERFECT_CUE.test(clause[k - 2] ?? '') && k >= 2);
    if (!governs) return null;
    // "should have power restored by Friday": only the participle may carry a marker after it;
    // the "been" of the perfect passive ("should have been warned") is an auxiliary of it.
    const verbs = clause
      .slice(k + 1)
      .filter((word, i, all) => markerAt(all, i) !== null && !(i === 0 && /^been$/iu.test(word)));
    return verbs.length <= 1 ? modal : null;
  }
  return null;
}

/**
 * The tense a modal perfect gives a date. With a deadline ("should have power restored by
 * Friday", "will have finished by May", "is expected to have … by") it is a future perfect:
 * the deadline lies ahead. Without one the same words may be counterfactual or an inference
 * about the past ("should have been warned on Monday", "must have left on Friday"): in doubt.
 * "would have met on Thursday" stays a past that did not happen; "would have … by Friday" may
 * be that or a future seen from a reported past, so it is in doubt too.
 */
export function modalPerfectTense(modal: string, deadline: boolean): Tense {
  if (modal === 'would') return deadline ? null : 'past';
  return deadline ? 'future' : null;
}
