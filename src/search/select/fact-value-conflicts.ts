/**
 * The values two passages state (fact-values.ts) compared as wholes, wherever they stand: the
 * aspects (date, place, number, actor) on which both state values and none agree (dates with
 * their years, figures by what they count: fact-figures.ts), and the checks of ages, weekdays
 * (alone, or each with the date it falls on), currencies and ordinals; and how many values of an
 * aspect a passage states, since a disagreement is claimed of one value on each side only.
 */
import {
  compatibleDates,
  PERCENTAGE_POINT_UNIT,
  type FactValues,
  type StatedDate,
} from './fact-values.js';
import { sameFigure } from './fact-figures.js';
import type { Aspect } from './fact-relation-types.js';
import { fold, namesAnyPlace, namesMeet } from './fact-name-conflicts.js';

export function datesWithYear(values: FactValues): StatedDate[] {
  return values.dates.filter((date) => date.year !== null);
}

/**
 * The aspects on which both passages state values and none of them agree. Dates count with
 * their years only, unless the passages are nearly the same words (`sameWording`): then
 * "September 14" and "September 4" differ whatever the year. Places differ only when neither
 * passage names a place of the other's anywhere (`texts`, the two passages' words, when known):
 * "The Turvey family from Dunmere, who were moved to Farrowby" and "A Dunmere family … moved from
 * Kelbridge to Farrowby" read "from" in two roles, not two places for one thing (as
 * {@link namesConflict} reads two names before one noun).
 */
export function conflicts(
  a: FactValues,
  b: FactValues,
  sameWording: boolean,
  texts: readonly [string, string] | null = null,
): Aspect[] {
  const found: Aspect[] = [];
  const da = sameWording ? a.dates : datesWithYear(a);
  const db = sameWording ? b.dates : datesWithYear(b);
  if (da.length > 0 && db.length > 0 && !da.some((x) => db.some((y) => compatibleDates(x, y))))
    found.push('date');
  if (
    a.listedPlaces.length > 0 &&
    b.listedPlaces.length > 0 &&
    !namesMeet(a.listedPlaces, b.listedPlaces) &&
    (texts === null ||
      (!namesAnyPlace(texts[1], a.listedPlaces) && !namesAnyPlace(texts[0], b.listedPlaces)))
  )
    found.push('place');
  if (
    a.numbers.length > 0 &&
    b.numbers.length > 0 &&
    (!a.numbers.some((x) => b.numbers.some((y) => sameFigure(x, y, a, b))) ||
      countsConflict(a, b) ||
      agesConflict(a, b) ||
      sumsConflict(a, b))
  )
    found.push('number');
  if (a.actors.length > 0 && b.actors.length > 0 && !namesMeet(a.actors, b.actors, 'last'))
    found.push('actor');
  return found;
}

/**
 * True when both passages state ages and none is the same: "A 79-year-old woman died in the crash
 * on the A40" / "A woman, 76, died in the crash on the A40", whatever other number ("A40") both
 * write alike. An age is compared with ages only (fact-values.ts `NumberKind`).
 */
function agesConflict(a: FactValues, b: FactValues): boolean {
  const ages = (values: FactValues) =>
    values.positioned.flatMap((v) => ('number' in v && v.kind === 'age' ? [v.number] : []));
  const x = ages(a);
  const y = ages(b);
  return x.length > 0 && y.length > 0 && !x.some((age) => y.includes(age));
}

/**
 * True when both passages state sums of money in one currency and none is the same: "worth £8.4
 * million over eight years" / "worth £9.2 million over eight years", whatever other number (the
 * term, "eight years") both write alike. A sum is compared with sums only, as an age with ages
 * ({@link agesConflict}): a figure of another kind agreeing says nothing of the sum.
 */
function sumsConflict(a: FactValues, b: FactValues): boolean {
  const sums = (values: FactValues) =>
    values.positioned.flatMap((v) => ('number' in v && v.kind === 'money' ? [v] : []));
  const x = sums(a);
  const y = sums(b);
  return (
    x.length > 0 &&
    y.length > 0 &&
    x.every((p) =>
      y.every((q) => p.currency !== null && q.currency !== null && p.currency === q.currency),
    ) &&
    !x.some((p) => y.some((q) => sameFigure(p.number, q.number, a, b)))
  );
}

