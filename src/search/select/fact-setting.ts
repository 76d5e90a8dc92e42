/**
 * Whether what two reports state of where, when and of which named thing they tell leaves them
 * one setting: their places meet, their dates (with years) can be one day, and no names set them
 * apart (fact-name-conflicts.ts, fact-compounds.ts `namedHeadsApart`); and whether they share a
 * name at all. Read for reports found alike by their figures rather than by most of their words
 * (fact-measures.ts, fact-tallies.ts, fact-onset.ts, fact-shared-figures.ts).
 */
import { compatibleDates } from './fact-values.js';
import { namedHeadsApart } from './fact-compounds.js';
import { type AnalysedFact, claimValuesOf } from './fact-analysis.js';
import { namesConflict, namesMeet } from './fact-name-conflicts.js';
import { datesWithYear } from './fact-value-conflicts.js';

/**
 * True when nothing two reports state of where, when or of which named thing they tell sets them
 * apart: their places meet where both name one, their dates (with years) can be one day where
 * both give one, no name before the same word differs ("the Harlow council" / "the Dunmore
 * council"), and no one name stands before two nouns each side alone writes ("the Marden roof
 * collapse" / "the Marden bus crash": two things of one place, fact-compounds.ts
 * `namedHeadsApart`). Read for reports found alike by their counts alone (fact-measures.ts),
 * which share too few words for these to be compared as values of one event.
 */
export function sameSetting(a: AnalysedFact, b: AnalysedFact): boolean {
  const pa = claimValuesOf(a).places;
  const pb = claimValuesOf(b).places;
  const da = datesWithYear(a.values);
  const db = datesWithYear(b.values);
  return (
    (pa.length === 0 || pb.length === 0 || namesMeet(pa, pb)) &&
    (da.length === 0 || db.length === 0 || da.some((x) => db.some((y) => compatibleDates(x, y)))) &&
    !namesConflict(a.values, b.values, a.text, b.text) &&
    !namedHeadsApart(a, b)
  );
}

/**
 * True when the two passages share a name, or one of them names nothing: "200 people … in
 * Kelby" / "200 Arnby residents" name two towns.
 */
export function namesShared(a: AnalysedFact, b: AnalysedFact): boolean {
  const names = (fact: AnalysedFact) =>
    new Set(fact.sequence.filter((unit) => unit.name).flatMap((unit) => unit.keys));
  const na = names(a);
  const nb = names(b);
  return na.size === 0 || nb.size === 0 || [...na].some((key) => nb.has(key));
}
