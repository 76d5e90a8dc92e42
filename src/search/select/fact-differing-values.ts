/**
 * Two analysed passages of one event whose values differ (fact-one-way.ts): a disagreement is
 * claimed only when certain (one event for certain, one aspect, one value on each side, the
 * words otherwise alike, the values of one event and one time), or as one count of one thing
 * said alike (fact-measures.ts and kin); else they are different facts.
 */
import { SEARCH_OPTIONS } from '../options.js';
import { differingSlot } from './fact-slots.js';
import { modifiedApart } from './fact-participants.js';
import { amountsSaidApart, measuresDiffer, publishedClose } from './fact-measures.js';
import { statedDaysApart } from './fact-stated-day.js';
import { dimensionsDiffer } from './fact-dimensions.js';
import { statesNumberRange } from './fact-number-range.js';
import { changesDiffer } from './fact-changes.js';
import { compoundHeadsApart } from './fact-compounds.js';
import { spansDiffer } from './fact-durations.js';
import type { Aspect, FactRelation } from './fact-relation-types.js';
import { type AnalysedFact, claimValuesOf } from './fact-analysis.js';
import { statesChangeEnds } from './fact-change-ends.js';
import { namesConflict } from './fact-name-conflicts.js';
import { conflicts, valuesOf } from './fact-value-conflicts.js';
import {
  comparableNumbers,
  differingValuesOfOneEvent,
  numberDisagreement,
  slotBearsOnFigure,
} from './fact-value-slots.js';
import { sameSetting } from './fact-setting.js';
import { numbersOfOneTime } from './fact-same-time.js';
import type { OneWayPair, Wording } from './fact-one-way-types.js';

/** The relation of a pair whose values differ on the aspects `differ` (not empty). */
export function relateDiffering(
  pair: OneWayPair,
  wording: Wording,
  differ: readonly Aspect[],
): FactRelation {
  const { a, b, context, synonym, sharedSet, durations } = pair;
  const { same, anchored, closelyOverlapping, slotted } = wording;
  const o = SEARCH_OPTIONS.facts;
  const va = a.values;
  const vb = b.values;
  const asked = context.asked;
  const aspect = asked == null ? differ[0] : differ.find((x) => x === asked);
  // A disagreement is claimed only about one event for certain (dated alike, or nearly the
  // same words), on one aspect (reports that differ on where and when are more likely of two
  // events than two mistakes), and one value on each side: with two places in a sentence,
  // which one is where the event happened is not known. Values in the same place of shared
  // wording are one value each. A date or a number is not a word of the passage: different
  // names before the same word ("Karl Osei cut" / "Anja Petrov cut") or different words in
  // one place ("north end" / "south end") are then a second difference, which the values
  // alone do not show (a place or an actor is such names and words).
  // A range ("between two hundred and three hundred") is two bounds, never one value
  // (fact-number-range.ts), wherever it stands; a change's two ends ("rose from 4 to 9 seats")
  // are two values in two roles, each set against the other's in its role (fact-value-slots.ts).
  const bounds = (x: AnalysedFact) => statesNumberRange(x.text) && !statesChangeEnds(x);
  const oneValueEach =
    aspect !== undefined &&
    !(aspect === 'number' && (bounds(a) || bounds(b))) &&
    (slotted.has(aspect) ||
      ((anchored || closelyOverlapping) &&
        valuesOf(va, aspect, closelyOverlapping) === 1 &&
        valuesOf(vb, aspect, closelyOverlapping) === 1 &&
        (aspect !== 'number' || comparableNumbers(va, vb))));
  const wordsDiffer =
    (aspect === 'date' || aspect === 'number') &&
    (namesConflict(va, vb, a.text, b.text) ||
      modifiedApart(a, b) ||
      compoundHeadsApart(a, b) ||
      amountsSaidApart(a, b) ||
      slotBearsOnFigure(
        a,
        b,
        // Synonyms in one place ("were injured" / "were hurt") are one word there, as they
        // are for a same fact below.
        differingSlot(
          [...a.terms.keys()],
          [...b.terms.keys()],
          o.maxSlotTerms,
          o.slotElsewhereTerms,
          same,
        ),
        slotted.get(aspect),
      ));
  // Values are set against each other only as values of one event: the same event word and
  // stance where each stands ("stopped on 4 December" / "expected to start in August" are two).
  // Who spoke and where ("Ana Ruiz said", "Speaking in Truro,") is no value of what was said:
  // the same words from two speakers, or from two platforms, are two statements, not one
  // fact told two ways. A place or an actor differs only when what is reported differs on it.
  const ofTheClaim =
    (aspect !== 'place' && aspect !== 'actor') ||
    conflicts(claimValuesOf(a), claimValuesOf(b), closelyOverlapping, [a.text, b.text]).includes(
      aspect,
    );
  const certain =
    differ.length === 1 &&
    oneValueEach &&
    ofTheClaim &&
    !wordsDiffer &&
    differingValuesOfOneEvent(a, b, aspect, slotted.get(aspect)) &&
    // A changing figure ("has risen to 48") given weeks apart is two moments, not a dispute;
    // so is any figure not known to be of one time (fact-measures.ts `figuresOfOneTime`).
    !(aspect === 'number' && !numbersOfOneTime(a, b, context.published));
  if (certain && aspect !== undefined)
    return {
      kind: 'disagree',
      aspect,
      ...(slotted.has(aspect) ? { anchor: slotted.get(aspect)?.anchor } : {}),
    };
  // One count of one thing each, said alike (fact-measures.ts), differs on the number however
  // much else of the wording the two share, as it does when they share little.
  if (
    differ.includes('number') &&
    (asked == null || asked === 'number') &&
    (measuresDiffer(a, b, context.published, synonym, context.leanedOnAlike) ||
      // One dimension told by its noun and by its adjective (fact-dimensions.ts).
      dimensionsDiffer(a, b, context.published) ||
      changesDiffer(a, b, context.published) ||
      // One span of one activity told with "spent" and "lasted" (fact-durations.ts), the
      // number all that differs, in articles of about one time.
      (durations !== null &&
        differ.length === 1 &&
        publishedClose(context.published) &&
        spansDiffer(durations))) &&
    sameSetting(a, b) &&
    !compoundHeadsApart(a, b) &&
    // Figures of two stated days are two moments ("at the check on 3 March" / "on 9 March").
    !statedDaysApart(va, vb)
  )
    return numberDisagreement(a, b, sharedSet);
  return { kind: 'different-fact', reason: `different ${differ.join(', ')}` };
}
