/**
 * A cheap test that the full comparison (fact-relation.ts `relateFacts`) can find two analysed
 * passages to disagree at all, so that "sources differ" spares most pairs the comparison: read
 * from the terms they share (WordNet synonyms counted as the comparison counts them), their
 * counts, sums, tallies, group sizes and dated years, supplements on one name and corrections of
 * who acted. Counted with loops and scratch marks reused from pair to pair
 * (bench/ask-allocation.ts).
 */
import { SEARCH_OPTIONS } from '../options.js';
import type { FactValues, PositionedValue } from './fact-values.js';
import { holdsContrast } from './fact-contrast.js';
import { mayTellCrowdSize } from './fact-attendance.js';
import { onOneStatedDay } from './fact-stated-day.js';
import { supplementsOnOneName } from './fact-supplement.js';
import type { RelationContext } from './fact-relation-types.js';
import { type AnalysedFact, supplementsOfFact } from './fact-analysis.js';
import { synonymsOfTerm, type SynonymTerm, synonymTermsOf } from './fact-synonym-terms.js';

/**
 * A cheap test that {@link relateFacts} can find two analysed passages to disagree at all, to
 * spare the full comparison. Every way to a disagreement needs one of: most of the smaller
 * passage's content terms shared (at least `sameEventOverlap` of them: the same event, nearly
 * the same words, values in one place of shared wording); two terms shared and a year stated
 * on both sides (a shared date anchor); two terms shared and one count on each side (a count of
 * one thing said alike: its noun and what is said of it, fact-measures.ts), or a count of nought
 * in words against one count, which may share a single term ("None was hurt." / "Four people
 * were hurt."); two terms shared and one tally on each side (one vote counted twice,
 * fact-tallies.ts); two terms shared and a group's size on each side ("a 60-strong team" / "a team
 * of about 50", fact-group-size.ts); one term shared and one sum on each side (a present level of
 * one thing, fact-measures.ts); one term shared, one count on each side and a crowd's size on
 * one (an attendance, fact-attendance.ts); or a correction of who acted (fact-contrast.ts). A term of one and
 * a WordNet synonym of it in the other (`synonyms`: the index's table, RelationContext) count as
 * one more term shared, as the comparison counts them ({@link toldInOtherWords}): "Fourteen people
 * were injured." / "Seventeen people were hurt." share two.
 */
export function mayDisagree(
  a: AnalysedFact,
  b: AnalysedFact,
  synonyms?: RelationContext['synonyms'],
): boolean {
  if (mayDisagreeSharing(a, b, 0)) return true;
  // Supplements on one name may contradict each other whatever else is said (fact-supplement.ts).
  if (supplementsOnOneName(supplementsOfFact(a), supplementsOfFact(b)).length > 0) return true;
  // One count each of one noun on one stated day may share no other word: "About 50 volunteers
  // turned out on Monday" / "Seventy volunteers joined police on Monday" (fact-taking-part.ts).
  if (sameCountedNoun(a.values, b.values) && onOneStatedDay(a.values, b.values)) return true;
  if (synonyms === undefined) return false;
  // At most every term one writes and the other does not is told in other words: when even that
  // many would not do, no synonym is looked up (most pairs stop here).
  let ownA = 0;
  for (const term of a.terms.keys()) if (!b.terms.has(term)) ownA += 1;
  const ownB = b.terms.size - (a.terms.size - ownA);
  if (ownA === 0 || ownB === 0 || !mayDisagreeSharing(a, b, Math.min(ownA, ownB))) return false;
  // synonymousTerms' test, with each side's terms, stems and synonym sets read once per passage
  // ({@link synonymTermsOf}) rather than once per pair: a question tests every pair of its best
  // candidates and each shown passage against fifty more. Greedy, in each side's term order: each
  // own term of `b` pairs with the first own term of `a` not yet paired that either's synonyms
  // hold.
  const readA = synonymTermsOf(a, synonyms);
  const readB = synonymTermsOf(b, synonyms);
  const ofA = readA.inOrder;
  const ofB = readB.inOrder;
  // 1 where a term of `a` is written in `b` too or is already paired: not to be paired (again).
  const taken = takenScratch(ofA.length);
  for (let i = 0; i < ofA.length; i++) taken[i] = b.terms.has((ofA[i] as SynonymTerm).term) ? 1 : 0;
  let told = 0;
  for (const y of ofB) {
    if (a.terms.has(y.term)) continue;
    for (let i = 0; i < ofA.length; i++) {
      if (taken[i] === 1) continue;
      const x = ofA[i] as SynonymTerm;
      if (synonymsOfTerm(y, readB).has(x.stem) || synonymsOfTerm(x, readA).has(y.stem)) {
        taken[i] = 1;
        told += 1;
        break;
      }
    }
  }
  return told > 0 && mayDisagreeSharing(a, b, told);
}

