/**
 * One dimension of one thing told two ways: by its noun before the figure ("trapped at a depth
 * of 640 metres") or by a word after the figure's unit ("trapped some 700 metres below the
 * surface", "640 metres deep", "underground"). English states a dimension either as a noun with
 * "of" or as a measure phrase before an adjective or adverb of that dimension (Quirk et al.
 * 1985, ch. 7, measure phrases premodifying "deep", "high", "long", "wide"). The two wordings
 * share too few words for the comparison of counts (fact-measures.ts) to take them for one
 * measure, yet they state one: when the figures differ, the sources differ.
 *
 * Claimed only when it is exact: each passage states one number, a length in the same unit
 * word, of the same dimension; both figures stand after the same content word in their clauses
 * (the act or state they measure: "trapped", the dimension's own words and "at" aside); both
 * passages share a name (what is measured is named alike: "Brenn"); no denial, plan or
 * condition stands in one and not the other; the articles are published at most
 * `SEARCH_OPTIONS.facts.measureMaxDaysApart` days apart (and on one day when either count is
 * told as it stands when written); and the figures' ranges do not meet (fact-qualifiers.ts:
 * "some 700 metres" is 665–735, so 690 agrees with it and 640 does not).
 */
import { SEARCH_OPTIONS } from '../options.js';
import { stem } from '../../text/terms.js';
import { DIMENSION_WORD_AFTER, WORD_DIMENSIONS, type Dimension } from './dimension-words.js';
import { rangesOverlap, statedRange } from './fact-qualifiers.js';
import { qualifierStart, type FactValues, type PositionedValue } from './fact-values.js';
import { unitsBefore } from './fact-clauses.js';
import { publishedClose, runningCountsApart } from './fact-measures.js';
import { stanceDifference, stancesOf } from './fact-stance.js';
import type { UnitOccurrence } from './fact-participants.js';

/** What a passage needs to be read here (fact-analysis.ts `AnalysedFact`). */
export interface DimensionedSource {
  text: string;
  values: FactValues;
  sequence: readonly UnitOccurrence[];
}

/** The noun of a dimension with its "of", right before the figure ("at a depth of"). */
const NOUN_BEFORE =
  /\b(?:a|the)\s+(?:(?:total|maximum|estimated)\s+)?(depth|height|altitude|length|width)\s+of\s*$/i;

const NOUN_DIMENSION: Readonly<Record<string, Dimension>> = {
  depth: 'depth',
  height: 'height',
  altitude: 'height',
  length: 'length',
  width: 'width',
};

/** Words before a figure that belong to its dimension's wording, not to what is measured. */
const DIMENSION_WORDS: ReadonlySet<string> = new Set(
  ['depth', 'height', 'altitude', 'length', 'width', 'total', 'maximum', 'estimated'].map((word) =>
    stem(word).slice(0, SEARCH_OPTIONS.facts.namePrefix),
  ),
);

type PositionedNumber = Extract<PositionedValue, { number: string }>;

/** A passage's one figure of a dimension: its range, unit word, dimension and governing term. */
interface DimensionMeasure {
  range: [number, number];
  unit: string;
  dimension: Dimension;
  governor: string;
  /** Where the figure stands. */
  at: number;
}

/**
 * Length units as one name each, written out or as a symbol ("metres", "meters", "m" → "metre").
 * "m" is read as metres here only, where a dimension is named beside the figure ("a depth of
 * 640m", "640m below the surface"): elsewhere it is also "million" (fact-units.ts). No unit is
 * converted into another: "2,100 feet" and "640 metres" are not compared.
 */
const LENGTH_UNIT =
  /^\s?(?:(m|metres?|meters?)|(km|kilometres?|kilometers?)|(ft|feet|foot)|(miles?)|(yards?))\b/i;
const UNIT_NAMES = ['metre', 'kilometre', 'foot', 'mile', 'yard'] as const;

/** The one number a passage states when it is a length told with its dimension; else null. */
function dimensionOf(source: DimensionedSource): DimensionMeasure | null {
  const numbers = source.values.positioned.flatMap((v) => ('number' in v ? [v] : []));
  if (numbers.length !== 1) return null;
  const stated = numbers[0] as PositionedNumber;
  const digits = /^\d[\d,]*(?:\.\d+)?/.exec(source.text.slice(stated.at))?.[0];
  if (stated.kind !== 'count' || digits === undefined) return null;
  const afterDigits = source.text.slice(stated.at + digits.length);
  const unitRead = LENGTH_UNIT.exec(afterDigits);
  const unitAt = unitRead?.slice(1).findIndex((group) => group !== undefined) ?? -1;
  const unit = UNIT_NAMES[unitAt];
  if (unitRead === null || unit === undefined) return null;
  // "640m" may be read by fact-values.ts as 640 million (metres-or-million.ts): as a length it is
  // the figure written.
  const number = { ...stated, number: digits.replace(/,/g, ''), rounded: false };
  const range = statedRange(number);
  if (range === null) return null;
  const unitWord = unitRead[0];
  const start = qualifierStart(source.text, number.at);
  const noun = NOUN_BEFORE.exec(source.text.slice(0, start));
  const word = DIMENSION_WORD_AFTER.exec(afterDigits.slice(unitWord.length));
  const dimension: Dimension | null =
    noun !== null
      ? (NOUN_DIMENSION[(noun[1] as string).toLowerCase()] ?? null)
      : (WORD_DIMENSIONS[word?.slice(1).findIndex((group) => group !== undefined) ?? -1] ?? null);
  if (dimension === null) return null;
  const from = noun === null ? start : noun.index;
  const governor = unitsBefore(source, from)
    .flatMap((occurrence) => [...occurrence.keys].reverse())
    .find((key) => !DIMENSION_WORDS.has(key));
  if (governor === undefined) return null;
  return { range, unit, dimension, governor, at: stated.at };
}

/** The names a passage holds, as compared (fact-tallies.ts reads them alike). */
function namesOf(source: DimensionedSource): Set<string> {
  return new Set(source.sequence.filter((unit) => unit.name).flatMap((unit) => unit.keys));
}

/**
 * True when two passages state one dimension of one thing with figures that do not meet (see
 * the file's comment). `published`: the articles' publication dates, null when not stated.
 */
export function dimensionsDiffer(
  a: DimensionedSource,
  b: DimensionedSource,
  published: readonly [string | null, string | null] | undefined,
): boolean {
  if (!publishedClose(published)) return false;
  const x = dimensionOf(a);
  const y = dimensionOf(b);
  if (x === null || y === null || runningCountsApart(a.text, b.text, published, [x.at, y.at]))
    return false;
  if (x.dimension !== y.dimension || x.unit !== y.unit || x.governor !== y.governor) return false;
  if (rangesOverlap(x.range, y.range)) return false;
  const namesB = namesOf(b);
  if (![...namesOf(a)].some((key) => namesB.has(key))) return false;
  return (
    stanceDifference(new Set(stancesOf(a.text).keys()), new Set(stancesOf(b.text).keys())) === null
  );
}
