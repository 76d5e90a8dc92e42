/**
 * Two analysed passages compared one way round (`relateOneWay`; fact-both-ways.ts claims a
 * relation only when it holds both ways), in stages: what sets them apart before their wording
 * is read (fact-set-apart.ts); the wording shared (fact-wording.ts); weekdays; reports alike only
 * by their figures (fact-measures.ts and kin); values that differ (fact-differing-values.ts);
 * and, for reports of one event that differ in no value, what else sets them apart
 * (fact-one-event.ts).
 */
import { measuresAgree, measuresDiffer, publishedClose } from './fact-measures.js';
import { dimensionsDiffer } from './fact-dimensions.js';
import { placesApart } from './fact-places.js';
import { groupSizesDiffer } from './fact-group-size.js';
import { partySharesAgree } from './fact-shares.js';
import { changesDiffer } from './fact-changes.js';
import { namedHeadsApart } from './fact-compounds.js';
import { onceOnTwoDays } from './fact-once.js';
import { type Duration, oneActivitySpans } from './fact-durations.js';
import type { FactRelation, RelationContext } from './fact-relation-types.js';
import { type AnalysedFact } from './fact-analysis.js';
import { synonymousTerms } from './fact-synonym-terms.js';
import { namesConflict } from './fact-name-conflicts.js';
import {
  conflicts,
  weekdaysConflict,
  weekdaysContradictDate,
  weekdaysDated,
} from './fact-value-conflicts.js';
import { numberDisagreement } from './fact-value-slots.js';
import { sameSetting } from './fact-setting.js';
import { datesShared } from './fact-same-time.js';
import { setApartBeforeWording } from './fact-set-apart.js';
import { readWording } from './fact-wording.js';
import { relateDiffering } from './fact-differing-values.js';
import { relateUndiffering } from './fact-one-event.js';
import type { OneWayPair } from './fact-one-way-types.js';
import { sameChangeBySize } from './fact-change-size.js';

/**
 * "Spend" and "last" before one span of one activity in `a` and `b` ("spent three weeks in talks"
 * / "the talks lasted three weeks", fact-durations.ts `oneActivitySpans`), first of `a`; null
 * when the two do not tell one so.
 */
function durationsOf(a: AnalysedFact, b: AnalysedFact): readonly [Duration, Duration] | null {
  if (a.values.positioned.length === 0 || b.values.positioned.length === 0) return null;
  return oneActivitySpans(a, b);
}

/**
 * How `a` stands to `b`, read one way round: the same fact, different facts (with the reason) or
 * a disagreement on one aspect. fact-both-ways.ts `relateRead` claims a relation only when it
 * holds both ways.
 */
export function relateOneWay(
  a: AnalysedFact,
  b: AnalysedFact,
  context: RelationContext,
): FactRelation {
  // A word said of a count and its WordNet synonym are one word ("Fourteen people were injured"
  // / "Seventeen people were hurt"), as one act told with a synonym is (fact-acts.ts).
  // So are "spent" and "lasted" before one span of one activity (fact-durations.ts): each only
  // tells how long the activity went on.
  const durations = durationsOf(a, b);
  const synonyms = synonymousTerms(a, b, context.synonyms);
  const synonym =
    durations === null
      ? synonyms
      : (x: string, y: string) =>
          synonyms(x, y) || (x === durations[0].term && y === durations[1].term);
  const sharedList = [...a.terms.keys()].filter((term) => b.terms.has(term));
  const pair: OneWayPair = {
    a,
    b,
    context,
    synonym,
    sharedList,
    sharedSet: new Set(sharedList),
    durations,
  };
  const apart = setApartBeforeWording(pair);
  if (apart !== null) return apart;
  const wording = readWording(pair);
  if ('kind' in wording) return wording;
  const { same, overlapping, nearlySame, closelyOverlapping, anchored, slotted } = wording;
  const { sharedSet } = pair;
  const va = a.values;
  const vb = b.values;
  // Different weekdays make different facts, never a disagreement: a weekday alone cannot tell
  // two reports of one event from two occurrences of it ("protested on Monday" / "on Thursday").
  // But two weekdays for one stated date are one day named two ways: they differ on the date.
  const weekdayOfDate = weekdaysContradictDate(va, vb);
  if (weekdaysConflict(va, vb) && !weekdayOfDate && !weekdaysDated(va, vb))
    // Unless the two weekdays are of the start, end or occurrence of one happening named with
    // "the" (fact-once.ts): that comes once, so the reports name two days for one. Claimed of
    // articles of about one time, sharing most words, with nothing else set apart.
    return (context.asked == null || context.asked === 'date') &&
      (overlapping || nearlySame) &&
      publishedClose(context.published) &&
      conflicts(va, vb, closelyOverlapping, [a.text, b.text]).length === 0 &&
      !namesConflict(va, vb, a.text, b.text) &&
      !namedHeadsApart(a, b) &&
      !placesApart(a, b) &&
      onceOnTwoDays(a, b, same)
      ? { kind: 'disagree', aspect: 'date' }
      : { kind: 'different-fact', reason: 'different days' };
  if (!overlapping && !anchored && !nearlySame && slotted.size === 0) {
    // Reports sharing too few words to be found one event by them may still count one thing
    // (fact-measures.ts): alike, one fact; differently, a disagreement on the number. Where
    // both say where, when or of which named thing, that must be the same.
    // So may two sizes of one group ("a 60-strong team" / "a team of about 50": fact-group-size.ts).
    // So may two figures of one change ("climbed 1.8 percent on Monday" / "ended Monday up 2.1
    // per cent": fact-changes.ts).
    if (
      (measuresDiffer(a, b, context.published, synonym, context.leanedOnAlike) ||
        dimensionsDiffer(a, b, context.published) ||
        changesDiffer(a, b, context.published) ||
        (publishedClose(context.published) && groupSizesDiffer(a, b))) &&
      sameSetting(a, b)
    )
      return numberDisagreement(a, b, sharedSet);
    // So may one named party's share of one whole, alone or in a list (fact-shares.ts).
    if (
      (measuresAgree(a, b, context.published, synonym) ||
        (publishedClose(context.published) && partySharesAgree(a, b))) &&
      sameSetting(a, b) &&
      datesShared(a, sharedSet) === datesShared(b, sharedSet)
    )
      return { kind: 'same-fact' };
    return { kind: 'different-fact', reason: 'another event' };
  }
  const differ = conflicts(va, vb, closelyOverlapping, [a.text, b.text]);
  if (weekdayOfDate && !differ.includes('date')) differ.push('date');
  for (const aspect of slotted.keys()) if (!differ.includes(aspect)) differ.push(aspect);
  // "rose from £310 to £365" / "rose by £55 to £365": the figures that differ are one change's
  // start and its size, which the ends bear out (fact-change-size.ts).
  if (differ.includes('number') && sameChangeBySize(a, b))
    differ.splice(differ.indexOf('number'), 1);
  return differ.length > 0
    ? relateDiffering(pair, wording, differ)
    : relateUndiffering(pair, wording);
}
