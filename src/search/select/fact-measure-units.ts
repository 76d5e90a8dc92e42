/**
 * Units of measurement written after a number: "12 miles", "12 nautical miles", "a
 * 12-nautical-mile zone", "twelve kilometres". A number and its unit are one measure, one value
 * (Quirk et al. 1985, §7.23 and §17.104 on measure phrases): the unit's words say what the
 * number is counted in, as a currency's name or a scale word does (fact-values.ts
 * `notationWordSpans`), not what is reported. So where two reports are compared word by word in
 * order (fact-slots.ts), a unit's words are no content words: a measure written before its noun
 * ("a 12-nautical-mile exclusion zone") and after it ("an exclusion zone of 12 nautical miles")
 * moves them, and that move must neither hide a place where the reports differ ("around Skeld
 * Bay" / "around Orran Point") nor count as wording that differs.
 *
 * Units are read by their definitions, not by their words: a nautical mile is 1,852 m (BIPM, The
 * International System of Units, 9th ed. 2019, table 8; NIST SP 811, 2008, B.8), a mile (the
 * international, statute mile) 1,609.344 m (NIST SP 811, B.8), so "12 miles" and "12 nautical
 * miles" are two lengths, as "$2 million" and "€2 million" are two sums. Only units with one
 * definition are listed: "ton" (short, long or metric), "gallon" (US or imperial) and "pound"
 * (also a currency) are left out. Symbols whose case is their meaning ("Ml" / "ml") are read
 * with it (`written`).
 */

import { NUMBER_WORD_LIST } from './fact-values.js';
import { CURRENCY_SIGN } from '../../text/notation-words.js';
import { matchesOf } from '../../text/matches-of.js';

/** What a unit measures. */
export type MeasureDimension = 'length' | 'area' | 'mass' | 'volume';

/** A unit of measurement: its name, what it measures, and its size in SI base units. */
interface UnitDefinition {
  name: string;
  dimension: MeasureDimension;
  /** The unit's size in metres, square metres, kilograms or cubic metres. */
  size: number;
  /** Its written forms, singular and plural, as a regex alternation (words joined by `SEP`). */
  forms: string;
  /**
   * What a form matched must also be, case and all, where `forms` (read regardless of case) holds
   * a symbol whose case is its meaning: an SI prefix symbol keeps its case, "M" mega and "m" milli
   * (SI Brochure 3.1, table 7), so "Ml" is a megalitre and "ml" a millilitre.
   */
  written?: RegExp;
}

/** Between the words of a unit ("nautical miles", "nautical-mile"): spaces or a hyphen. */
const SEP = String.raw`[\s-]+`;
const METRE = 'met(?:re|er)s?';
/**
 * The metre's symbol after a spaced figure ("800 m", as the SI writes it: SI Brochure 5.4.3),
 * not after a sum ("£2.4 m" is million: metres-or-million.ts). The other SI symbols ("km", "cm",
 * "mm", "kg") have no second reading.
 */
const METRE_SYMBOL = `(?<!${CURRENCY_SIGN}\\s*[\\d.,]+\\s*)m`;

/** The units, a longer name before any it ends with ("nautical mile" before "mile"). */
const UNITS: readonly UnitDefinition[] = [
  { name: 'nautical mile', dimension: 'length', size: 1852, forms: `nautical${SEP}miles?` },
  {
    name: 'square kilometre',
    dimension: 'area',
    size: 1e6,
    forms: `square${SEP}kilo${METRE}|sq${SEP}km`,
  },
  { name: 'square mile', dimension: 'area', size: 2_589_988.110336, forms: `square${SEP}miles?` },
  { name: 'square metre', dimension: 'area', size: 1, forms: `square${SEP}${METRE}` },
  { name: 'kilometre', dimension: 'length', size: 1000, forms: `kilo${METRE}|km` },
  { name: 'centimetre', dimension: 'length', size: 0.01, forms: `centi${METRE}|cm` },
  { name: 'millimetre', dimension: 'length', size: 0.001, forms: `milli${METRE}|mm` },
  { name: 'metre', dimension: 'length', size: 1, forms: `${METRE}|${METRE_SYMBOL}` },
  { name: 'mile', dimension: 'length', size: 1609.344, forms: 'miles?' },
  { name: 'yard', dimension: 'length', size: 0.9144, forms: 'yards?' },
  { name: 'foot', dimension: 'length', size: 0.3048, forms: 'foot|feet' },
  { name: 'inch', dimension: 'length', size: 0.0254, forms: 'inch(?:es)?' },
  { name: 'hectare', dimension: 'area', size: 1e4, forms: 'hectares?' },
  { name: 'acre', dimension: 'area', size: 4046.8564224, forms: 'acres?' },
  // "t", the tonne's symbol (SI Brochure, table 8), only in a measure phrase with "of" ("400 t of
  // sandbags", fact-units.ts `TONNE_SYMBOL_OF`), and lower case.
  {
    name: 'tonne',
    dimension: 'mass',
    size: 1000,
    forms: String.raw`tonnes?|t(?=\s+of\b)`,
    written: /^(?!T$)/,
  },
  { name: 'kilogram', dimension: 'mass', size: 1, forms: 'kilo(?:gram(?:me)?s?|s)?|kg' },
  { name: 'gram', dimension: 'mass', size: 0.001, forms: 'gram(?:me)?s?' },
  {
    name: 'megalitre',
    dimension: 'volume',
    size: 1000,
    forms: 'megalit(?:re|er)s?|ml',
    written: /^(?!m[lL]$)/,
  },
  {
    name: 'millilitre',
    dimension: 'volume',
    size: 1e-6,
    forms: 'millilit(?:re|er)s?|ml',
    written: /^(?!M[lL]$)/,
  },
  { name: 'litre', dimension: 'volume', size: 0.001, forms: 'lit(?:re|er)s?' },
];

