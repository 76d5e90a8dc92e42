/**
 * Whether two passages from different articles report the same fact, a different one, or the
 * same thing with different values ("made in the city of Minsk" / "signed in Moscow"). The
 * bot says "also reported by" and "sources differ" on its own authority, so both are claimed
 * only on positive evidence:
 *
 * - the same event: most content words shared (one act told with a WordNet synonym or as its
 *   noun counts as a word shared: fact-acts.ts `actInOtherWords`), or (for a question both
 *   answer) a shared question word and dates that can be the same day, each with its year;
 * - the same stance (fact-stance.ts): neither denies, negates, plans, wishes for, makes
 *   conditional, asks about or alleges what the other reports as having happened (a
 *   possibility or a plan is not a report of the fact; a present progressive, an arrangement
 *   or an act under way, takes a plan's stance against one: fact-progressive.ts);
 * - not another occurrence: no "subsequent", "later", "another", "next" on one side only, no
 *   different ordinals ("a second round" / "a third round"), and not a date (with its year) or
 *   a count on one side only;
 * - the same time: words counted from publication ("the year", "now": fact-time.ts) only
 *   between articles published on the same date, as far as the words reach;
 * - the same claim: what two reports share once their attribution is set aside ("X, who …,
 *   said": fact-attribution.ts), not only the framing;
 * - values: dates (with years), weekdays, numbers (by what they count), places and actors
 *   that both state must agree for the same fact; when they do not, the passages disagree on
 *   that aspect, if nothing else differs (weekdays only ever make them different facts: a
 *   weekday alone cannot tell one event from two occurrences of it; but two weekdays named
 *   with the same date, "Tuesday 12 March" / "Wednesday 12 March", differ on that date, and so
 *   do two weekdays of the start, end or occurrence of one happening named with "the",
 *   fact-once.ts).
 *   Values are compared where they stand (after the same shared words) and only of one kind
 *   (money, a share, a tally, a count of the same thing); a verb of passing a threshold bounds
 *   its figure from below, and the total it passes is the one a verb of obtaining got
 *   ("has passed 12,000 signatures" / "had gathered more than 12,000": fact-passing.ts);
 * - the same names: "the Harlow council" and "the Dunmore council" are different bodies.
 *
 * This module holds the comparison's top level (`relateFacts`: a relation read from the whole
 * passages, their parts and their holders; a dispute read from two speakers' claims or from
 * supplements on one name). Its parts: what is read of a passage (fact-analysis.ts,
 * fact-content-terms.ts), the relation's types (fact-relation-types.ts), the cheap test before
 * it (fact-may-disagree.ts), the comparison both ways round (fact-both-ways.ts) and one way
 * round (fact-one-way.ts), the wording shared (fact-shared-terms.ts, fact-synonym-terms.ts,
 * fact-one-word.ts), values as wholes and in place (fact-value-conflicts.ts,
 * fact-value-slots.ts), names (fact-name-conflicts.ts), setting and time (fact-setting.ts,
 * fact-same-time.ts), parts of a passage read on their own (fact-clause-facts.ts,
 * fact-own-clause-terms.ts, fact-clause-relations.ts), holders (fact-holders-shown.ts), and a
 * thing's description apart from its clause (fact-supplement.ts, fact-measure-premodifier.ts).
 */
