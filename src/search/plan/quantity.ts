/**
 * The dimension of a quantity a question asks for, and whether a text holds a number in it.
 * "How much did the canal cost" asks for money, "what percentage of the vote" for a share,
 * "how tall are the gates" for a length, "how heavy" for a weight, "what temperature" for a
 * temperature, "what wind speeds" for a speed: a number of another kind ("the eleven gates", "his sixth term") does not answer
 * it. Unit words are SI and common English measures; currencies are written as symbols or named.
 */

import { moneyVerbTest } from '../money-verbs.js';
import { CHANGING_VERBS, FALLING_VERBS, RISING_VERBS } from '../change-verbs.js';
import { verbFormStems } from '../verb-forms.js';
import { stem, tokenize } from '../../text/terms.js';
import { unitName } from '../select/fact-units.js';
import {
  INDEFINITE_COUNT_QUANTIFIERS,
  NUMBER_WORD_LIST,
  VAGUE_COUNT_WORDS,
} from '../select/fact-values.js';
import {
  CURRENCY_SIGN,
  CURRENCY_WORDS,
  NOTATION_SCALE_WORDS,
  SCALE_WORDS,
  SHARE_WORDS,
} from '../../text/notation-words.js';

/** A dimension of quantity an answer must be stated in. */
export type Dimension = 'money' | 'share' | 'length' | 'weight' | 'temperature' | 'speed';

/**
 * Question cues, checked in this order: a share before money ("what interest rate did the
 * loans pay" asks for a rate, not a sum) and before length ("how high was the prime rate"), a
 * temperature before length ("how high was the water temperature"),
 * money before length ("how high was the bridge's cost"). "How long" is left out: it asks for
 * a time span at least as often as a length; answer-type.ts reads it as a length only when its
 * predicate says so (length-or-duration.ts: "how long is the cliff railway's track").
 */
const QUESTION_CUES: ReadonlyArray<[Dimension, { test(question: string): boolean }]> = [
  // "%" is "percent" typed as a sign ("what % did she get"): one unit, however written.
  ['share', /\b(?:percentage|percent|per cent|proportion|rate|rates|(?:what|which) share)\b|%/i],
  ['temperature', /\b(?:temperatures?|how (?:hot|cold|warm))\b/i],
  ['money', { test: (question) => asksByMoneyNoun(question) || asksByMoneyVerb(question) }],
  // "How far along" asks how much of a task is done, not a distance.
  [
    'length',
    /\b(?:how (?:tall|high|far(?! along)|deep|wide)|height|length|distance|depth|width)\b/i,
  ],
  ['weight', /\b(?:how heavy|weigh|weighs|weighed|weight)\b/i],
  // The noun only: "how fast" asks as often how quickly a figure grows (a share a year).
  ['speed', /\b(?:speeds?|velocity|velocities)\b/i],
];

/**
 * Nouns that ask for a sum of money: a price, a pay, a charge or a payment imposed ("how big was
 * the penalty", "how large a fine"), each measured in money and nothing else. Compared by stem,
 * so that their plurals ask as they do ("priced" asks a price too). Not a sum owed ("debt",
 * "loan", "deficit"): old texts state one without a currency ("a debt of 45,000,000"), and a
 * question for money asks a figure with one (abstain-asked-sum.ts).
 */
const MONEY_NOUNS = [
  'price',
  'budget',
  'salary',
  'wage',
  'fee',
  'ransom',
  'revenue',
  'penalty',
  'fine',
];
/** Words and phrases beside {@link MONEY_NOUNS} that ask for a sum of money. */
const MONEY_NOUN_CUE = /\b(?:worth|how much money|costing|priced)\b/i;
const MONEY_NOUN_STEMS = new Set(MONEY_NOUNS.map((noun) => stem(noun)));

/**
 * The first word of `question` (as written, folded) that is one of the nouns of a sum asked for
 * money ({@link MONEY_NOUNS}) or a verb made of one: "fined" in "how much was she fined".
 */
export function moneyNounIn(question: string): string | undefined {
  for (const word of question.match(WORDS) ?? []) {
    const folded = word.toLowerCase();
    if (MONEY_NOUN_STEMS.has(stem(folded))) return folded;
  }
  return undefined;
}

