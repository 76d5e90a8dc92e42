/**
 * Two analysed passages related both ways round (`relateRead`), their holders aside: a relation
 * is claimed only when it holds read either way (fact-one-way.ts), so what a reply says of two
 * passages never depends on which ranked first, and each passage keeps its own article's date. A
 * schedule told in the present is a plan (fact-schedule.ts). Read first, whatever else the
 * wording shares: a correction of who acted (fact-contrast.ts), one vote's tallies
 * (fact-tallies.ts), a state dated from its onset (fact-onset.ts), two leaders of one body
 * (fact-leaders.ts). Read last: times counted from publication must be the same
 * (fact-resolved-time.ts, fact-once.ts).
 */
import { stanceDifference } from './fact-stance.js';
import { withSchedule } from './fact-schedule.js';
import { isTimed, sameTime, upToNowAlike } from './fact-resolved-time.js';
import { participantsSwapped, tellersSwapped } from './fact-participants.js';
import { publishedClose } from './fact-measures.js';
import { actorContradicted } from './fact-contrast.js';
import { talliesAgree, talliesDiffer } from './fact-tallies.js';
import { onsetOfState } from './fact-onset.js';
import { namedHeadsApart } from './fact-compounds.js';
import { leadersDiffer } from './fact-leaders.js';
import { onceOnWeekday } from './fact-once.js';
import type { FactRelation, RelationContext } from './fact-relation-types.js';
import type { AnalysedFact } from './fact-analysis.js';
import { ordinalsConflict, weekdaysConflict } from './fact-value-conflicts.js';
import { sameSetting } from './fact-setting.js';
import { countedAgainstCalendar, onStatedDay } from './fact-same-time.js';
import { relateOneWay } from './fact-one-way.js';

/** {@link relateFacts} but for the holders of what the two report. */
export function relateRead(
  a: AnalysedFact,
  b: AnalysedFact,
  context: RelationContext,
): FactRelation {
  // "The year" of an address of 1894 is not that of one of 1893, and "last night" of two days
  // is two nights: passages whose times cannot be the same (fact-resolved-time.ts) are neither
  // one fact nor a disagreement. Read only for a pair that would be claimed as one, since most
  // pairs are kept apart by their words alone and resolving dates costs more.
  const [publishedA, publishedB] = context.published ?? [null, null];
  const sameTimes = () =>
    countedAgainstCalendar(a, b, [publishedA, publishedB]) ??
    (sameTime(a.time, b.time, publishedA, publishedB) ||
      onStatedDay(a, b, [publishedA, publishedB]));
  const apart: FactRelation = {
    kind: 'different-fact',
    reason: 'relative time from different dates',
  };
  // "The county council, not Wenn Water, issued the original notice" / "Wenn Water issued the
  // notice": the correction says who acted (fact-contrast.ts). Its time, when it states one, must
  // be the other's: two notices issued "last night" of different days may be two acts.
  const contrasted =
    !a.anotherOccurrence &&
    !b.anotherOccurrence &&
    !ordinalsConflict(a.values, b.values) &&
    actorContradicted(a.text, b.text);
  if (contrasted)
    return sameTimes() || !isTimed(a.time) || !isTimed(b.time)
      ? { kind: 'disagree', aspect: 'actor' }
      : apart;
  // One vote counted twice, on one day, about one named thing (fact-tallies.ts): its tallies
  // differ whatever else the wording does, unless one is another occurrence or the parties swap.
  const votes = talliesDiffer(a, b, [publishedA, publishedB]);
  if (
    votes !== null &&
    !a.anotherOccurrence &&
    !b.anotherOccurrence &&
    !ordinalsConflict(a.values, b.values) &&
    !participantsSwapped(a, b) &&
    !tellersSwapped(a, b)
  )
    return { kind: 'disagree', aspect: 'number', anchor: votes };
  // Alike, those tallies are the vote's result told twice ("voted 14 to 3" / "was carried by
  // fourteen votes to three"), when the two take one stance and say nothing else apart: no other
  // occurrence, the same ordinals, the same place and date, no parties or tellers swapped.
  if (
    !a.anotherOccurrence &&
    !b.anotherOccurrence &&
    a.values.ordinals.join() === b.values.ordinals.join() &&
    stanceDifference(new Set(a.stances.keys()), new Set(b.stances.keys())) === null &&
    talliesAgree(a, b, [publishedA, publishedB]) &&
    sameSetting(a, b) &&
    !participantsSwapped(a, b) &&
    !tellersSwapped(a, b)
  )
    return { kind: 'same-fact' };
  // "The lido has stood on Marsh Lane since 1937" dates the beginning "The lido opened in 1937"
  // tells (fact-onset.ts), when the two take one stance and name no other thing or place.
  if (
    !a.anotherOccurrence &&
    !b.anotherOccurrence &&
    stanceDifference(new Set(a.stances.keys()), new Set(b.stances.keys())) === null &&
    onsetOfState(a.text, b.text) &&
    sameSetting(a, b)
  )
    return { kind: 'same-fact' };
  // Two leaders named for one body, in articles of about one time (fact-leaders.ts): "Judge Tom
  // Hale will lead the inquiry into the Kelby flood" / "an inquiry led by Judge Anna Wray …".
  if (
    (context.asked == null || context.asked === 'actor') &&
    !a.anotherOccurrence &&
    !b.anotherOccurrence &&
    !ordinalsConflict(a.values, b.values) &&
    publishedClose(context.published) &&
    !namedHeadsApart(a, b) &&
    leadersDiffer(a, b)
  )
    return { kind: 'disagree', aspect: 'actor' };
  // A schedule told in the present ("The ballot closes on 12 October", before that day) is a
  // plan, as "will close" is (fact-schedule.ts).
  const scheduledA = scheduled(a, publishedA);
  const scheduledB = scheduled(b, publishedB);
  const one = relateOneWay(scheduledA, scheduledB, context);
  if (one.kind === 'different-fact') return one;
  // Read the other way round, each passage keeps its own article's date: a time counted from
  // publication resolved from the other's date would name another day.
  const swapped: RelationContext =
    context.published === undefined
      ? context
      : { ...context, published: [context.published[1], context.published[0]] };
  const other = relateOneWay(scheduledB, scheduledA, swapped);
  const agree =
    one.kind === 'disagree'
      ? other.kind === 'disagree' && other.aspect === one.aspect
      : other.kind === one.kind;
  if (!agree) return { kind: 'different-fact', reason: 'not the same read both ways' };
  if (sameTimes()) return one;
  // Two weekdays of one happening's start (fact-once.ts) are two times for one: the disagreement.
  if (
    one.kind === 'disagree' &&
    one.aspect === 'date' &&
    weekdaysConflict(a.values, b.values) &&
    onceOnWeekday(a) !== null &&
    onceOnWeekday(b) !== null
  )
    return one;
  return one.kind === 'same-fact' && upToNowAlike(a.time, b.time, publishedA, publishedB)
    ? one
    : apart;
}

/** The passage with a plan's stance where it tells a schedule in the present (fact-schedule.ts). */
function scheduled(fact: AnalysedFact, published: string | null): AnalysedFact {
  const stances = withSchedule(fact, published);
  return stances === fact.stances ? fact : { ...fact, stances };
}
