/**
 * What sets two analysed passages apart before their wording is compared (fact-one-way.ts): the
 * stances governing what they share (fact-stance.ts, fact-progressive.ts; under a stance, counts
 * of one setting that differ are still a disagreement on the number), polarity (fact-polarity.ts),
 * things denied, a state
 * holding on, a finding against an inquiry under way, another occurrence, bounds, order in
 * time, roles, who did it to whom, with or without, and extent (fact-qualifiers.ts,
 * fact-participants.ts).
 */
import { withProgressiveAsPlan } from './fact-progressive.js';
import { governingStances, STANCE_REASON, stanceDifference } from './fact-stance.js';
import {
  absenceConflict,
  boundsConflict,
  comparisonConflict,
  degreeConflict,
  orderConflict,
  quantifiersConflict,
  roleConflict,
  sideConflict,
  withinBound,
} from './fact-qualifiers.js';
import { participantsSwapped, tellersSwapped } from './fact-participants.js';
import { measuresDiffer } from './fact-measures.js';
import { continuationApart } from './fact-continuation.js';
import { findingAgainstPending } from './fact-pending.js';
import { deniedTerms, negatedPredicatesDiffer } from './fact-negated-predicate.js';
import { polarityDiffers } from './fact-polarity.js';
import type { FactRelation } from './fact-relation-types.js';
import { ordinalsConflict } from './fact-value-conflicts.js';
import { sameSetting } from './fact-setting.js';
import type { OneWayPair } from './fact-one-way-types.js';

/** The relation the pair's stances and qualifiers set, before their wording is read; null when none. */
export function setApartBeforeWording(pair: OneWayPair): FactRelation | null {
  const { a, b, context, synonym, sharedList, sharedSet } = pair;
  // A present progressive is a plan or an act under way, not the outcome a plan is kept apart
  // from (fact-progressive.ts): against a plan it takes the plan's stance.
  // A negation whose focus is a shared term governs it, wherever the term first stands ("tested
  // inside but did not test the ground outside" denies the testing the other tells as done:
  // fact-negated-predicate.ts `deniedTerms`).
  const governing = (fact: OneWayPair['a']) => {
    const found = governingStances(fact.stances, sharedList, fact.terms);
    if (
      !found.has('negated') &&
      [...deniedTerms(fact.text, fact.terms)].some((t) => sharedSet.has(t))
    )
      found.add('negated');
    return found;
  };
  const stance = stanceDifference(
    ...withProgressiveAsPlan(a, governing(a), b, governing(b), sharedList),
  );
  if (stance !== null) {
    // "None was taken to hospital" denies nothing: it counts nought, against "Four people …".
    // A wish in a purpose adjunct after a count ("More than 200 people crammed into the hall to
    // demand a new ship") is the purpose's, and leaves the count told as fact: measuresDiffer
    // reads the stances bearing on the count alone (fact-measures.ts `countClauseEnd`), so a
    // count set against another of one setting still differs on the number.
    if (
      (stance === 'negated' || sameSetting(a, b)) &&
      measuresDiffer(a, b, context.published, synonym, context.leanedOnAlike)
    )
      return { kind: 'disagree', aspect: 'number' };
    return { kind: 'different-fact', reason: STANCE_REASON[stance] };
  }
  // "denied that it had failed to consult" / "said it had failed to consult": two negations
  // cancel, one does not (fact-polarity.ts).
  if (polarityDiffers(a, b, sharedList))
    return { kind: 'different-fact', reason: STANCE_REASON.negated };
  // "Have not confirmed a link" / "no evidence of a link": two denials of different things
  // (fact-negated-predicate.ts).
  if (
    governingStances(a.stances, sharedList, a.terms).has('negated') &&
    negatedPredicatesDiffer(a, b, synonym)
  )
    return { kind: 'different-fact', reason: 'different things denied' };
  // "Two workers remain hospitalised" is the state after "Two workers were flown to hospital"
  // (fact-continuation.ts): a change and the state holding on are two facts.
  if (continuationApart(a, b, sharedList))
    return { kind: 'different-fact', reason: 'a state holding on, not a change' };
  // "… report found that a cracked weld had caused the collapse" is an inquiry's finding; "The
  // investigation into the collapse is continuing" tells it under way (fact-pending.ts).
  if (findingAgainstPending(a.text, b.text))
    return { kind: 'different-fact', reason: 'a finding against an inquiry under way' };
  if (a.anotherOccurrence !== b.anotherOccurrence || ordinalsConflict(a.values, b.values))
    return { kind: 'different-fact', reason: 'another occurrence' };
  if (boundsConflict(a.values, b.values))
    return { kind: 'different-fact', reason: 'different bounds' };
  if (withinBound(a.values, b.values))
    return { kind: 'different-fact', reason: 'a value within a bound' };
  if (orderConflict(a.text, b.text, sharedSet))
    return { kind: 'different-fact', reason: 'different order in time' };
  if (roleConflict(a.text, b.text, a.terms, b.terms))
    return { kind: 'different-fact', reason: 'different role' };
  if (participantsSwapped(a, b) || tellersSwapped(a, b))
    return { kind: 'different-fact', reason: 'who did it and to whom swapped' };
  if (absenceConflict(a.text, b.text, sharedSet))
    return { kind: 'different-fact', reason: 'with or without' };
  if (
    quantifiersConflict(a.text, b.text, sharedSet) ||
    degreeConflict(a.text, b.text, sharedSet) ||
    comparisonConflict(a.text, b.text) ||
    sideConflict(a.text, b.text, sharedSet)
  )
    return { kind: 'different-fact', reason: 'different extent' };
  return null;
}