/**
 * True when `word` (as written, folded) is a verb English makes of a noun of money by
 * conversion ("fined": "to fine" is "to impose a fine on"; Quirk et al. 1985, App. I.43): a past
 * or an -ing form.
 */
export function isConvertedMoneyVerb(word: string): boolean {
  return /(?:ed|ing)$/u.test(word) && MONEY_NOUN_STEMS.has(stem(word));
}

/**
 * True when `question` names a sum of money by a noun or a phrase ("fine", "worth", "how much
 * money"). Not by a verb made of one ("how much was the trust fined"): that asks the act as much
 * as its sum, and typed as money the question's passages were ranked by the figure over the name
 * of whom the act was done to, so that a report describing the fined party before naming it
 * ("A conservation charity was fined £8,500. … the Orwen Moss Trust …") was refused
 * (test/engine/source-as-patient.test.ts). Abstention still asks such a question for a sum of
 * that kind (abstain-asked-sum.ts).
 */
function asksByMoneyNoun(question: string): boolean {
  const noun = moneyNounIn(question);
  return MONEY_NOUN_CUE.test(question) || (noun !== undefined && !isConvertedMoneyVerb(noun));
}

/** The money verbs a question asks a sum by (money-verbs.ts): to cost, to pay, to spend. */
const isCueVerb = moneyVerbTest(['cost', 'pay', 'spend']);

/**
 * True when a question holds a form of a money verb that asks for a sum ({@link isCueVerb}) other
 * than its "-ing" form, which names the activity as a noun as often ("defence spending", "paying
 * customers") and is not read as asking a sum.
 */
function asksByMoneyVerb(question: string): boolean {
  for (const word of question.match(WORDS) ?? [])
    if (!word.endsWith('ing') && isCueVerb(word)) return true;
  return false;
}

/** A question's words, as a cue reads them: runs of letters ("cost-cutting" is two). */
const WORDS = /\p{L}+/gu;

/**
 * A count before a unit: a figure, a count in words (fact-values.ts's "two" to "ninety", with
 * "one" and the scale words), "a few", "several", or a vague count before "of" ("hundreds of
 * pounds", "tens of thousands of dollars": "dozens", "hundreds" are nouns that quantify what
 * follows "of", Huddleston & Pullum 2002, The Cambridge Grammar of the English Language, ch. 5).
 */
const NUMBER = String.raw`(?:\d[\d,.]*|one|${NUMBER_WORD_LIST.join('|')}|${SCALE_WORDS.join('|')}|${INDEFINITE_COUNT_QUANTIFIERS.join('|')}|(?:tens of |hundreds of )?(?:${VAGUE_COUNT_WORDS}) of)`;
/**
 * A scale word after a number, as notationWordSpans reads one (fact-values.ts), and "m", read
 * here as "million" after a figure ("£2.4 m").
 */
const SCALE = String.raw`(?:\s+(?:${[...NOTATION_SCALE_WORDS, 'm'].join('|')}))?`;
/** "A" as a number before a unit or a scale: "a dollar a pack", "half a million dollars". */
const ONE = String.raw`(?:(?:half\s+)?an?)`;

/**
 * A number written after a currency symbol ("£1.2m", "$40,000") is a sum, not a length in
 * metres or a weight in tonnes, whatever letter follows it.
 */
const NOT_A_SUM = String.raw`(?<!${CURRENCY_SIGN}\s?[\d,.]*)`;

/**
 * Currencies named after a figure ("40 dollars", "two million euros"; notation-words.ts), with
 * the subunits and old currencies a question may name ("cents", "pence", "marks", "guineas",
 * "shillings"); "pounds of" weighs.
 */
const MONEY_UNITS = [
  ...CURRENCY_WORDS.map((word) => (word.startsWith('pound') ? `${word}(?! of)` : word)),
  'cents?|pence|marks?|guineas?|shillings?',
].join('|');
/** Words of a part of a whole after a figure ("90 percent", "2 percentage points"). */
const SHARE_UNITS = `${SHARE_WORDS}|percentage points?`;
/** Units of length written out ("40 metres", "three storeys"). */
const LENGTH_UNITS =
  'metres?|meters?|centimetres?|centimeters?|kilometres?|kilometers?|feet|foot|inches|inch|miles?|yards?|storeys?|stories|floors?';
