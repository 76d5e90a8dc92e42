/**
 * A necessary test, cheaper than the comparison, that two passages can make a "sources differ"
 * note for a question asking a number ("how many", "how much", "how old", "how long": select.ts
 * `aspectOf` 'number'). Such a note needs a disagreement on the number (select.ts
 * `findDisagreements`), and the comparison sets a number only against one of its own kind
 * (fact-values.ts `NumberKind`: an age is not a count, a share not a sum of money); most pairs
 * such a question tests state no two numbers of one kind (a sum of money against a count of
 * people), and are spared the cheap test (fact-may-disagree.ts) and the comparison
 * (fact-relation.ts) both.
 *
 * Why it is necessary. A disagreement on the number comes from these places only:
 * - values in one place of shared wording, or one value each (fact-value-slots.ts
 *   `slotConflicts`, `comparableNumbers`; fact-differing-values.ts): compared only when
 *   `sameValue` is not null, which needs one kind;
 * - one count or sum each said alike (fact-measures.ts `measuresDiffer`): a sum is set only
 *   against a sum (`sameSumOf` needs both), a count against a count or a count of nought
 *   ("None was hurt", `values.zeros`), other kinds never (`measureOf`);
 * - one change each (fact-changes.ts `changeOf`: its measure names the kind), one length each
 *   (fact-dimensions.ts: counts), one span of one activity each (fact-durations.ts: counts of a
 *   unit of time), one vote's tallies (fact-tallies.ts: a tally each);
 * - two sizes of one group (fact-group-size.ts), read from the text: passed whenever both
 *   passages may size a group (`sizesGroup`, which the comparison requires);
 * - a claim with its framing set aside (fact-relation.ts `disputeOfClaims`: only when a claim is
 *   not the whole text) and supplements on one name read as statements of their own
 *   (`disputeInSupplements`): other passages are compared, and this test passes the pair.
 * fact-both-ways.ts reads the passages with only their stances changed (values kept), and
 * every other reading of `relateFacts` only turns a disagreement into another relation or finds
 * one fact. Relations are pure functions of the two analyses, so a pair this test spares would
 * not have made a note: answers are unchanged.
 */
import type { FactValues } from './fact-values.js';
import { type AnalysedFact, supplementsOfFact } from './fact-analysis.js';
import { supplementsOnOneName } from './fact-supplement.js';

/**
 * False only when `a` and `b` (analyses of sentences of two articles) cannot disagree on a
 * number: see the top of this file. True otherwise, which says nothing of whether they disagree.
 *
 * @example mayDisagreeOnNumber(analyseFact('The oak was insured for £40,000.'),
 *   analyseFact('Forty people attended.')) // false: a sum against a count
 */
export function mayDisagreeOnNumber(a: AnalysedFact, b: AnalysedFact): boolean {
  // Cheapest first: the kinds each states, then the readings of other passages than the two.
  if ((numberKinds(a.values) & numberKinds(b.values)) !== 0) return true;
  if (a.sizesGroup && b.sizesGroup) return true;
  if (a.claim !== a.text || b.claim !== b.text) return true;
  return supplementsOnOneName(supplementsOfFact(a), supplementsOfFact(b)).length > 0;
}

/** One bit for each kind of number (fact-values.ts `NumberKind`) a passage states. */
const KIND_BIT = { money: 1, share: 2, tally: 4, age: 8, count: 16 } as const;

/** The kinds of number a passage states, as {@link KIND_BIT} bits; a count of nought is a count. */
function numberKinds(values: FactValues): number {
  let found = values.zeros.length > 0 ? KIND_BIT.count : 0;
  for (const value of values.positioned) if ('number' in value) found |= KIND_BIT[value.kind];
  return found;
}