import { keptIn } from '../../text/bounded-memo.js';
import { compareHolders, holdsPossessedFigure } from './fact-holders.js';
import { claimsMayDispute } from './fact-framed-claims.js';
import { timeFramesApart } from './fact-time-frame.js';
import { eventIdentityVeto } from './fact-event-identity.js';
import { supplementsOnOneName } from './fact-supplement.js';
import type { FactRelation, RelationContext } from './fact-relation-types.js';
import { type AnalysedFact, analyseFact, supplementsOfFact } from './fact-analysis.js';
import { synonymousTerms } from './fact-synonym-terms.js';
import { conflicts, weekdaysConflict } from './fact-value-conflicts.js';
import { framedUnread, nearCopies, unnamed } from './fact-holders-shown.js';
import { relateRead } from './fact-both-ways.js';
import { claimFactOf, firstClauseOf, mainClauseFactOf } from './fact-clause-facts.js';
import { leavesReferentToContext } from './fact-context-referents.js';
import { subjectHeadsApart } from './fact-subject-head.js';
import { subjectKindsApart } from './fact-gerund-subject.js';
import { changeEndsApart } from './fact-change-ends.js';
import { nounModifierOneSided } from './fact-compounds.js';
import { premodifyingLengthsDiffer } from './fact-measure-premodifier.js';
import { metreSymbolsRead } from './fact-metre-symbol.js';
import { seriesMembersApart } from './fact-series-members.js';
import { placeOnlyDescribing } from './fact-described-event-place.js';
import { placeBesideAdverbialAct } from './fact-adverbial-place.js';
import { additiveMemberApart } from './fact-additive.js';
import {
  inClaims,
  inOwnClauses,
  relateFirstClauses,
  toldInClause,
} from './fact-clause-relations.js';

/**
 * Classifies two passages (sentences of different articles) as the same fact, a different
 * fact, or a disagreement on one aspect.
 *
 * @example
 * classifyFacts('Police said 200 protesters were detained in Minsk on Sunday.',
 *               'The ministry denied that any protesters were detained in Minsk on Sunday.')
 * // { kind: 'different-fact', reason: 'polarity' }
 */
export function classifyFacts(a: string, b: string, context: RelationContext = {}): FactRelation {
  return relateFacts(analyseFact(a), analyseFact(b), context);
}

/**
 * {@link classifyFacts} on passages already analysed (a question compares each with several).
 * A relation is claimed only when it holds read both ways round, so what a reply says about two
 * passages never depends on which of them ranked first.
 */
export function relateFacts(
  given: AnalysedFact,
  other: AnalysedFact,
  context: RelationContext = {},
): FactRelation {
  const relation = relateWholes(given, other, context);
  if (relation.kind !== 'same-fact') return relation;
  // "Pennock's Bakery, which lost its shop front when the hole opened, is baking from a borrowed
  // kitchen" / "The largest claim is from Pennock's Bakery, whose shop front was damaged when the
  // hole opened": what a sentence asserts is its main clause, a supplementary relative clause
  // being a statement of its own beside it (fact-supplement.ts `withoutSupplements`; Quirk et al.
  // 1985, §17.22). "Also reported by" says the other article reports what the passage asserts,
  // whichever of the two is shown, so what EACH asserts must be told by the other: "The lido
  // opened in 1937" / "The lido, which has stood since 1937, lost money" share the opening, but
  // the second asserts a loss the first never reports.
  const mainA = mainClauseFactOf(given);
  const mainB = mainClauseFactOf(other);
  if (mainA === given && mainB === other) return relation;
  // A sentence with no supplement asserts all it says, which the whole relation already read.
  const toldBy = (main: AnalysedFact, whole: AnalysedFact, by: AnalysedFact) =>
    main === whole || relateWholes(main, by, context).kind === 'same-fact';
  return toldBy(mainA, given, other) && toldBy(mainB, other, given)
    ? relation
    : { kind: 'different-fact', reason: 'a main clause the other does not tell' };
}