/**
 * Units of length that "a" or "an" counts one of ("more than a mile", "half a metre", "an inch
 * of rain"), as {@link ONE} does a currency: the indefinite article is the numeral one unstressed
 * (Old English "ān"), and before a unit it states a measure. Not units that are also everyday
 * nouns of places and parts ("a yard", "a floor", "a foot"), where it counts no measure.
 */
const ONE_LENGTH_UNITS = 'mile|metre|meter|kilometre|kilometer|centimetre|centimeter|inch';
/** Units of weight other than the pound, which also counts money ("five pounds"). */
const WEIGHT_ONLY_UNITS = 'tonnes?|tons?|kilograms?|kilos?|grams?|ounces?|hundredweight';
/**
 * Units of weight that "a" or "an" counts one of ("each weighing about a tonne", "half a
 * kilo"), as {@link ONE_LENGTH_UNITS} are of length: the article is the numeral one unstressed.
 * Not the ton, whose "a ton of" is an everyday hyperbole for a lot, nor the pound (money).
 */
const ONE_WEIGHT_UNITS = 'tonne|kilogram|kilo|gram|ounce|hundredweight';
/** Units of weight written out ("310 tonnes", "five pounds"). */
const WEIGHT_UNITS = `${WEIGHT_ONLY_UNITS}|pounds?`;
/**
 * The units of time a span is counted in, the second to the century ("38 minutes", "26
 * years", "a fortnight": two weeks, a unit British English counts in as it does in weeks): a
 * duration, a quantity of its own dimension (answer-type.ts reads how long by them).
 */
export const TIME_UNITS =
  'seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|centuries|century';

/**
 * A number in each dimension, as texts write it. A sum in pence is written with a "p" joined to
 * the figure ("a target price of 300p", "up 4.5p"): British newsroom style for sums under a
 * pound and for share prices.
 */
export const QUANTITY_PATTERNS: Readonly<Record<Dimension, QuantityPattern>> = {
  money: quantityPattern([
    String.raw`${CURRENCY_SIGN}\s?\d`,
    String.raw`\b\d[\d,.]*\s?(?:k|m|bn)?\s?(?:USD|EUR|GBP)\b`,
    String.raw`\b\d[\d.]*p\b`,
    {
      figure: String.raw`\b(?:${NUMBER}|${ONE})${SCALE}`,
      joint: '\\s+',
      unit: String.raw`(?:${MONEY_UNITS})\b`,
    },
  ]),
  share: quantityPattern([
    String.raw`\d\s?%`,
    { figure: String.raw`\b${NUMBER}`, joint: '[- ]', unit: String.raw`(?:${SHARE_UNITS})\b` },
    String.raw`\b(?:half|a third|two thirds|a quarter|three quarters|a fifth|a tenth|one in \w+|\d+ (?:in|out of) (?:every )?\d+)\b`,
  ]),
  length: quantityPattern([
    String.raw`${NOT_A_SUM}\b\d[\d,.]*\s?(?:m|cm|mm|km|ft|in)\b`,
    { figure: String.raw`\b${NUMBER}`, joint: '[- ]', unit: String.raw`(?:${LENGTH_UNITS})\b` },
    { figure: String.raw`\b${ONE}`, joint: '[- ]', unit: String.raw`(?:${ONE_LENGTH_UNITS})\b` },
  ]),
  weight: quantityPattern([
    String.raw`${NOT_A_SUM}\b\d[\d,.]*\s?(?:kg|t|lbs?)\b`,
    { figure: String.raw`\b${NUMBER}`, joint: '[- ]', unit: String.raw`(?:${WEIGHT_UNITS})\b` },
    { figure: String.raw`\b${ONE}`, joint: '[- ]', unit: String.raw`(?:${ONE_WEIGHT_UNITS})\b` },
  ]),
  // "22C", "18°C", "around 20 degrees"; not "degrees of" (of a scale, of freedom).
  temperature: quantityPattern([
    String.raw`\d\s?°`,
    String.raw`\b\d{1,3}(?:\.\d+)?C\b`,
    {
      figure: String.raw`\b${NUMBER}`,
      joint: '[- ]',
      unit: String.raw`degrees?\b(?!\s+(?:of|in)\b)`,
    },
  ]),
  // "70mph", "120 km/h", "40 knots", "fifty miles an hour".
  speed: quantityPattern([
    String.raw`\b\d[\d,.]*\s?(?:mph|km/h|kph)\b`,
    {
      figure: String.raw`\b${NUMBER}`,
      joint: '[- ]',
      unit: String.raw`(?:knots?|(?:miles|kilometres|kilometers) (?:an|per) hour)\b`,
    },
  ]),
};

