/**
 * Two reports related by a part of one or both (fact-clause-facts.ts) in place of the whole
 * sentence: a first main clause, read as one fact only when more than names is shared
 * (fact-name-only.ts); a clause of time or reason; an own clause, the whole passages' values
 * agreeing; a claim with its frame set aside, the frames naming one speaker and the claims
 * nearly the same words. Only a same fact is taken from such a reading (fact-relation.ts): what is
 * set aside may hold values, so a part is no ground for a dispute.
 */
import { SEARCH_OPTIONS } from '../options.js';
import { secondReferenceNames } from './fact-second-reference.js';
import { sharesOnlyNames } from './fact-name-only.js';
import type { FactRelation, RelationContext } from './fact-relation-types.js';
import type { AnalysedFact } from './fact-analysis.js';
import { jaccardIndex, toldAsShared, toldInOtherWords, without } from './fact-shared-terms.js';
import { synonymousTerms } from './fact-synonym-terms.js';
import { namesMeet } from './fact-name-conflicts.js';
import { conflicts, weekdaysConflict } from './fact-value-conflicts.js';
import { relateRead } from './fact-both-ways.js';
import { claimFactOf, clauseFactOf, ownClauseFactOf } from './fact-clause-facts.js';
import { ownClausesMeet, ownClauseTerms, type OwnClauseTerms } from './fact-own-clause-terms.js';

/**
 * The relation of two reports read with the first main clause of one or both ({@link
 * firstClauseOf}), each given as [the passage, the reading compared]. A first clause is read with
 * its sentence's event words, which are its claim's ("…, and the union says any strike could
 * begin": "begin"): when it holds none of them, its own act is not read, and the act comparison
 * (fact-acts.ts `actsApart`) cannot tell two predicates apart. Such a reading is one fact with
 * the other only when they share a term outside the names of who or what they are about
 * (fact-name-only.ts): "For farmer Ana Brey the frost has been a disaster" / "Farmer Ana Brey is
 * still heating her glasshouses, and she says …" share only the woman.
 */
export function relateFirstClauses(
  [a, firstA]: readonly [AnalysedFact, AnalysedFact],
  [b, firstB]: readonly [AnalysedFact, AnalysedFact],
  context: RelationContext,
): FactRelation {
  const relation = relateRead(firstA, firstB, context);
  if (relation.kind !== 'same-fact') return relation;
  const actUnread = (whole: AnalysedFact, first: AnalysedFact) =>
    first !== whole && ![...first.events()].some((event) => first.terms.has(event));
  return (actUnread(a, firstA) || actUnread(b, firstB)) &&
    sharesOnlyNames(firstA, firstB, synonymousTerms(firstA, firstB, context.synonyms))
    ? { kind: 'different-fact', reason: 'only a name shared' }
    : relation;
}

/**
 * The relation of two reports read with the fact one or both tell in a clause of time or reason
 * (fact-subordinate.ts `factiveClause`) in place of the whole sentence; null when neither tells
 * one. Only a same fact is taken from it (relateFacts): a clause is no ground for a dispute.
 */
export function toldInClause(
  a: AnalysedFact,
  b: AnalysedFact,
  context: RelationContext,
): FactRelation | null {
  const clauseA = clauseFactOf(a);
  const clauseB = clauseFactOf(b);
  if (clauseA === null && clauseB === null) return null;
  const sides: Array<[AnalysedFact, AnalysedFact]> = [];
  if (clauseA !== null) sides.push([clauseA, b]);
  if (clauseB !== null) sides.push([a, clauseB]);
  if (clauseA !== null && clauseB !== null) sides.push([clauseA, clauseB]);
  let relation: FactRelation | null = null;
  for (const [x, y] of sides) {
    relation = relateRead(x, y, context);
    if (relation.kind === 'same-fact') return relation;
  }
  return relation;
}

/**
 * The relation of two reports read as their own clauses (fact-clauses.ts `ownClause`), analysed
 * as passages of their own with the whole passages' event words; null when their clauses share
 * too little ({@link ownClausesMeet}). The values of the whole passages must not differ (dates,
 * places, numbers, actors, weekdays that both state and none of which agree). Only a same fact
 * is taken from it (relateFacts): what is set aside may hold values, so a clause is no ground
 * for a dispute.
 */
