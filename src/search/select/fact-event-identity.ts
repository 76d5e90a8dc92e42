/**
 * The last word on whether two reports tell one event, read after every other comparison
 * (fact-relation.ts `relateFacts`): "also reported by" and "sources differ" are claims of the
 * bot's own, so each needs the same event on both sides. An event is its predicate with its
 * complement, its participants and its time; two reports are of one event only when none of
 * these sets them apart. The predicate, participants and time are read by fact-relation.ts and
 * the modules it calls; what is read here:
 *
 * - the complement of a verb of deciding (fact-complements.ts): "voted to accept a pay deal" /
 *   "voted to walk out" are two decisions;
 * - a request against the decision on it (fact-request.ts): "asked the council for a £4,000
 *   grant" / "the council approved the request for a £4,000 grant" are the asking and the answer;
 * - the figures (fact-figures.ts): the same fact states the same figures, every one of the
 *   clause of a figure both state ("81% in favour on a turnout of 74%" / "81% in favour" leaves
 *   the turnout unconfirmed); a disagreement is one figure told two ways, not every figure
 *   different ("81% on a 74% turnout" / "88% on a 79% turnout" are two votes); a change's start
 *   is stated by its size and its end (fact-change-size.ts);
 * - the way a change went (fact-change-ends.ts): "rose by 40p" / "went down by 40p" are two.
 */
import { complementsApart } from './fact-complements.js';
import { requestAgainstDecision } from './fact-request.js';
import { figureUnconfirmed, figuresApartTwice } from './fact-figures.js';
import type { MeasuredSource } from './fact-measures.js';
import { sameChangeBySize } from './fact-change-size.js';
import { changeWaysApart } from './fact-change-ends.js';

/** What is read of each report here. */
export type IdentitySource = MeasuredSource;

/**
 * Why two reports a relation found to be one fact (`kind` "same-fact") or one fact told
 * differently ("disagree", on `aspect`) are not one event after all; null when nothing here sets
 * them apart. `synonymous`: whether a term of `a` and one of `b` are WordNet synonyms
 * (fact-relation.ts).
 */
export function eventIdentityVeto(
  a: IdentitySource,
  b: IdentitySource,
  relation: { kind: 'same-fact' } | { kind: 'disagree'; aspect: string },
  synonymous: (x: string, y: string) => boolean,
): string | null {
  if (complementsApart(a.text, b.text, synonymous)) return 'different complements';
  if (requestAgainstDecision(a.text, b.text)) return 'a request and the decision on it';
  // A rise and a fall are two changes (fact-change-ends.ts `changeWaysApart`).
  if (changeWaysApart(a, b)) return 'changes in opposite directions';
  // A change's start is stated by its size and end (fact-change-size.ts).
  if (relation.kind === 'same-fact' && figureUnconfirmed(a, b) && !sameChangeBySize(a, b))
    return 'a figure of the fact stated on one side only';
  if (
    relation.kind === 'disagree' &&
    relation.aspect === 'number' &&
    figuresApartTwice(a.values, b.values)
  )
    return 'every figure different';
  return null;
}
