/**
 * Two analysed passages of one event that differ in no value (fact-one-way.ts): one fact unless
 * their dates, counts, measures, names, leaders, places, words in one place (fact-slots.ts),
 * what each claims and reports, quantities, currencies, levels, stances on their own events,
 * acts or times of day set them apart.
 */
import { SEARCH_OPTIONS } from '../options.js';
import { differingSlot, framingAgainstClaim } from './fact-slots.js';
import { compatibleDates, type FactValues } from './fact-values.js';
import { holdsFromStart, stanceDifference } from './fact-stance.js';
import { passedTotalMet } from './fact-passing.js';
import { sameCalendarDays, sameCalendarPeriods } from './fact-resolved-time.js';
import { overlapCoefficient } from './widen.js';
import { measuresAgree, measuresApart, publishedClose } from './fact-measures.js';
import { quantitiesConflict } from './fact-quantities.js';
import { clockTimesConflict, clockTimesDiffer } from './fact-clock.js';
import { eventsApart } from './fact-predicates.js';
import { actsApart } from './fact-acts.js';
import { placesApart } from './fact-places.js';
import { reportedTerms } from './fact-anchors.js';
import { namedHeadsApart } from './fact-compounds.js';
import { changeAgainstLevel, sameLevel } from './fact-levels.js';
import { sameChangeEnds } from './fact-change-ends.js';
import { sameChangeBySize } from './fact-change-size.js';
import { leadersApart } from './fact-leaders.js';
import type { FactRelation } from './fact-relation-types.js';
import { toldAsShared } from './fact-shared-terms.js';
import { namesConflict } from './fact-name-conflicts.js';
import { currenciesApart, shareMeasuresApart } from './fact-value-conflicts.js';
import { sameSetting } from './fact-setting.js';
import { calendarDays, datesShared, onStatedDay } from './fact-same-time.js';
import { slotTermsOf } from './fact-one-word.js';
import { unitMeasures, unitsApart, type UnitMeasure } from './fact-measure-units.js';
import type { OneWayPair, Wording } from './fact-one-way-types.js';

