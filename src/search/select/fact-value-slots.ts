/**
 * Values compared where they stand in two passages' shared wording. A value's place is the shared
 * terms right before it ("the final cost of the work was €15.6 million" → "final cost"); values
 * in one place answer one question, so they are set against each other whatever else the
 * passages hold, and two values of one aspect are compared only when they can be (one currency,
 * one kind of number, one thing counted). Also whether the values that differ are values of one
 * event (fact-event.ts `sameEventAt`, fact-measures.ts), and whether words differing in one
 * place of shared wording bear on the figures (fact-clauses.ts `ownClauseSpan`).
 */
import { SEARCH_OPTIONS } from '../options.js';
import { changeStartAfterEnd, rangeStartBefore } from './fact-range-units.js';
import { compatibleDates, type FactValues, type PositionedValue } from './fact-values.js';
import { sameEventAt } from './fact-event.js';
import { roundedReading } from './fact-qualifiers.js';
import { ownClauseSpan } from './fact-clauses.js';
import { premodifiesNoun } from './fact-premodifying-measure.js';
import { countNamesApart, differentMeasures, sameCounted } from './fact-measures.js';
import type { Aspect, FactRelation } from './fact-relation-types.js';
import type { AnalysedFact } from './fact-analysis.js';

/**
 * Where a value stands in the wording two passages share: the last `slotAnchorTerms` shared
 * content terms before it, with at most `slotGapTerms` other content terms among and after them
 * ("the final cost of the work was €15.6 million" → "final cost"); null when it stands nowhere
 * in particular.
 */
function slotOf(fact: AnalysedFact, at: number, shared: ReadonlySet<string>): Slot | null {
  const o = SEARCH_OPTIONS.facts;
  // A range's later end stands where its first does: "seats" in "from 12,300 seats to 19,800"
  // is the unit both ends count (fact-range-units.ts), not wording the later one follows.
  // So does a change's start written after its end ("rose to 9 seats from 4").
  const first = rangeStartBefore(fact.text, at) ?? changeStartAfterEnd(fact.text, at);
  if (first !== null) return slotOf(fact, first, shared);
  // "a 10km surveillance zone": a measure before its noun is that noun's, not the wording's
  // before it (fact-premodifying-measure.ts).
  if (premodifiesNoun(fact.text, at)) return null;
  const before = [...fact.terms]
    .filter(([, offset]) => offset < at)
    .sort((x, y) => x[1] - y[1])
    .map(([term]) => term);
  const anchor: string[] = [];
  const gap: string[] = [];
  // A name of several words ("the contract with Veloway Mobility") names one thing: it is one
  // word of the gap, as a capitalised unit is one participant (fact-participants.ts).
  const names = new Set<number>();
  let gapWords = 0;
  for (let i = before.length - 1; i >= 0 && anchor.length < o.slotAnchorTerms; i--) {
    const term = before[i] as string;
    if (shared.has(term)) {
      anchor.unshift(term);
      continue;
    }
    gap.unshift(term);
    const offset = fact.terms.get(term) as number;
    const name = fact.sequence.findIndex(
      (unit) => unit.name && unit.start <= offset && offset < unit.end,
    );
    if (name < 0 || !names.has(name)) gapWords++;
    if (name >= 0) names.add(name);
    if (gapWords > o.slotGapTerms) return null;
  }
  return anchor.length === o.slotAnchorTerms ? { anchor, gap } : null;
}

/** Where a value stands: the shared terms before it, and the other terms among and after them. */
interface Slot {
  anchor: string[];
  gap: string[];
}

/**
 * Two values stand in the same place when they follow the same shared terms, and any other
 * words there are on one side only ("the final cost was" / "the final cost of the work was"):
 * different words on both sides ("deficit approached" / "deficit increased by") say different
 * things of the same subject.
 */
function sameSlot(x: Slot, y: Slot): boolean {
  return (
    x.anchor.join(' ') === y.anchor.join(' ') &&
    (x.gap.length === 0 || y.gap.length === 0 || x.gap.join(' ') === y.gap.join(' '))
  );
}

/**
 * For each value, its rank among the values of its aspect in its place of shared wording, and how
 * many stand there: "rise from 12,300 to 19,800" puts two counts after "rise", the start first
 * and the end second, in the order the sentence gives them; "rise to 19,800 from 12,300" puts them
 * in the same ranks, by their roles (fact-range-units.ts `changeStartAfterEnd`). [0, 0] for a
 * value in no place.
 */
function ranksInPlace(
  text: string,
  values: readonly PositionedValue[],
  slots: ReadonlyArray<Slot | null>,
): Array<[number, number]> {
  // A start written after its end ranks right before it.
  const order = values.map((x) => {
    const end = changeStartAfterEnd(text, x.at);
    return end === null ? x.at : end - 0.5;
  });
  const together = (i: number, j: number) =>
    values[i]!.aspect === values[j]!.aspect &&
    slots[i] != null &&
    slots[j] != null &&
    sameSlot(slots[i]!, slots[j]!);
  return values.map((_, i) => {
    if (slots[i] == null) return [0, 0];
    let rank = 0;
    let count = 0;
    for (let j = 0; j < values.length; j++)
      if (together(i, j)) {
        count += 1;
        if (order[j]! < order[i]!) rank += 1;
      }
    return [rank, count];
  });
}