/**
 * True when both passages count the same thing ("protesters") and no count of it agrees:
 * "3 people were arrested and 20 injured" against "20 people were arrested and 3 injured".
 */
function countsConflict(a: FactValues, b: FactValues): boolean {
  return a.counts.some(
    (x) =>
      b.counts.some((y) => y.unit === x.unit) &&
      !b.counts.some(
        (y) =>
          y.unit === x.unit &&
          a.counts.some((z) => z.unit === x.unit && sameFigure(z.value, y.value, a, b)),
      ),
  );
}

/** True when both name a weekday and none is the same. */
export function weekdaysConflict(a: FactValues, b: FactValues): boolean {
  return (
    a.weekdays.length > 0 &&
    b.weekdays.length > 0 &&
    !a.weekdays.some((day) => b.weekdays.includes(day))
  );
}

/**
 * True when the weekdays that conflict are named with the same date ("Tuesday 12 March" /
 * "Wednesday 12 March"): the date says the reports mean one day, so the weekdays contradict each
 * other about it rather than name two days. Each passage names one weekday, with a day of a
 * month.
 */
export function weekdaysContradictDate(a: FactValues, b: FactValues): boolean {
  const [x] = a.weekdayDates;
  const [y] = b.weekdayDates;
  return (
    a.weekdays.length === 1 &&
    b.weekdays.length === 1 &&
    x !== undefined &&
    y !== undefined &&
    x.weekday !== y.weekday &&
    compatibleDates(x.date, y.date)
  );
}

/**
 * True when both passages name weekdays and every one comes with the date it falls on ("reopened
 * on Sunday 7 June" / "reopened on Monday 8 June"): the dates say which days are meant, so the
 * passages are compared by those dates, as "7 June" / "8 June" would be, rather than kept apart
 * as weekdays that may name two occurrences.
 */
export function weekdaysDated(a: FactValues, b: FactValues): boolean {
  return (
    a.weekdays.length > 0 &&
    b.weekdays.length > 0 &&
    a.weekdayDates.length === a.weekdays.length &&
    b.weekdayDates.length === b.weekdays.length
  );
}

/**
 * True when both passages state amounts of money in known currencies and none of one
 * passage's currencies is among the other's ("$2 million" / "€2 million").
 */
export function currenciesApart(a: FactValues, b: FactValues): boolean {
  const currencies = (values: FactValues) =>
    values.positioned.flatMap((v) =>
      'number' in v && v.kind === 'money' && v.currency !== null ? [v.currency] : [],
    );
  const ca = currencies(a);
  const cb = currencies(b);
  return ca.length > 0 && cb.length > 0 && !ca.some((c) => cb.includes(c));
}

/**
 * True when both passages state shares and all of one's are in percentage points, none of the
 * other's ("rose by 6 percentage points" / "rose by 6 per cent"): a change of a share in points
 * is its difference, one in per cent its ratio (a rise from 50% to 56% is 6 points and 12 per
 * cent), so the same digits state two values. Their notations are read as values, not words
 * (fact-values.ts `notationWordSpans`), so this is read here.
 */
export function shareMeasuresApart(a: FactValues, b: FactValues): boolean {
  const points = (values: FactValues) =>
    values.positioned.flatMap((v) =>
      'number' in v && v.kind === 'share' ? [v.unit === PERCENTAGE_POINT_UNIT()] : [],
    );
  const pa = points(a);
  const pb = points(b);
  return pa.length > 0 && pb.length > 0 && !pa.some((p) => pb.includes(p));
}

/** True when both give ordinals ("the second round") and none is the same. */
export function ordinalsConflict(a: FactValues, b: FactValues): boolean {
  return (
    a.ordinals.length > 0 &&
    b.ordinals.length > 0 &&
    !a.ordinals.some((n) => b.ordinals.includes(n))
  );
}

/** How many values of an aspect a passage states. */
export function valuesOf(values: FactValues, aspect: Aspect, sameWording: boolean): number {
  switch (aspect) {
    case 'date':
      return sameWording ? values.dates.length : datesWithYear(values).length;
    case 'place':
      return new Set(values.listedPlaces.map((place) => fold(place))).size;
    case 'number':
      return new Set(values.numbers).size;
    case 'actor':
      return new Set(values.actors.map((actor) => fold(actor, 'last'))).size;
  }
}
