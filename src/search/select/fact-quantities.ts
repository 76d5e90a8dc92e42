/**
 * Conflicting values of one measured quantity: "About 12,000 tonnes of rock" / "Around 15,000
 * tonnes of rock", "a 30mph limit" / "A 40mph limit", "£2.4m" / "£2.9m". Two passages that
 * give such values may be one event told two ways (a disagreement) or two things measured
 * alike, but never the same fact: "also reported by" says the other source says the same, so
 * no path that pairs sentences under it (the ask's selection, the date question's timeline
 * entries) may pair them. This is the one definition both use.
 *
 * What is measured is read from the number's kind (fact-values.ts): money, a share, a tally or
 * an age name their kind; a count is of the word after it ("tonnes", "mph", "people"). Values
 * are compared as the ranges they state (fact-qualifiers.ts `statedRange`: "about 12,000" is
 * 11,500–12,500, "more than 600" has no upper end), so a bound and a figure inside it, or two
 * approximate figures that meet, do not conflict.
 */
import { SEARCH_OPTIONS } from '../options.js';
import { numbersMeet, statedRange } from './fact-qualifiers.js';
import type { FactValues, PositionedValue } from './fact-values.js';

type PositionedNumber = Extract<PositionedValue, { number: string }>;

/** What a number measures: its kind, and for a count the (cut) term of what it counts. */
function measureKey(x: PositionedNumber): string | null {
  if (x.kind !== 'count') return x.kind;
  return x.unit === null ? null : `count:${x.unit.slice(0, SEARCH_OPTIONS.facts.namePrefix)}`;
}

/** Whether two values of one measure can be the same: their ranges meet, or a tally's words. */
function compatible(x: PositionedNumber, y: PositionedNumber): boolean {
  // A tally ("9-4") is its words; a vague count ("dozens") has no range, so it is not known to differ.
  if (x.kind === 'tally' || y.kind === 'tally') return x.number === y.number;
  return statedRange(x) === null || statedRange(y) === null || numbersMeet(x, y);
}

/**
 * True when both passages state values of one measure (the same kind, and for counts the same
 * counted word) and no value of it in one is compatible with any in the other: "about 12,000
 * tonnes" / "around 15,000 tonnes" conflict; "more than 600 people" / "650 people" do not, nor
 * "£2.4m" / "£2.4m and £0.5m".
 *
 * @example
 * quantitiesConflict(factValues('A 30mph limit applies.'), factValues('A 40mph limit applies.')) // true
 */
export function quantitiesConflict(a: FactValues, b: FactValues): boolean {
  const byMeasure = (values: FactValues) => {
    const found = new Map<string, PositionedNumber[]>();
    for (const x of values.positioned) {
      if (!('number' in x)) continue;
      const key = measureKey(x);
      if (key !== null) found.set(key, [...(found.get(key) ?? []), x]);
    }
    return found;
  };
  const ofB = byMeasure(b);
  for (const [key, xs] of byMeasure(a)) {
    const ys = ofB.get(key);
    if (ys !== undefined && !xs.some((x) => ys.some((y) => compatible(x, y)))) return true;
  }
  return false;
}