export function inOwnClauses(
  a: AnalysedFact,
  b: AnalysedFact,
  context: RelationContext,
): FactRelation | null {
  const terms = (fact: AnalysedFact) => {
    let read = ownTermsRead.get(fact);
    if (read === undefined) ownTermsRead.set(fact, (read = ownClauseTerms(fact.text)));
    return read;
  };
  // The cheap test first: most pairs' clauses share too little to be read further.
  if (!ownClausesMeet(terms(a), terms(b))) return null;
  const x = ownClauseFactOf(a);
  const y = ownClauseFactOf(b);
  if (x === a && y === b) return null;
  // Details set aside on both sides with values that differ ("approved the plan, 8 votes to 5" /
  // "…, 9 votes to 4") tell the fact differently: not one fact told twice.
  if (
    conflicts(a.values, b.values, true, [a.text, b.text]).length > 0 ||
    weekdaysConflict(a.values, b.values)
  )
    return { kind: 'different-fact', reason: 'different values set aside' };
  const relation = relateRead(x, y, context);
  if (relation.kind !== 'same-fact') return relation;
  // An own clause read with its sentence's event words may hold none of them ("The smell of gas
  // was reported by tenants …, and several residents say they had grown used to it": "grown",
  // "used"): its act is not read, and the act comparison (fact-acts.ts `actsApart`) cannot set it
  // apart. One event needs one action (Cybulska & Vossen 2014 on event coreference: the same
  // action, participants, time and place), so the other's act must then be one of its terms, or
  // a WordNet synonym of one: "his mother had complained about a smell of gas" does not tell it.
  const same = synonymousTerms(x, y, context.synonyms);
  const actsOf = (fact: AnalysedFact) => [...fact.events()].filter((e) => fact.terms.has(e));
  const untold = (own: AnalysedFact, whole: AnalysedFact, other: AnalysedFact) => {
    if (own === whole || actsOf(own).length > 0) return false;
    const acts = actsOf(other);
    const terms = [...own.terms.keys()];
    return (
      acts.length > 0 &&
      !acts.some((act) => own.terms.has(act) || terms.some((t) => same(t, act) || same(act, t)))
    );
  };
  return untold(x, a, y) || untold(y, b, x)
    ? { kind: 'different-fact', reason: 'an act not read against another' }
    : relation;
}

/**
 * The relation of two reports read as their claims, the attribution framing set aside
 * (fact-attribution.ts `claimOf`: "X announced on Monday that …", "…, the agency said, adding
 * that …"); null when neither has a frame to set aside, or when a frame takes a stance
 * ({@link claimFactOf}). Only a same fact is taken from it (relateFacts): who said it is compared
 * after (fact-holders.ts), and a frame is no ground for a dispute.
 */
export function inClaims(
  a: AnalysedFact,
  b: AnalysedFact,
  context: RelationContext,
): FactRelation | null {
  const x = claimFactOf(a);
  const y = claimFactOf(b);
  if (x === a && y === b) return null;
  // Two frames must name one speaker: the same words from two speakers are two statements
  // ("Ana Ruiz said …" / "Tom Rowe said …"), whose claims alone would read as one.
  if (x !== a && y !== b && !namesMeet(a.values.actors, b.values.actors, 'last')) return null;
  // A claim is shorter than its sentence, so most of it is shared more easily: only nearly the
  // same words (most of both claims' terms, a Jaccard index) are read as one claim. A word told
  // with a WordNet synonym ("completed" / "finished") is a word shared, as it is for whole
  // passages ({@link toldInOtherWords}); so are a name and its second reference
  // (fact-second-reference.ts: "Cobb Mill Bridge" / "the bridge").
  const told = toldInOtherWords(x, y, null, synonymousTerms(x, y, context.synonyms));
  if (
    jaccardIndex(
      without(new Set(x.terms.keys()), secondReferenceNames(x, y)),
      without(new Set(toldAsShared(y.terms.keys(), told)), secondReferenceNames(y, x)),
    ) < SEARCH_OPTIONS.facts.nearlySameJaccard
  )
    return null;
  return relateRead(x, y, context);
}

/** Each passage's {@link ownClauseTerms}, read once. */
const ownTermsRead = new WeakMap<AnalysedFact, OwnClauseTerms>();
