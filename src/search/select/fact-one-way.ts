/**
 * Two analysed passages compared one way round (`relateOneWay`; fact-both-ways.ts claims a
 * relation only when it holds both ways). In order: the stances governing what they share
 * (fact-stance.ts, fact-progressive.ts), things denied, a state holding on, a finding against an
 * inquiry under way, another occurrence, bounds, order in time, roles, who did it to whom, extent
 * (fact-qualifiers.ts, fact-participants.ts); then the wording shared (acts and other words told
 * with WordNet synonyms, a day and figures both state), values in one place of shared wording
 * (fact-value-slots.ts) and in the whole passages (fact-value-conflicts.ts), weekdays, reports
 * alike only by their figures (fact-measures.ts and kin); and, for reports of one event, dates,
 * counts, measures, names, leaders, places, differing words in one place (fact-slots.ts), what
 * each claims and reports, quantities, currencies, levels, events, acts and times of day.
 */
import { SEARCH_OPTIONS } from '../options.js';
import { differingSlot, framingAgainstClaim } from './fact-slots.js';
import { compatibleDates, type FactValues } from './fact-values.js';
import {
  governingStances,
  holdsFromStart,
  STANCE_REASON,
  stanceDifference,
} from './fact-stance.js';
import { withProgressiveAsPlan } from './fact-progressive.js';
import { passedTotalMet } from './fact-passing.js';
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
import { sameCalendarDays } from './fact-resolved-time.js';
import { overlapCoefficient } from './widen.js';
import { modifiedApart, participantsSwapped, tellersSwapped } from './fact-participants.js';
import {
  amountsSaidApart,
  measuresAgree,
  measuresApart,
  measuresDiffer,
  publishedClose,
} from './fact-measures.js';
import { statedDaysApart } from './fact-stated-day.js';
import { dimensionsDiffer } from './fact-dimensions.js';
import { quantitiesConflict } from './fact-quantities.js';
import { clockTimesConflict, clockTimesDiffer } from './fact-clock.js';
import { eventsApart } from './fact-predicates.js';
import { statesNumberRange } from './fact-number-range.js';
import { actInOtherWords, actsApart } from './fact-acts.js';
import { placesApart } from './fact-places.js';
import { reportedTerms } from './fact-anchors.js';
import { continuationApart } from './fact-continuation.js';
import { findingAgainstPending } from './fact-pending.js';
import { negatedPredicatesDiffer } from './fact-negated-predicate.js';
import { oneSidedModifiers } from './fact-premodifiers.js';
import { secondReferenceNames } from './fact-second-reference.js';
import { groupSizesDiffer } from './fact-group-size.js';
import { partySharesAgree } from './fact-shares.js';
import { changesDiffer } from './fact-changes.js';
import { compoundHeadsApart, namedHeadsApart } from './fact-compounds.js';
import { changeAgainstLevel, sameLevel } from './fact-levels.js';
import { leadersApart } from './fact-leaders.js';
import { sharedFigureTerms } from './fact-shared-figures.js';
import { onceOnTwoDays } from './fact-once.js';
import { type Duration, oneActivitySpans, spansDiffer } from './fact-durations.js';
import type { Aspect, FactRelation, RelationContext } from './fact-relation-types.js';
import { type AnalysedFact, claimValuesOf } from './fact-analysis.js';
import {
  jaccardIndex,
  toldAsShared,
  toldInOtherWords,
  unitOverlap,
  without,
} from './fact-shared-terms.js';
import { synonymousTerms } from './fact-synonym-terms.js';
import { namesConflict } from './fact-name-conflicts.js';
import {
  conflicts,
  currenciesApart,
  datesWithYear,
  ordinalsConflict,
  valuesOf,
  weekdaysConflict,
  weekdaysContradictDate,
  weekdaysDated,
} from './fact-value-conflicts.js';
import {
  comparableNumbers,
  differingValuesOfOneEvent,
  numberDisagreement,
  slotBearsOnFigure,
  type SlotConflict,
  slotConflicts,
} from './fact-value-slots.js';
import { namesShared, sameSetting } from './fact-setting.js';
import {
  calendarDays,
  datesShared,
  numbersOfOneTime,
  onStatedDay,
  sameDayOfOneEvent,
  SHARED_DAY,
} from './fact-same-time.js';
import {
  slotTermsOf,
  withCausatives,
  withCompactVerbs,
  withGeneralNouns,
  withPhaseVerbs,
  withPriceVerbs,
} from './fact-one-word.js';

/**
 * "Spend" and "last" before one span of one activity in `a` and `b` ("spent three weeks in talks"
 * / "the talks lasted three weeks", fact-durations.ts `oneActivitySpans`), first of `a`; null
 * when the two do not tell one so.
 */
function durationsOf(a: AnalysedFact, b: AnalysedFact): readonly [Duration, Duration] | null {
  if (a.values.positioned.length === 0 || b.values.positioned.length === 0) return null;
  return oneActivitySpans(a, b);
}