/**
 * Units of measure a count of which is a measure, by dimension: a unit is a measure noun, and
 * "how many kilometres" asks how far as "how far" does (Quirk et al. 1985, on measure phrases),
 * so a length written in any unit answers it. Only units with no other
 * everyday sense ({@link ONE_LENGTH_UNITS}: not "yards", "floors", "stories"), and not the
 * pound, which also counts money.
 */
const COUNTED_MEASURE_UNITS: ReadonlyArray<[Dimension, RegExp]> = [
  ['length', new RegExp(String.raw`^(?:(?:${ONE_LENGTH_UNITS})(?:e?s)?|feet)$`, 'i')],
  ['weight', new RegExp(String.raw`^(?:${WEIGHT_ONLY_UNITS})$`, 'i')],
];

/**
 * The dimension `word` (a noun "how many" counts, as written) is a unit of, or null: "km" and
 * "kilometres" a length, "tonnes" and "kg" a weight. A unit's symbol and its name are one unit
 * (NIST SP 811; the SI Brochure, 9th edition, chapter 5: a symbol is read as its name), so a
 * symbol is read through fact-units.ts `unitName`.
 *
 * @example
 * countedUnitDimension('km') // 'length'
 * countedUnitDimension('tonnes') // 'weight'
 * countedUnitDimension('stories') // null
 */
export function countedUnitDimension(word: string): Dimension | null {
  const name = unitName(word);
  for (const [dimension, units] of COUNTED_MEASURE_UNITS) if (units.test(name)) return dimension;
  return null;
}

/**
 * A dimension's pattern and its cue: the pattern with the figure of each alternative led by one
 * left out, and the space or hyphen joining it to its unit cut to the last character. A text
 * holding the pattern holds the cue (the same alternative at the same place, or the unit after
 * the figure, read in the same text), so a text the cue does not match is not searched for a
 * figure at every word: a necessary condition tested first, as in {@link MeasureSpan}.
 */
export interface QuantityPattern {
  pattern: RegExp;
  /** A necessary condition of `pattern`'s matching. */
  cue: RegExp;
}

/** An alternative of a quantity's pattern led by a figure ({@link quantityPattern}). */
interface FigureLed {
  figure: string;
  /** What joins the figure to its unit: a space or a hyphen, or any run of white space. */
  joint: '[- ]' | '\\s+';
  unit: string;
}

/** The pattern of the alternatives `alternatives` (case ignored), and its cue. */
function quantityPattern(alternatives: ReadonlyArray<string | FigureLed>): QuantityPattern {
  const source = (cue: boolean) =>
    alternatives
      .map((alternative) =>
        typeof alternative === 'string'
          ? alternative
          : cue
            ? `${alternative.joint === '[- ]' ? '[- ]' : String.raw`\s`}${alternative.unit}`
            : `${alternative.figure}${alternative.joint}${alternative.unit}`,
      )
      .join('|');
  return { pattern: new RegExp(source(false), 'i'), cue: new RegExp(source(true), 'i') };
}

/**
 * The dimension a question asks a quantity in, or null when it names none. "How many" asks
 * for a count whatever else the question says ("how many firms paid no tax").
 */
export function askedDimension(question: string): Dimension | null {
  if (/\bhow many\b/i.test(question)) return null;
  for (const [dimension, cue] of QUESTION_CUES) if (cue.test(question)) return dimension;
  return null;
}

/**
 * Words other than the verbs of change asking how much a quantity changed or differs from
 * another ("how much over budget", "how much extra"; a verb's noun, "how big a raise", is its
 * form: {@link CHANGE_VERB_STEMS}): a share answers that ("12 percent over budget"), where a
 * question asking the quantity itself ("what was the closing price") is answered by the
 * quantity, and a share ("a 20 per cent premium to the closing price") only hints at it.
 */
const DIFFERENCE =
  /\b(?:over|under|more|less|higher|lower|above|below|up|down|extra|reduction|difference|premium|discount|overrun|savings?)\b/i;

