/**
 * The present progressive as a plan or an act under way. "The council is borrowing the rest"
 * tells an arrangement in hand or an activity going on, not an outcome reached: the present
 * progressive refers to a happening anticipated by virtue of a present plan, programme or
 * arrangement, or to one in progress (Quirk et al. 1985, §4.28 and §4.29, the futurate and the
 * progressive aspect). Set against "the rest will come from council borrowing", it is not the
 * outcome a plan is kept apart from (fact-stance.ts, 'future'): both tell what is arranged or in
 * hand, and neither reports it done. Against a report in the past ("borrowed the rest") it stays
 * apart, as the plan does.
 */

import type { Stance } from './fact-stance.js';
import { matchesOf } from '../../text/matches-of.js';

/**
 * "am", "is" or "are", an optional "being" (the passive: "is being prepared"), then a word in
 * -ing: the present progressive. Contracted "'s" is left out: it is as often a possessive; so
 * are words in -ing that are no participle ("is during", "is nothing").
 */
const PRESENT_PROGRESSIVE =
  /\b(?:am|is|are)\s+(?:(?:now|still|currently|already)\s+)?(?:being\s+\p{L}+|(?!(?:during|nothing|something|anything|everything|morning|evening)\b)\p{L}{2,}ing)\b/giu;

/**
 * The offsets (in `text`) of each present progressive it holds ({@link PRESENT_PROGRESSIVE}),
 * in order; none: [].
 */
export function presentProgressives(text: string): number[] {
  return [...matchesOf(text, PRESENT_PROGRESSIVE)].map((m) => m.index);
}

/**
 * Whether a present progressive of `text` governs what two passages share, as a stance's marker
 * does (fact-stance.ts `governingStances`): one of `shared` (terms both hold) first appears
 * after it (`firstAt`: each term's first offset in `text`). With nothing shared, any does.
 */
export function progressiveGoverns(
  text: string,
  shared: readonly string[],
  firstAt: ReadonlyMap<string, number>,
): boolean {
  const at = presentProgressives(text);
  return (
    at.length > 0 &&
    (shared.length === 0 ||
      shared.some((term) => at.some((offset) => (firstAt.get(term) ?? -1) > offset)))
  );
}

/** A passage as far as its present progressives are read: its text and each term's first offset. */
export interface ProgressiveSource {
  text: string;
  terms: ReadonlyMap<string, number>;
}

/**
 * The stances of two passages (`stancesA`, `stancesB`: those bearing on what they share, or all
 * of them with `shared` empty), with 'future' added to the side without it when that side tells
 * what they share in the present progressive and the other in the future: the two then take one
 * stance on it. New sets; the inputs are left as they are.
 */
export function withProgressiveAsPlan(
  a: ProgressiveSource,
  stancesA: ReadonlySet<Stance>,
  b: ProgressiveSource,
  stancesB: ReadonlySet<Stance>,
  shared: readonly string[],
): [Set<Stance>, Set<Stance>] {
  const sa = new Set(stancesA);
  const sb = new Set(stancesB);
  if (sa.has('future') !== sb.has('future')) {
    const [plain, plainStances] = sa.has('future') ? [b, sb] : [a, sa];
    if (progressiveGoverns(plain.text, shared, plain.terms)) plainStances.add('future');
  }
  return [sa, sb];
}