/** {@link relateFacts} but for the reading of the main clauses on their own. */
function relateWholes(
  given: AnalysedFact,
  other: AnalysedFact,
  context: RelationContext,
): FactRelation {
  // "A 100m cordon" / "a cordon of 100 metres": "m" is the metre's symbol where the other report
  // states the figure in metres (fact-metre-symbol.ts).
  const [a, b] = metreSymbolsRead(given, other);
  const reported = relateReported(a, b, context);
  // "The company said 70 jobs would go" / "Union officials said 95 jobs would go": two speakers'
  // figures for one quantity are a dispute (fact-framed-claims.ts), never one fact.
  const relation =
    reported.kind !== 'different-fact' || a.restatesError || b.restatesError
      ? reported
      : (disputeOfClaims(a, b, context) ?? reported);
  // "Capacity at Wendle Park will reach 19,800 seats" / "Parking at Wendle Park will reach …":
  // subjects with different heads are two things, neither one fact nor a dispute
  // (fact-subject-head.ts).
  // "Changing the signs on the 31 roads will cost £85,000" / "The signs … will cost £2.3
  // million": an act as subject and a thing as subject are two referents (fact-gerund-subject.ts).
  // "A kiosk at the landward end of the pier was destroyed" in an article about Tolver Pier and
  // in one about Kelby Pier: a definite description stands for what its own article named, so
  // the two tell of two piers (fact-described-place.ts).
  if (relation.kind !== 'different-fact' && context.describedApart?.() === true)
    return { kind: 'different-fact', reason: 'different place' };
  // "The first case was confirmed …" / "The fourth case … was confirmed a week after the
  // school's first case": ordinals on one noun name two members of a series
  // (fact-series-members.ts), whichever part of the passages the relation was read from.
  if (relation.kind !== 'different-fact' && seriesMembersApart(a.text, b.text))
    return { kind: 'different-fact', reason: 'different members of a series' };
  // "Harrowmere Sailing Club has also cancelled its open week" / "… cancelled its evening races":
  // an additive word names another member than the one it adds to, which the other report must
  // tell too (fact-additive.ts), whichever part of the passages the relation was read from. Read
  // for one fact only: two figures of one act told in other words ("has also agreed to recruit 80
  // dockers" / "has committed to recruiting 60") still differ on the number.
  if (
    relation.kind === 'same-fact' &&
    additiveMemberApart(a, b, synonymousTerms(a, b, context.synonyms))
  )
    return { kind: 'different-fact', reason: 'another member of a class' };
  // "The first case was confirmed at Ostwick Primary School" / "The outbreak that began at St
  // Aldric's Primary School … has been declared over": a place in a relative clause is the place
  // of that clause's event, not of the report's (fact-described-event-place.ts). "…went out eight
  // days after the first case was confirmed", with a place outside that clause of time, tells no
  // place of the confirmation (fact-adverbial-place.ts).
  if (
    relation.kind === 'disagree' &&
    relation.aspect === 'place' &&
    (placeOnlyDescribing(a.text, a.values.places) ||
      placeOnlyDescribing(b.text, b.values.places) ||
      placeBesideAdverbialAct(a, b) ||
      placeBesideAdverbialAct(b, a))
  )
    return { kind: 'different-fact', reason: "another event's place" };
  if (relation.kind !== 'different-fact') {
    const same = synonymousTerms(a, b, context.synonyms);
    if (subjectHeadsApart(a.claim, b.claim, same) || subjectKindsApart(a.claim, b.claim, same))
      return { kind: 'different-fact', reason: 'different subjects' };
  }
  // "rose to $241 million, up from $212 million" / "rose to $212 million, up from $241 million":
  // a change's start and end are two roles; ends differing role by role are two changes, however
  // few words the passages have to place their figures by (fact-change-ends.ts).
  if (relation.kind === 'same-fact' && changeEndsApart(a, b))
    return { kind: 'different-fact', reason: 'different change ends' };
  if (relation.kind !== 'disagree') return relation;
  // "the chess club has 40 members" / "the club has 55": a noun compound on one side only names a
  // kind of the other's thing, so its figure is not shown to be of the same one
  // (fact-compounds.ts). A date or a place is of the act told, which a second reference ("the
  // agreement" for "a cooperation agreement") names as well.
  if (relation.aspect === 'number' && nounModifierOneSided(a, b))
    return { kind: 'different-fact', reason: 'different things' };
  // "70 jobs would go this year" / "95 jobs would go by 2030": two frames of time, two
  // quantities (fact-time-frame.ts), whatever else the figures share.
  if (relation.aspect === 'number' && timeFramesApart(a.text, b.text, context.published))
    return { kind: 'different-fact', reason: 'different number' };
  // "A crowd of 9,406 watched the match." / "A crowd of 24,118 watched the match.": which match
  // each means, its context says (fact-context-referents.ts).
  return leavesReferentToContext(a) &&
    leavesReferentToContext(b) &&
    context.contextsApart?.() === true
    ? { kind: 'different-fact', reason: 'different referents in context' }
    : relation;
}

