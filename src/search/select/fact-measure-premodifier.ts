/**
 * A span of time written as a hyphenated compound before a noun: "an eight-day public inquiry",
 * "a six-day public inquiry". A measure phrase made a premodifier (a numeral and a unit joined by
 * a hyphen, the unit in the singular) states the extent of what the noun names, as "the inquiry
 * will last eight days" does (Quirk et al. 1985, A Comprehensive Grammar of the English Language,
 * 7.23 on measure phrases and 17.104 on compounds as premodifiers; Huddleston and Pullum 2002,
 * The Cambridge Grammar of the English Language, 5.14.3: "a three-day conference"). It describes
 * the thing, whatever the clause around it reports ("… will open on 9 September" / "… opened
 * yesterday"), as a supplementary relative clause on a name does (fact-supplement.ts): two reports
 * that give one thing two lengths disagree on the number.
 *
 * One thing for certain: the noun written alike after the measure (the same words up to a
 * preposition), a name both passages write after it, and the one day each states (a calendar day
 * read with its article's date, or a day counted from publication: fact-resolved-time.ts) the
 * same. "A two-day strike at Kelby Mills ended on Tuesday" / "A three-day strike at Kelby Mills
 * will begin next week" are two strikes; with no day stated, which occurrence each names is not
 * known, and no dispute is claimed.
 */
import { TIME_UNITS } from '../plan/answer-type.js';
import { calendarDayNumbers, resolvedDays } from './fact-resolved-time.js';
import { NUMBER_WORD_LIST, NUMBER_WORD_VALUES } from './fact-values.js';
import type { AnalysedFact } from './fact-analysis.js';
import { matchesOf } from '../../text/matches-of.js';

/**
 * "a/an/the" and a number (digits or a number word), a hyphen and a unit of time, then up to
 * three words of the noun phrase before a preposition that opens its postmodifier: "an 8-day
 * public inquiry into".
 */
const MEASURE_PREMODIFIER = new RegExp(
  String.raw`\b(?:an?|the)\s+(\d+(?:\.\d+)?|${NUMBER_WORD_LIST.join('|')})-(${TIME_UNITS})\s+((?:[a-z]+\s+){0,2}?[a-z]+)\s+(?:into|of|on|for|at|in|over|about|against|between)\b`,
  'giu',
);

/** A length given to a thing: its value in its unit, and the thing's noun as written. */
interface PremodifyingLength {
  value: number;
  unit: string;
  noun: string;
  /** Offset just after the noun: the postmodifier that says which thing starts there. */
  after: number;
}

/** The lengths written as premodifiers in a passage ({@link MEASURE_PREMODIFIER}). */
function lengthsOf(text: string): PremodifyingLength[] {
  return [...matchesOf(text, MEASURE_PREMODIFIER)].flatMap((m) => {
    const [whole, count, unit, noun] = m;
    if (count === undefined || unit === undefined || noun === undefined) return [];
    const value = /^\d/.test(count) ? Number(count) : NUMBER_WORD_VALUES.get(count.toLowerCase());
    if (value === undefined || !Number.isFinite(value)) return [];
    return [
      {
        value,
        unit: unit.toLowerCase().replace(/s$/, ''),
        noun: noun.toLowerCase().replace(/\s+/g, ' '),
        after: m.index + whole.lastIndexOf(noun) + noun.length,
      },
    ];
  });
}

/** The one day a passage states, as a day number; null when it states none or several. */
function oneDayOf(fact: AnalysedFact, published: string | null): number | null {
  const counted = (resolvedDays(fact.time, published) ?? [])
    .filter((x) => x.first === x.last)
    .map((x) => x.first);
  const days = new Set([...calendarDayNumbers(fact.time, published), ...counted]);
  return days.size === 1 ? ([...days][0] as number) : null;
}

/** The names (their terms, joined) a passage writes at or after `from`. */
function namesAfter(fact: AnalysedFact, from: number): Set<string> {
  return new Set(
    fact.sequence.filter((unit) => unit.name && unit.start >= from).map((u) => u.keys.join(' ')),
  );
}

/**
 * True when `a` and `b` each give one thing, named by the same noun after the same unit of time,
 * a different length ({@link MEASURE_PREMODIFIER}): one length each, a name both write after the
 * noun, and the one day each states the same (`published`: the articles' dates, `YYYY-MM-DD`).
 *
 * @example
 * // "An eight-day public inquiry into the Dorley Farm appeal will open on 9 September." (1 Sept)
 * // "A six-day public inquiry into plans for Dorley Farm opened yesterday." (10 Sept): true
 */
export function premodifyingLengthsDiffer(
  a: AnalysedFact,
  b: AnalysedFact,
  [publishedA, publishedB]: readonly [string | null, string | null],
): boolean {
  const [x, ...moreA] = lengthsOf(a.text);
  const [y, ...moreB] = lengthsOf(b.text);
  if (x === undefined || y === undefined || moreA.length > 0 || moreB.length > 0) return false;
  if (x.unit !== y.unit || x.noun !== y.noun || x.value === y.value) return false;
  const namesB = namesAfter(b, y.after);
  if (![...namesAfter(a, x.after)].some((name) => namesB.has(name))) return false;
  const dayA = oneDayOf(a, publishedA);
  return dayA !== null && dayA === oneDayOf(b, publishedB);
}