/**
 * What ends a number written before its unit: a digit, or a number word ("twelve", "twenty-five",
 * "hundred", "half"), then spaces or a hyphen.
 */
const NUMBER_WORD_ALTERNATION = [
  'one',
  ...NUMBER_WORD_LIST,
  'hundred',
  'thousand',
  'million',
  'half',
  'dozen',
].join('|');
const NUMBER_BEFORE = String.raw`(?<=(?:\d|\b(?:${NUMBER_WORD_ALTERNATION}))(?:\s+|-))`;

/** The words of a figure up to its unit: digits, number words, spaces and hyphens only. */
const FIGURE_WORDS = new RegExp(
  `^(?:[\\d.,]+|(?:${NUMBER_WORD_ALTERNATION}|and|a)\\b|[\\s-]+)*$`,
  'iu',
);

/** A unit right after a number, each unit's forms a group in {@link UNITS}' order. */
const UNIT_AFTER_NUMBER = new RegExp(
  `${NUMBER_BEFORE}(?:${UNITS.map((u) => `(${u.forms})`).join('|')})(?![\\p{L}\\d])`,
  'giu',
);

/** Any unit's word, anywhere: most passages hold none, and are read no further. */
const ANY_UNIT_WORD = new RegExp(
  `(?<!\\p{L})(?:${UNITS.map((u) => u.forms).join('|')})(?![\\p{L}\\d])`,
  'iu',
);

/** A unit written after a number: where its words stand (`start`, `end`) and which unit it is. */
export interface WrittenUnit {
  start: number;
  end: number;
  unit: string;
  dimension: MeasureDimension;
}

/**
 * The units of measurement written right after a number in `text`, in order: "an exclusion zone
 * of 12 nautical miles" → nautical mile at 44–58; "a 12-nautical-mile zone" → nautical mile at
 * 5–18. A word that is no such unit after a number ("12 trawlers") is none.
 *
 * @example
 * writtenUnits('a 12-nautical-mile zone') // [{ start: 5, end: 18, unit: 'nautical mile', … }]
 */
export function writtenUnits(text: string): WrittenUnit[] {
  if (!ANY_UNIT_WORD.test(text)) return [];
  const found: WrittenUnit[] = [];
  for (const m of matchesOf(text, UNIT_AFTER_NUMBER)) {
    const index = m.slice(1).findIndex((group) => group !== undefined);
    const unit = caseRead(UNITS[index], index, m[0]);
    if (unit === undefined) continue;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      unit: unit.name,
      dimension: unit.dimension,
    });
  }
  return found;
}

/**
 * The unit a form matched regardless of case is, read with its case ({@link UnitDefinition}
 * `written`): the first unit from `index` on whose forms match `text` and whose written form it
 * is ("ml" matched as the megalitre's form is the millilitre's); undefined when none.
 */
function caseRead(
  unit: UnitDefinition | undefined,
  index: number,
  text: string,
): UnitDefinition | undefined {
  if (unit?.written === undefined || unit.written.test(text)) return unit;
  return UNITS.slice(index + 1).find(
    (next) =>
      new RegExp(`^(?:${next.forms})$`, 'iu').test(text) && (next.written?.test(text) ?? true),
  );
}

/** A figure's value with the unit written right after it. */
export interface UnitMeasure {
  value: string;
  unit: string;
  dimension: MeasureDimension;
}

/**
 * Each figure of `numbers` (a passage's positioned numbers: offset, value) that has a unit of
 * measurement written right after it ({@link writtenUnits}), with that unit: only number words,
 * digits, spaces and hyphens stand between the figure and its unit ("twenty-five miles", "three
 * hundred metres", "12-nautical-mile").
 */
export function unitMeasures(
  text: string,
  numbers: ReadonlyArray<{ at: number; number: string }>,
): UnitMeasure[] {
  const units = writtenUnits(text);
  if (units.length === 0) return [];
  const measures: UnitMeasure[] = [];
  for (const unit of units) {
    const figure = [...numbers].filter((n) => n.at < unit.start).sort((x, y) => y.at - x.at)[0];
    if (figure === undefined) continue;
    if (!FIGURE_WORDS.test(text.slice(figure.at, unit.start))) continue;
    measures.push({ value: figure.number, unit: unit.unit, dimension: unit.dimension });
  }
  return measures;
}

/**
 * True when the two passages state one figure in two units of one dimension, and neither states
 * it in a unit of the other's: "an exclusion zone of 12 miles" / "a 12-nautical-mile exclusion
 * zone" (19.3 km against 22.2 km: two lengths, see the file's comment). One figure in another
 * unit is another amount, or one converted at a rate not stated, so the passages are not claimed
 * as one fact. "12 miles (19km)" on both sides shares a unit and is not read so.
 */
export function unitsApart(x: readonly UnitMeasure[], y: readonly UnitMeasure[]): boolean {
  const has = (side: readonly UnitMeasure[], m: UnitMeasure) =>
    side.some((n) => n.value === m.value && n.unit === m.unit);
  return x.some((m) =>
    y.some(
      (n) =>
        n.value === m.value &&
        n.dimension === m.dimension &&
        n.unit !== m.unit &&
        !has(y, m) &&
        !has(x, n),
    ),
  );
}