/** Scratch marks of {@link mayDisagree}, one per term of a passage, reused from pair to pair. */
let takenMarks = new Uint8Array(64);

function takenScratch(length: number): Uint8Array {
  if (takenMarks.length < length)
    takenMarks = new Uint8Array(Math.max(length, takenMarks.length * 2));
  return takenMarks;
}

/** True when each passage states one number, a count, and both count the same noun. */
function sameCountedNoun(a: FactValues, b: FactValues): boolean {
  const counted = (values: FactValues) => {
    let found: PositionedValue | null = null;
    for (const value of values.positioned)
      if ('number' in value) {
        if (found !== null) return null;
        found = value;
      }
    return found !== null && 'number' in found && found.kind === 'count' ? found.unit : null;
  };
  const unit = counted(a);
  return unit !== null && unit === counted(b);
}

/** {@link mayDisagree} with `told` more terms shared than the two write alike. */
function mayDisagreeSharing(a: AnalysedFact, b: AnalysedFact, told: number): boolean {
  // Counted with loops, not filtered lists or closures: a question tests every pair of its
  // candidates, and the lists were most of what it allocated here (bench/ask-allocation.ts).
  const counts =
    countsOf(a, false) + a.values.zeros.length === 1 &&
    countsOf(b, false) + b.values.zeros.length === 1;
  if (counts && (a.values.zeros.length > 0 || b.values.zeros.length > 0)) return true;
  if (holdsContrast(a.text) || holdsContrast(b.text)) return true;
  let shared = told;
  for (const term of a.terms.keys()) if (b.terms.has(term)) shared += 1;
  // One sum each, stated as the present level of one thing (fact-levels.ts `presentLevelAt`),
  // may share only that thing's word: "The reward is now £20,000." / "… has risen to £25,000."
  if (shared === 1 && counts && holdsMoney(a.values) && holdsMoney(b.values)) return true;
  // A crowd's size against a count of those who attended shares only the event's word: "A crowd
  // of 28,000 watched the concert." / "30,500 people attended the concert." (fact-attendance.ts).
  if (shared === 1 && counts && (mayTellCrowdSize(a.text) || mayTellCrowdSize(b.text))) return true;
  if (shared < 2) return false;
  if (counts || (a.sizesGroup && b.sizesGroup)) return true;
  if (countsOf(a, true) === 1 && countsOf(b, true) === 1) return true;
  if (holdsYearDate(a.values) && holdsYearDate(b.values)) return true;
  const smaller = Math.min(a.terms.size, b.terms.size);
  return smaller > 0 && shared / smaller >= SEARCH_OPTIONS.facts.sameEventOverlap;
}

/** How many counted values a passage states (only tallies when `tallies`), for {@link mayDisagree}. */
function countsOf(fact: AnalysedFact, tallies: boolean): number {
  let found = 0;
  for (const value of fact.values.positioned)
    if ('number' in value && (!tallies || value.kind === 'tally')) found += 1;
  return found;
}

/** True when a passage states a sum of money. */
function holdsMoney(values: FactValues): boolean {
  for (const value of values.positioned)
    if ('number' in value && value.kind === 'money') return true;
  return false;
}

/** True when a passage states a date with its year ({@link datesWithYear} not empty). */
function holdsYearDate(values: FactValues): boolean {
  for (const date of values.dates) if (date.year !== null) return true;
  return false;
}