/**
 * Whether two positioned values of one aspect are the same; null when they cannot be compared: a
 * weekday and a date, or numbers of different kinds or of different things counted ("310
 * tonnes" / "hundreds of people").
 */
function sameValue(x: PositionedValue, y: PositionedValue): boolean | null {
  if ('number' in x && 'number' in y) {
    // Money and shares name their unit; a count's is the word after it. Amounts in two
    // currencies ("$2 million" / "€3 million") measure in two units: setting them against each
    // other needs an exchange rate, which neither report states, so they are not compared.
    const units =
      x.kind === 'money'
        ? x.currency === null || y.currency === null || x.currency === y.currency
        : x.kind !== 'count' || x.unit === null || y.unit === null || x.unit === y.unit;
    if (x.kind !== y.kind || !units) return null;
    // Two vague counts ("thousands", "tens of thousands") state no figures to set against each
    // other: each agrees with itself only. Against a figure one still differs ("dozens" / "20").
    const vague = (n: string) => !/^\d/.test(n);
    if (x.kind === 'count' && x.number !== y.number && vague(x.number) && vague(y.number))
      return null;
    // One figure read on a coarser scale ("about 3,000" / "some 3,050") states one value.
    return x.number === y.number || roundedReading(x, y);
  }
  if ('date' in x && 'date' in y) return compatibleDates(x.date, y.date);
  if ('weekday' in x && 'weekday' in y) return x.weekday === y.weekday;
  return null;
}

/**
 * The aspects on which both passages put a value in the same place of their shared wording
 * ("piling on the north bank began in May" / "… began on June 7"), and those values differ in
 * exactly one place, with none in that place agreeing (two places that differ are two
 * differences, and claimed as none; a value agreeing in another place, "killed three and injured
 * 12" / "killed four and injured 12", is another value, and leaves the difference standing).
 * Values in the same place answer the same question, so they are compared whatever else the
 * passages hold: "€15.6 million" is set against "€16.1 million", both after "final cost", not
 * against the "€17 million estimate" beside it.
 */
export function slotConflicts(
  a: AnalysedFact,
  b: AnalysedFact,
  shared: ReadonlySet<string>,
): Map<Aspect, SlotConflict> & { anyDiffer: boolean } {
  const conflicting = new Map<Aspect, number>();
  const anchors = new Map<Aspect, SlotConflict>();
  // Agreements by place ("aspect anchor"): a value agreeing elsewhere ("… and injured 12" twice)
  // says nothing of the place where two differ ("killed three" / "killed four").
  // A place holds one value of each measure: "worth £8.4 million over eight years" puts a sum and
  // a term after "contract worth", and the term agreeing says nothing of the sum (a figure is
  // compared with one of its own kind only, `sameValue`).
  // A place holding several values of one aspect gives each a role by its rank ("rise from 12,300
  // to 19,800": the change's start and end, Fillmore 1968's source and goal): a start agreeing
  // says nothing of an end that differs, so the rank is part of where a value stands.
  const agreeing = new Set<string>();
  const placeOf = (
    x: PositionedValue,
    anchor: readonly string[],
    [rank, count]: [number, number],
  ) =>
    `${x.aspect} ${'number' in x ? `${x.kind} ${x.unit ?? ''} ` : ''}${anchor.join(' ')}${count > 1 ? ` #${rank}` : ''}`;
  const slotsOfA = a.values.positioned.map((x) => slotOf(a, x.at, shared));
  const slotsOfB = b.values.positioned.map((y) => slotOf(b, y.at, shared));
  const ranksOfA = ranksInPlace(a.text, a.values.positioned, slotsOfA);
  const ranksOfB = ranksInPlace(b.text, b.values.positioned, slotsOfB);
  a.values.positioned.forEach((x, i) => {
    const slot = slotsOfA[i];
    if (slot == null) return;
    b.values.positioned.forEach((y, j) => {
      const other = slotsOfB[j];
      if (y.aspect !== x.aspect || other == null || !sameSlot(slot, other)) return;
      // As many values in the place on each side ("from 12,300 to 19,800" twice): the first
      // against the first, the second against the second.
      const [rx, nx] = ranksOfA[i]!;
      const [ry, ny] = ranksOfB[j]!;
      if (nx === ny && rx !== ry) return;
      // Counts of one noun under different acts measure different things ("200 people
      // marched" / "150 people were detained"): neither an agreement nor a difference.
      if ('number' in x && 'number' in y && differentMeasures(a, x, b, y)) return;
      const same = sameValue(x, y);
      const rank: [number, number] = nx === ny ? [rx, nx] : [0, 1];
      if (same === true) agreeing.add(placeOf(x, slot.anchor, rank));
      else if (same === false) {
        conflicting.set(x.aspect, (conflicting.get(x.aspect) ?? 0) + 1);
        anchors.set(x.aspect, { anchor: slot.anchor, pair: [x, y], rank });
      }
    });
  });
  // Any difference in one place, even among agreements elsewhere ("rose to $241 million, up
  // from $212 million" / "rose to $212 million, up from $241 million"), rules out the same fact.
  return Object.assign(
    new Map(
      [...anchors].filter(
        ([aspect, { anchor, pair, rank }]) =>
          conflicting.get(aspect) === 1 && !agreeing.has(placeOf(pair[0], anchor, rank)),
      ),
    ),
    { anyDiffer: conflicting.size > 0 },
  );
}

