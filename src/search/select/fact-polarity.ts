/**
 * Relative polarity: negations cancel in pairs. "The council denied that it had failed to consult
 * owners" tells that the council did consult them; "Ms Dunlop said the council had failed to
 * consult owners" tells that it did not. Both passages hold a negation, so their stances alike
 * (fact-stance.ts) would not keep them apart. Each negation or verb of denial over what the
 * passages share switches its polarity: "deny" and "fail to" are negative implicatives (Nairn,
 * Condoravdi and Karttunen 2006, "Computing relative polarity for textual inference", §3: every
 * such operator reverses the polarity of its complement), so shared content under an odd number
 * of them in one passage and an even number in the other is told with opposite polarity.
 *
 * Counting words overcounts a single negation told in two ("neither … nor", "not … nothing" in
 * some speech); that keeps a pair apart when it is one fact (a missed "also reported by"), never
 * joins two that are not.
 */
import { maskMonthMay } from '../../text/months.js';
import type { AnalysedFact } from './fact-analysis.js';
import { NEGATION } from './fact-stance.js';
import { matchesOf } from '../../text/matches-of.js';

const EVERY_NEGATION = new RegExp(NEGATION.source, 'gi');

/**
 * How many negations in `fact` come before the last first occurrence of a term of `shared`
 * (those that govern some of it, as fact-stance.ts `governingStances` reads a stance); every one
 * when nothing is shared.
 */
function negationsOver(fact: AnalysedFact, shared: readonly string[]): number {
  const limit =
    shared.length === 0
      ? Number.POSITIVE_INFINITY
      : Math.max(...shared.map((term) => fact.terms.get(term) ?? -1));
  let count = 0;
  for (const match of matchesOf(maskMonthMay(fact.text), EVERY_NEGATION))
    if (match.index < limit) count += 1;
  return count;
}

/**
 * True when what `a` and `b` share (`shared`, content terms both hold) is under an odd number of
 * negations in one and an even number in the other: told with opposite polarity.
 */
export function polarityDiffers(
  a: AnalysedFact,
  b: AnalysedFact,
  shared: readonly string[],
): boolean {
  return negationsOver(a, shared) % 2 !== negationsOver(b, shared) % 2;
}