/**
 * The disagreement on a number two reports' claims make, their frames of saying set aside, when
 * they may be read so (fact-framed-claims.ts `claimsMayDispute`); null otherwise. What the frames
 * hold must not set the reports apart: no dates, places or weekdays of the whole passages that
 * differ ("said on Monday" / "said on Friday" may be two moments of a changing figure).
 */
function disputeOfClaims(
  a: AnalysedFact,
  b: AnalysedFact,
  context: RelationContext,
): FactRelation | null {
  if (context.asked != null && context.asked !== 'number') return null;
  if (!claimsMayDispute(a, b, context.published)) return null;
  const whole = conflicts(a.values, b.values, true, [a.text, b.text]);
  if (whole.includes('date') || whole.includes('place') || weekdaysConflict(a.values, b.values))
    return null;
  // A frame that takes a stance ("has not said that …") bears on its claim: not set aside.
  const x = claimFactOf(a);
  const y = claimFactOf(b);
  if ((x === a && a.claim !== a.text) || (y === b && b.claim !== b.text)) return null;
  const relation = relateRead(x, y, context);
  if (relation.kind !== 'disagree' || relation.aspect !== 'number') return null;
  return eventIdentityVeto(x, y, relation, synonymousTerms(x, y, context.synonyms)) === null
    ? relation
    : null;
}

/** Each supplement's statement analysed as a passage of its own, kept for the most statements. */
const supplementFacts = new Map<string, AnalysedFact>();
const MAX_SUPPLEMENT_FACTS = 1_000;

/**
 * The disagreement on a number two passages' supplementary relative clauses on one name make
 * (fact-supplement.ts: "…, which can carry ten cars," / "…, which can carry up to eight cars,"),
 * each read as a statement of its own by the same rules as whole passages, for a dispute only;
 * null when there is none. A supplement within a framed claim ("X said the Kelby Star, which …")
 * is the speaker's, whose holder the comparison of claims reads: such passages are left out.
 */
function disputeInSupplements(
  a: AnalysedFact,
  b: AnalysedFact,
  context: RelationContext,
): FactRelation | null {
  if (context.asked != null && context.asked !== 'number') return null;
  if (a.claim !== a.text || b.claim !== b.text) return null;
  for (const [x, y] of supplementsOnOneName(supplementsOfFact(a), supplementsOfFact(b))) {
    const read = (text: string) =>
      keptIn(supplementFacts, text, MAX_SUPPLEMENT_FACTS, (statement) => analyseFact(statement));
    const relation = relateFacts(read(x), read(y), { ...context, disputeOnly: true });
    if (relation.kind === 'disagree' && relation.aspect === 'number') return relation;
  }
  return null;
}