/**
 * A disagreement on the number found by what two counts or amounts measure (fact-measures.ts,
 * fact-changes.ts, fact-group-size.ts), with the place of shared wording the differing values
 * stand in ({@link slotConflicts}) as its anchor when they stand in one: "The timber was insured
 * for £40,000" / "… for £25,000" share too few words for the passages to be read by their
 * wording, yet their amounts follow the same words ("timber insured"), which say what the
 * amounts are of. The anchor is what a question of no answer type is matched against
 * (select.ts `findDisagreements`); the relation itself is the same with or without it.
 */
export function numberDisagreement(
  a: AnalysedFact,
  b: AnalysedFact,
  shared: ReadonlySet<string>,
): FactRelation {
  const anchor = slotConflicts(a, b, shared).get('number')?.anchor;
  return { kind: 'disagree', aspect: 'number', ...(anchor === undefined ? {} : { anchor }) };
}

/** A difference in one place of shared wording: the shared terms before it, and the two values. */
export interface SlotConflict {
  anchor: readonly string[];
  pair: [PositionedValue, PositionedValue];
  /** The pair's rank in its place and how many values stand there on each side ([0, 1]: alone). */
  rank: [number, number];
}

/**
 * True when the values that differ on an aspect are values of one event read where they stand
 * (fact-event.ts): the pair in the same place of shared wording when there is one, else every
 * pair of differing values of that aspect.
 */
export function differingValuesOfOneEvent(
  a: AnalysedFact,
  b: AnalysedFact,
  aspect: Aspect,
  slotted: SlotConflict | undefined,
): boolean {
  if (aspect !== 'date' && aspect !== 'number') return true;
  const pairs: Array<[PositionedValue, PositionedValue]> =
    slotted !== undefined
      ? [slotted.pair]
      : a.values.positioned.flatMap((x) =>
          b.values.positioned
            .filter((y) => x.aspect === aspect && y.aspect === aspect && sameValue(x, y) === false)
            .map((y): [PositionedValue, PositionedValue] => [x, y]),
        );
  return pairs.every(
    ([x, y]) =>
      sameEventAt(
        { text: a.text, stances: a.stances, at: x.at },
        { text: b.text, stances: b.stances, at: y.at },
        aspect,
      ) &&
      // Outside a shared place of wording, counts are of one thing only when they say so.
      (slotted !== undefined || !('number' in x) || !('number' in y) || sameCounted(a, x, b, y)) &&
      // Counts of one village and of two ("in Ashby" / "in Ashby and Selby") count two things.
      !('number' in x && 'number' in y && countNamesApart(a, x, b, y)),
  );
}

/**
 * Whether words differing in one place of two reports' shared wording (fact-slots.ts
 * `differingSlot`) bear on the figures that differ: the fact a figure states is its own clause
 * (fact-clauses.ts `ownClauseSpan`: its measure and the act it is said of), not the whole
 * sentence. When the figures stand in the same place of shared wording (`slotted`), one word on
 * each side in another clause ("17 hours when the plant failed" / "13 hours when the station
 * failed") says at what moment or of what the clause beside it speaks, not what the figure
 * measures; two or more words there may tell another moment, so they still bear on it.
 */
export function slotBearsOnFigure(
  a: AnalysedFact,
  b: AnalysedFact,
  place: { a: string[]; b: string[] } | null,
  slotted: SlotConflict | undefined,
): boolean {
  if (place === null) return false;
  if (slotted === undefined || place.a.length > 1 || place.b.length > 1) return true;
  const outside = (fact: AnalysedFact, terms: readonly string[], at: number) => {
    const own = ownClauseSpan(fact.text, at);
    return terms.every((term) => {
      const offset = fact.terms.get(term);
      return offset !== undefined && (offset < own.start || offset >= own.end);
    });
  };
  return !(outside(a, place.a, slotted.pair[0].at) && outside(b, place.b, slotted.pair[1].at));
}

/** True when some number of one passage can be compared with some number of the other. */
export function comparableNumbers(a: FactValues, b: FactValues): boolean {
  return a.positioned.some((x) =>
    b.positioned.some((y) => sameValue(x, y) !== null && 'number' in x),
  );
}