export function relateOneWay(
  a: AnalysedFact,
  b: AnalysedFact,
  context: RelationContext,
): FactRelation {
  const o = SEARCH_OPTIONS.facts;
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
  // A present progressive is a plan or an act under way, not the outcome a plan is kept apart
  // from (fact-progressive.ts): against a plan it takes the plan's stance.
  const stance = stanceDifference(
    ...withProgressiveAsPlan(
      a,
      governingStances(a.stances, sharedList, a.terms),
      b,
      governingStances(b.stances, sharedList, b.terms),
      sharedList,
    ),
  );
  if (stance !== null) {
    // "None was taken to hospital" denies nothing: it counts nought, against "Four people …".
    // A wish in a purpose adjunct after a count ("More than 200 people crammed into the hall to
    // demand a new ship") is the purpose's, and leaves the count told as fact: measuresDiffer
    // reads the stances bearing on the count alone (fact-measures.ts `countClauseEnd`), so a
    // count set against another of one setting still differs on the number.
    if (
      (stance === 'negated' || sameSetting(a, b)) &&
      measuresDiffer(a, b, context.published, synonym)
    )
      return { kind: 'disagree', aspect: 'number' };
    return { kind: 'different-fact', reason: STANCE_REASON[stance] };
  }
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
  const sharedSet = new Set(sharedList);
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
  const same = withCausatives(
    a,
    b,
    withGeneralNouns(
      a,
      b,
      withPhaseVerbs(a, b, withCompactVerbs(a, b, withPriceVerbs(a, b, synonym))),
    ),
  );
  // One act told with a WordNet synonym or as its noun ("were arrested" / "were apprehended",
  // fact-acts.ts `actInOtherWords`) is a word both share, as the same verb would be.
  const act = actInOtherWords(a, b, same);
  // A stance before that act governs it as it would the same word ("agreed on 4 December" / "did
  // not reach an agreement on 4 December"): the stances are read again with it shared.
  if (act !== null) {
    const stanceOfAct = stanceDifference(
      ...withProgressiveAsPlan(
        a,
        governingStances(a.stances, [...sharedList, act[0]], a.terms),
        b,
        governingStances(b.stances, [...sharedList, act[1]], b.terms),
        sharedList,
      ),
    );
    if (stanceOfAct !== null) return { kind: 'different-fact', reason: STANCE_REASON[stanceOfAct] };
  }
  // So is any other word told with a WordNet synonym ("injured" / "hurt", "fell" / "collapsed").
  const told = toldInOtherWords(a, b, act, synonym);
  // A calendar day both state after the same event word is one more thing they share.
  const day = sameDayOfOneEvent(a, b, context.published ?? [null, null], act) ? [SHARED_DAY] : [];
  // So is a figure both state alike ("more than 200" / "over 200": fact-shared-figures.ts), of
  // one setting and one named thing where both name one, as counts found alike are read.
  const figures =
    namesShared(a, b) && sameSetting(a, b) ? sharedFigureTerms(a.values, b.values) : [];
  const ta = new Set([...a.terms.keys(), ...day, ...figures]);
  const tb = new Set([...toldAsShared(b.terms.keys(), told), ...day, ...figures]);
  const shared = Math.min(overlapCoefficient(ta, tb), unitOverlap(a, b, told));
  const smaller = Math.min(ta.size, tb.size);
  const overlapping = smaller >= o.minContentTerms && shared >= o.sameEventOverlap;
  // Nearly the same words: most of the larger one's terms too (a Jaccard index), or most of
  // the smaller one's in long enough sentences. Modifiers one side alone writes before a noun
  // the other names bare ("an extraordinary general meeting" / "met") say which thing, not
  // another one (fact-premodifiers.ts): they do not count against the wording shared. Nor do
  // a name's words before the noun the other writes after "the" ("Cobb Mill Bridge" / "the
  // bridge": fact-second-reference.ts).
  const jaccard = jaccardIndex(
    without(without(ta, oneSidedModifiers(a, b)), secondReferenceNames(a, b)),
    without(without(tb, oneSidedModifiers(b, a)), secondReferenceNames(b, a)),
  );
  const nearlySame = smaller >= o.nearlySameMinTerms && jaccard >= o.nearlySameJaccard;
  const closelyOverlapping =
    nearlySame || (smaller >= o.disagreeMinContentTerms && shared >= o.disagreeOverlap);
  const va = a.values;
  const vb = b.values;
  const da = datesWithYear(va);
  const db = datesWithYear(vb);
  const sharedTerms = sharedList.length;
  // A shared date anchors one event only with words of the event shared too: a question's
  // words alone do not make two reports of the same month one event.
  const anchored =
    sharedTerms >= o.anchorSharedTerms &&
    da.length > 0 &&
    db.length > 0 &&
    da.some((x) => db.some((y) => compatibleDates(x, y)));
  // Values in the same place of shared wording, in passages that share most of the smaller
  // one's words, are two reports of one thing.
  const slotted =
    sharedTerms >= o.slotSharedTerms && shared >= o.sameEventOverlap
      ? slotConflicts(a, b, new Set(sharedList))
      : Object.assign(new Map<Aspect, SlotConflict>(), { anyDiffer: false });
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
      (measuresDiffer(a, b, context.published, synonym) ||
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
  if (differ.length > 0) {
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
    // (fact-number-range.ts), wherever it stands.
    const oneValueEach =
      aspect !== undefined &&
      !(aspect === 'number' && (statesNumberRange(a.text) || statesNumberRange(b.text))) &&
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
      (measuresDiffer(a, b, context.published, synonym) ||
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
    ])
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
  const level = sameLevel(a, b);
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
  if (slotted.anyDiffer) return { kind: 'different-fact', reason: 'different values in one place' };
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