/** Every form of the verbs of change (change-verbs.ts), as stems: "how much did fees rise". */
const CHANGE_VERB_STEMS = verbFormStems([...RISING_VERBS, ...FALLING_VERBS, ...CHANGING_VERBS]);

/**
 * True when a question asks how much a quantity changed or differs: a word of {@link
 * DIFFERENCE}, or a form of a verb of change ("rose", "has fallen", "was cut").
 */
export function asksDifference(question: string): boolean {
  if (DIFFERENCE.test(question)) return true;
  const verbs = CHANGE_VERB_STEMS();
  return tokenize(question).some((token) => verbs.has(stem(token.word)));
}

/**
 * A figure with its unit, per kind of quantity, as {@link withoutOtherMeasures} blanks it: the
 * whole span ("$24 million", "38 minutes", "12 per cent"), not only the part that tells the kind.
 * Time is a dimension of its own here: a duration never answers how much, how far or how heavy.
 */
export const MEASURE_SPANS: Readonly<Record<Dimension | 'time', MeasureSpan>> = {
  money: measureSpan(
    MONEY_UNITS,
    String.raw`|${CURRENCY_SIGN}\s?\d[\d,.]*${SCALE}|\b\d[\d,.]*\s?(?:k|m|bn)?\s?(?:USD|EUR|GBP)\b|\b\d[\d.]*p\b`,
  ),
  share: measureSpan(SHARE_UNITS, String.raw`|\d[\d,.]*\s?%`),
  length: measureSpan(LENGTH_UNITS, String.raw`|${NOT_A_SUM}\b\d[\d,.]*\s?(?:m|cm|mm|km|ft|in)\b`),
  weight: measureSpan(WEIGHT_UNITS, String.raw`|${NOT_A_SUM}\b\d[\d,.]*\s?(?:kg|t|lbs?)\b`),
  temperature: measureSpan('degrees?', String.raw`|\d[\d,.]*\s?°\s?[CF]?|\b\d{1,3}(?:\.\d+)?C\b`),
  speed: measureSpan(
    String.raw`knots?|(?:miles|kilometres|kilometers) (?:an|per) hour`,
    String.raw`|\b\d[\d,.]*\s?(?:mph|km/h|kph)\b`,
  ),
  time: measureSpan(TIME_UNITS, ''),
};

/** A figure (perhaps scaled: "two million") before one of `units`, or one of `others`' spans. */
function measureSpan(units: string, others: string): MeasureSpan {
  return {
    span: new RegExp(String.raw`\b(?:${NUMBER}|${ONE})${SCALE}[- ](?:${units})\b${others}`, 'giu'),
    cue: new RegExp(String.raw`[- ](?:${units})\b${others}`, 'iu'),
  };
}

/**
 * A kind of measure's span ({@link measureSpan}) and its cue: the span's pattern with the figure
 * before the unit left out. Every span matches the cue within it (the unit, with the space or
 * hyphen before it and the word boundary after it, read in the same text; or one of the same
 * unit-led alternatives), so a text the cue does not match holds no span, and the span's search,
 * which tries a figure at almost every word ("a", "one", "several" open one), is skipped: a
 * necessary condition tested first, as a code search filters by the literals a pattern requires
 * before it runs the pattern (Cox 2012, "Regular Expression Matching with a Trigram Index"). The
 * result is the same text either way. Measured on the 62,915 State of the Union sentences:
 * `withoutMeasures` took half its CPU time, with the same output for every sentence.
 */
export interface MeasureSpan {
  /** Global: the spans themselves. */
  span: RegExp;
  /** Not global (`test` keeps no position): a necessary condition of `span`'s matching. */
  cue: RegExp;
}

/**
 * `text` with every figure stated in a unit of another kind than `dimension` blanked: money,
 * a share, a length, a weight, a temperature, a speed or a span of time other than the one
 * asked. A quantity has one dimension, and only quantities of one dimension are compared
 * (dimensional homogeneity: Bridgman 1922, "Dimensional Analysis"; the SI brochure, BIPM 2019,
 * §2.3.3), so "took 38 minutes" says nothing of how heavy a gate is, nor "an extra $24
 * million" of what share of a cost is paid. A unit shared by two kinds ("pounds": money and
 * weight) counts as the asked one, and a share is left when money is asked: a share of a sum
 * hints at the sum. A figure with no unit beside it is left: its unit may be stated elsewhere
 * ("weighing 310 each").
 */