/** {@link relateFacts} without the dispute read from two speakers' claims ({@link disputeOfClaims}). */
function relateReported(a: AnalysedFact, b: AnalysedFact, context: RelationContext): FactRelation {
  // "Correction: Our article of 2 May said the crane was built in 1902." reports what its
  // article no longer says (text/correction.ts): it is never the same fact as a report that still
  // says it, nor set against one as a disagreement: the value its article now holds is in another
  // sentence (the correction after it), which this comparison does not read.
  if (a.restatesError || b.restatesError)
    return { kind: 'different-fact', reason: 'restates a corrected error' };
  let relation = relateRead(a, b, context);
  if (relation.kind === 'different-fact') {
    // "The Kelby Star, which can carry ten cars, made three runs" / "The Kelby Star, which can
    // carry up to eight cars, arrived …": two reports of other events may still contradict each
    // other in what they add of one name (fact-supplement.ts).
    const supplements = disputeInSupplements(a, b, context);
    if (supplements !== null) return supplements;
    // "An eight-day public inquiry into …" / "A six-day public inquiry into …": a length written
    // before the noun describes the thing, whatever the clauses report (fact-measure-premodifier.ts).
    if (
      (context.asked == null || context.asked === 'number') &&
      !a.stances.has('negated') &&
      !b.stances.has('negated') &&
      premodifyingLengthsDiffer(a, b, context.published ?? [null, null])
    )
      return { kind: 'disagree', aspect: 'number' };
    if (context.disputeOnly === true) return relation;
    // "The ballot closes on 12 October, and the union says …" reports, in its first main clause,
    // what "The ballot will close on 12 October." reports: that clause is compared on its own.
    const firstA = firstClauseOf(a);
    const firstB = firstClauseOf(b);
    const clauses =
      firstA === a && firstB === b
        ? relation
        : relateFirstClauses([a, firstA], [b, firstB], context);
    // "The find was announced a week after the cellar was sealed … on May 6" tells, in its clause
    // of time, what "The mill cellar was sealed on 6 May …" reports (fact-subordinate.ts): that
    // clause is compared with the other report, or with its own such clause.
    const told = clauses.kind === 'same-fact' ? clauses : toldInClause(a, b, context);
    // "The station, run by Marl Water, failed at about 2am on Monday in a heavy storm" tells in
    // its own clause (fact-clauses.ts `ownClause`) what "The Tarnbury pump station failed at 2am
    // on Monday, two days after a service" tells in its own: those clauses are compared.
    const own = told?.kind === 'same-fact' ? told : inOwnClauses(a, b, context);
    // "The ministry stated on Monday that the ferry would resume sailing in April" reports, in its
    // that-clause, what "The ferry will resume sailing in April." reports: the report frame (who
    // spoke, the verb of saying, the day of saying) is no part of the fact, so the claims are
    // compared as passages of their own ({@link claimFactOf}).
    const claims = own?.kind === 'same-fact' ? own : inClaims(a, b, context);
    if (claims === null || claims.kind !== 'same-fact') return relation;
    relation = claims;
  }
  // One predicate with two complements, or figures not all stated alike (fact-event-identity.ts).
  const veto = eventIdentityVeto(a, b, relation, synonymousTerms(a, b, context.synonyms));
  if (veto !== null) return { kind: 'different-fact', reason: veto };
  // Figures and statements of different holders ("the campaign's own estimate" / "the council
  // said") are two parties' claims, each reported truly: never one fact, never a dispute
  // (fact-holders.ts). A figure named as one party's own is set against another only when the
  // other's holder is shown to be that party: "It puts the cost at" does not say whose it is.
  const holdersA = a.holders();
  const holdersB = b.holders();
  const holders = compareHolders(holdersA, holdersB);
  if (holders === 'apart') return { kind: 'different-fact', reason: 'different holders' };
  // Statements whose holders are not shown to be one ("She says …" / "She said …", "In Dunmere,
  // traders said" / "she said": a pronoun resolves in its own article) are one fact only as copies.
  if (
    relation.kind === 'same-fact' &&
    (holders === 'unknown' ||
      (holders === 'none' &&
        ((unnamed(holdersA) && framedUnread(b, holdersB)) ||
          (unnamed(holdersB) && framedUnread(a, holdersA))))) &&
    !nearCopies(a, b)
  )
    return { kind: 'different-fact', reason: 'holders not shown to be one' };
  if (
    relation.kind === 'disagree' &&
    holders === 'unknown' &&
    (holdsPossessedFigure(holdersA) || holdsPossessedFigure(holdersB))
  )
    return { kind: 'different-fact', reason: 'holders not shown to be one' };
  return relation;
}
