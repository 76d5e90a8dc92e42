/**
 * A necessary test, cheaper than the comparison, that two passages can make a "sources differ"
 * note for a question of no answer type. Such a note needs a disagreement whose anchor (the
 * shared words the differing values stand after, fact-relation-types.ts `FactRelation`) is all
 * of the question's words (select.ts `findDisagreements`); most pairs a question tests share
 * too few of its words for any anchor to be, and are spared the cheap test (fact-may-disagree.ts)
 * and the comparison (fact-relation.ts) both: some 4,700 of the 6,100 such pairs of the State of
 * the Union questions at first sight (session 52).
 *
 * Why it is necessary. A disagreement carries an anchor from two places only:
 * - values in one place of shared wording (fact-value-slots.ts `slotConflicts`, read by
 *   fact-wording.ts and `numberDisagreement`): the anchor is `slotAnchorTerms` distinct terms
 *   of the compared passages' shared terms, `a.terms` ∩ `b.terms` (fact-one-way.ts `sharedList`;
 *   fact-both-ways.ts reads the passages with only their stances changed, terms and values
 *   kept), standing before a positioned value of one aspect on each side;
 * - one vote's tallies (fact-both-ways.ts, fact-tallies.ts `talliesDiffer`): the vote words
 *   shared, or "vote"; only when each passage states a tally.
 * The passages compared are the two themselves, except for a claim with its framing set aside
 * (fact-relation.ts `disputeOfClaims`, fact-clause-facts.ts `claimFactOf`: only when a claim is
 * not the whole text) and supplements on one name read as statements of their own
 * (`disputeInSupplements`): then other terms are compared, and this test passes the pair.
 * Relations are pure functions of the two analyses, so a pair this test spares would not have
 * made a note: answers are unchanged.
 */
import { SEARCH_OPTIONS } from '../options.js';
import { type AnalysedFact, supplementsOfFact } from './fact-analysis.js';
import { supplementsOnOneName } from './fact-supplement.js';

/**
 * False only when `a` and `b` (analyses of sentences of two articles) cannot disagree with an
 * anchor all of whose terms are in `questionTerms` (the question's content terms, as
 * fact-content-terms.ts `contentTerms` gives them): see the top of this file. True otherwise,
 * which says nothing of whether they disagree.
 *
 * @example mayAnchorIn(analyseFact('The oak was insured for £40,000.'),
 *   analyseFact('The oak was insured for £25,000.'), new Set(['oak', 'insur'])) // true
 */
export function mayAnchorIn(
  a: AnalysedFact,
  b: AnalysedFact,
  questionTerms: ReadonlySet<string>,
): boolean {
  // Cheapest first: the question's few terms against each side's, then what values each states,
  // then the readings that compare other passages than the two.
  let shared = 0;
  for (const term of questionTerms) if (a.terms.has(term) && b.terms.has(term)) shared += 1;
  if (shared >= SEARCH_OPTIONS.facts.slotAnchorTerms && positionedAlike(a, b)) return true;
  if (statesTally(a) && statesTally(b)) return true;
  if (a.claim !== a.text || b.claim !== b.text) return true;
  return supplementsOnOneName(supplementsOfFact(a), supplementsOfFact(b)).length > 0;
}

/**
 * True when the two state positioned values of one aspect (a number each, or a date or weekday
 * each): values in one place of shared wording are compared only so (fact-value-slots.ts
 * `slotConflicts`).
 */
function positionedAlike(a: AnalysedFact, b: AnalysedFact): boolean {
  const aspects = (fact: AnalysedFact) => {
    let found = 0;
    for (const value of fact.values.positioned) found |= value.aspect === 'number' ? 1 : 2;
    return found;
  };
  return (aspects(a) & aspects(b)) !== 0;
}

/** True when a passage states a tally ("voted 14 to 3"). */
function statesTally(fact: AnalysedFact): boolean {
  for (const value of fact.values.positioned)
    if ('number' in value && value.kind === 'tally') return true;
  return false;
}