/** The relation of a pair that differs in no value: one fact, or why not. */
export function relateUndiffering(pair: OneWayPair, wording: Wording): FactRelation {
  const { a, b, context, synonym, sharedSet, durations } = pair;
  const { same, act, told, overlapping, nearlySame, slotted } = wording;
  const o = SEARCH_OPTIONS.facts;
  const va = a.values;
  const vb = b.values;
  // Dates without years that cannot be the same day ("September 14" / "September 4").
  if (va.dates.some((x) => vb.dates.length > 0 && !vb.dates.some((y) => compatibleDates(x, y))))
    return { kind: 'different-fact', reason: 'different dates' };
  // The same fact needs the words, not only a shared date; and a fact dated on one side only
  // may be another occurrence of the same kind of event (the June 2021 agreement is not the
  // November 2020 one), so it is not claimed as the same.
  if (!overlapping && !nearlySame) return { kind: 'different-fact', reason: 'too little shared' };
  // A calendar day written with its year on one side and without it on the other ("on Nov. 19,
  // 2026" / "on 19 November") is one date when the missing year, taken from its article's date
  // and tense as the timeline takes it, makes the two one day.
  const [publishedA, publishedB] = context.published ?? [null, null];
  if (
    datesShared(a, sharedSet) !== datesShared(b, sharedSet) &&
    !onStatedDay(a, b, [publishedA, publishedB]) &&
    !sameCalendarDays(a.time, publishedA, b.time, publishedB, [
      calendarDays(va).length,
      calendarDays(vb).length,
    ]) &&
    // Or a month or year ("last October" / "in October 2025"), resolved alike (fact-resolved-time.ts).
    !sameCalendarPeriods(a.time, publishedA, b.time, publishedB, [va.dates.length, vb.dates.length])
  )
    return { kind: 'different-fact', reason: 'dated on one side only' };
  // Likewise a count stated on one side only: "40 trawlers were impounded" is not confirmed
  // by "trawlers were impounded", which may be another occasion or a vaguer report.
  // A "both" is a count only against a count ("both men" / "the two men"), not news of its own.
  const counted = (x: FactValues, y: FactValues) =>
    x.numbers.length > x.duals || (x.numbers.length > 0 && y.numbers.length > 0);
  if (counted(va, vb) !== counted(vb, va))
    return { kind: 'different-fact', reason: 'a count on one side only' };
  // And counts of one noun under different acts ("200 people marched" / "200 people were
  // detained") count two things (fact-measures.ts).
  // One act told in other words is one measure.
  const sameAct = (x: string, y: string) =>
    (act !== null && x === act[0] && y === act[1]) || synonym(x, y);
  // Two spans of one activity ("spent" / "lasted", fact-durations.ts) measure one length, whoever
  // each names as the subject of its verb (the agent of "spend", the activity of "last").
  if (durations === null && measuresApart(a, b, sameAct))
    return { kind: 'different-fact', reason: 'different measures' };
  if (namesConflict(va, vb, a.text, b.text) || namedHeadsApart(a, b, synonym))
    return { kind: 'different-fact', reason: 'different names' };
  // Two leaders named, none the same ("led by Judge Anna Wray" / "led by Judge Tom Hale").
  if (leadersApart(a, b)) return { kind: 'different-fact', reason: 'different leaders' };
  // A place on one side only, another name on the other ("found in a garage in Kelby" /
  // "found in a Durnford garage"): two places, as far as the words show (fact-places.ts).
  if (placesApart(a, b)) return { kind: 'different-fact', reason: 'different places' };
  // Different words in one place of otherwise shared wording ("voted to close the gates" /
  // "voted to open the gates"): what the reports are about may differ (fact-slots.ts).
  // Who said it on one side only, against a detail added on the other, is no such place: the
  // claims are compared next (fact-slots.ts `framingAgainstClaim`).
  // One level of one measure told with two verbs ("rose to 84 percent" / "reached 84 percent",
  // fact-levels.ts): the verbs say how it came about, not two things reported.
  // So does one change told by its two ends ("rise from £310 to £365" / "cost £365, up from
  // £310", fact-change-ends.ts).
  // Or by its two ends on one side and its size and end on the other ("fell from 27.4mph to
  // 24.1mph" / "fell by 3.3mph, to 24.1mph", fact-change-size.ts).
  const bySize = sameChangeBySize(a, b);
  const level = sameLevel(a, b) || sameChangeEnds(a, b) || bySize;
  // One act told as its verb and as its noun ("settled" / "reached a settlement", fact-acts.ts
  // `actInOtherWords`) is one word in that place too, as it is a word shared above, and the
  // support verb of that noun is no word of its own (fact-support-verbs.ts `supportVerbsOf`).
  const slotTerms = slotTermsOf(a, b, act);
  const place = differingSlot(
    slotTerms.a([...a.terms.keys()]),
    slotTerms.b([...b.terms.keys()]),
    o.maxSlotTerms,
    o.slotElsewhereTerms,
    same,
  );
  if (place !== null && !level && !framingAgainstClaim(place, a.claimTerms, b.claimTerms))
    return { kind: 'different-fact', reason: 'different words in one place' };
  // The same check on what each reports, its framing set aside ("the authority agreed to pay,
  // the council said" / "the council agreed to pay, the authority said").
  if (
    !level &&
    differingSlot(
      slotTerms.a([...a.claimTerms]),
      slotTerms.b([...b.claimTerms]),
      o.maxSlotTerms,
      o.slotElsewhereTerms,
      same,
    ) !== null
  )
    return { kind: 'different-fact', reason: 'different words in one place' };
  if (slotted.anyDiffer && !bySize)
    return { kind: 'different-fact', reason: 'different values in one place' };
  // What holds from a start ("takes effect in June") is the next state, not the present one.
  if (holdsFromStart(a.text) !== holdsFromStart(b.text))
    return { kind: 'different-fact', reason: 'in force from a start on one side only' };
  // One count or sum of one thing, said alike (fact-measures.ts `measuresAgree`), is one fact
  // however much else each report adds, as two such figures that differ are one disagreement
  // however much else the two add (measuresDiffer, read above): what else each says is more of
  // its own sentence, which "also reported by" does not claim.
  const measured =
    measuresAgree(a, b, context.published, synonym) &&
    sameSetting(a, b) &&
    datesShared(a, sharedSet) === datesShared(b, sharedSet);
  // Shared framing ("Councillor Ana Ruiz, who voted against, said …") is not a shared claim.
  if (
    !measured &&
    overlapCoefficient(a.claimTerms, toldAsShared(b.claimTerms, told)) < o.sameEventOverlap
  )
    return { kind: 'different-fact', reason: 'different things said' };
  // An event named only as a time anchor or a topic ("Since the explosion on Oct. 14, the
  // company has hired …", "an investigation into the explosion") is not reported by that
  // sentence (fact-anchors.ts): what each says outside such phrases must meet too.
  if (
    !measured &&
    overlapCoefficient(reportedTerms(a), toldAsShared(reportedTerms(b), told)) < o.sameEventOverlap
  )
    return { kind: 'different-fact', reason: 'an event mentioned, not reported' };
  // Conflicting values of one measured quantity ("about 12,000 tonnes" / "around 15,000
  // tonnes") are never the same fact, whatever else is shared (fact-quantities.ts).
  if (quantitiesConflict(va, vb))
    return { kind: 'different-fact', reason: 'different values of one measure' };
  // "Failed at 2am" / "failed at 3am" are no one fact (fact-clock.ts); read after the checks
  // below, since reports of two events may give two times as well.
  const clocksApart = clockTimesConflict(a.text, b.text);
  // "$2 million" does not confirm "€2 million": the same digits in another currency are another
  // amount, or one the writer converted at a rate not stated.
  if (currenciesApart(va, vb)) return { kind: 'different-fact', reason: 'different currencies' };
  // So does "12 miles" "12 nautical miles": one figure in two units of length is two lengths
  // (fact-measure-units.ts).
  if (unitsApart(unitMeasuresOf(a), unitMeasuresOf(b)))
    return { kind: 'different-fact', reason: 'different units' };
  // "6 percentage points" is not "6 per cent" (fact-value-conflicts.ts `shareMeasuresApart`).
  if (shareMeasuresApart(va, vb))
    return { kind: 'different-fact', reason: 'percentage points against per cent' };
  // "Rose 84 percent" is how far it moved, "rose to 84 percent" where it ended (fact-levels.ts).
  if (changeAgainstLevel(a, b))
    return { kind: 'different-fact', reason: 'a change against a level' };
  // A stance governs what two reports share when it stands before a shared word
  // (governingStances), as far as their words show. When no word of what happened is shared,
  // only what it happened to (fact-predicates.ts), a stance one side takes on its own event
  // ("The cracks … did not appear overnight" / "… engineers found cracks …") is a stance on the
  // very fact it reports: the two are not one fact. Read last: tagging costs more than the rest.
  if (
    stanceDifference(new Set(a.stances.keys()), new Set(b.stances.keys())) !== null &&
    eventsApart(a, b)
  )
    return { kind: 'different-fact', reason: 'different events' };
  // Reports sharing what an act is about but neither the act nor who did it ("The traders have
  // applied for a judicial review" / "A judge has refused permission for a judicial review") tell
  // two events (fact-acts.ts). Read last, as above.
  // A total passed and the same total got are one, whatever the verbs (fact-passing.ts).
  if (!level && !passedTotalMet(a, b) && actsApart(a, b, same))
    return { kind: 'different-fact', reason: 'different acts' };
  // One event told in nearly the same words, its one time of day given differently ("The last
  // passenger was brought down at 2.10am" / "… at 01:45"), in articles published at most 3
  // days apart: the reports differ on when, as two dates of one event do. Two times on a side,
  // or wording that differs more, may be two moments, so claim nothing.
  if (clocksApart)
    return nearlySame &&
      clockTimesDiffer(a.text, b.text) &&
      publishedClose(context.published) &&
      (context.asked == null || context.asked === 'date')
      ? { kind: 'disagree', aspect: 'date' }
      : { kind: 'different-fact', reason: 'different times of day' };
  return { kind: 'same-fact' };
}

/** The figures a passage states with a unit of measurement after them (fact-measure-units.ts). */
function unitMeasuresOf(fact: OneWayPair['a']): UnitMeasure[] {
  return unitMeasures(
    fact.text,
    fact.values.positioned.flatMap((v) => ('number' in v ? [v] : [])),
  );
}