export function withoutOtherMeasures(text: string, dimension: Dimension): string {
  let rest = text;
  for (const kind of Object.keys(MEASURE_SPANS) as Array<Dimension | 'time'>) {
    // A share of a sum hints at the sum ("12 per cent over budget"), as answer-type.ts reads it.
    if (kind === dimension || (dimension === 'money' && kind === 'share')) continue;
    const { span: spans, cue } = MEASURE_SPANS[kind];
    if (!cue.test(rest)) continue;
    rest = rest.replace(spans, (span) =>
      kind !== 'time' && holdsDimension(span, dimension) ? span : ' ',
    );
  }
  return rest;
}

/**
 * `text` with every figure stated in a unit of measure blanked ({@link MEASURE_SPANS}: money, a
 * share, a length, a weight, a temperature, a speed, a span of time), except a span that holds
 * one of `kept` (stems: the counted unit of "how many miles"). "How many" asks for the size of
 * a set of things; a measure says how much there is of a continuous quantity on a scale (Quirk
 * et al. 1985 §5.2–5.3, count and non-count; Bridgman 1922 on dimensions), so "$80,000,000" or
 * "4.5 percent" counts no people.
 */
export function withoutMeasures(text: string, kept: ReadonlySet<string>): string {
  let rest = text;
  for (const { span, cue } of Object.values(MEASURE_SPANS)) {
    if (!cue.test(rest)) continue;
    rest = rest.replace(span, (figure) =>
      tokenize(figure).some((token) => kept.has(stem(token.word))) ? figure : ' ',
    );
  }
  return rest;
}

/**
 * A length written as the modifier of a noun ("a 2,000-foot hole", "the ten-metre gates"): English
 * puts a measure before a noun with its unit in the singular (Quirk et al. 1985, on measure
 * phrases premodifying a noun), so a
 * figure with a singular unit other than one's is such a measure. Not a measure of a mass or an
 * extent by "of" ("2.4 kilometres of flood walls") nor one after a verb ("rises 52 metres").
 */
const ATTRIBUTIVE_LENGTH = new RegExp(
  String.raw`${NOT_A_SUM}\b(?:\d[\d,.]*|${NUMBER_WORD_LIST.join('|')})[- ](?:foot|metre|meter|kilometre|kilometer|centimetre|centimeter|inch|mile|yard|storey)\b(?!\s+of\b)`,
  'iu',
);

/** True when `text` states a length as a noun's modifier ({@link ATTRIBUTIVE_LENGTH}). */
export function holdsAttributiveLength(text: string): boolean {
  return ATTRIBUTIVE_LENGTH.test(text);
}

/** True when `text` holds a number in `dimension` ("$4.5 million", "90 per cent", "212m"). */
export function holdsDimension(text: string, dimension: Dimension): boolean {
  const { pattern, cue } = QUANTITY_PATTERNS[dimension];
  return cue.test(text) && pattern.test(text);
}

/**
 * "What did the canal cost", "what will it end up costing", "what did the US pay Russia for
 * Alaska", "what did the director earn last year": "what" is the object of a verb of costing,
 * paying or earning, which takes a sum of money (the wh-word stands for the clause element it
 * questions, Quirk et al. 1985, §6.56; "earn" as WordNet 3.1's earn.v.01, verb.possession,
 * "earn as a salary or wage", takes the sum as its object).
 * Not when the question ends in the verb's preposition ("what did they pay for": a thing
 * bought) or the word is a noun ("the cost of", "the cost increase").
 */
const SUM_OBJECT =
  /\bwhat\s+(?:did|does|do|will|would|could|was|were|is|are|has|have|had)\b(?![^?]*\b(?:for|on|to|with|from)\s*\??\s*$)[^?]*?\b(?<!\b(?:the|a|an|total|final|its|their|about|of|on|in|over)\s+)(?:cost|costs|costing|pay|pays|paid|earn|earns|earned|earning|earnt)\b(?!\s+(?:of|increase|increases|rise|rises|review|overrun|overruns|estimate|estimates|cuts?|savings?|rises?)\b)/i;

/** True when a question of no answer type asks for a sum by its verb ({@link SUM_OBJECT}). */
export function asksSumByVerb(question: string): boolean {
  return SUM_OBJECT.test(question);
}
