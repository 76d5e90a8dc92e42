/**
 * The words that scale or write a figure's notation, defined once: the scale words and their
 * abbreviations with their values ("218 million", "$31m", "5bn"), the words of a share ("per
 * cent"), and the currencies named after an amount ("2.4 million pounds"). The readers of figures
 * (search/select/fact-values.ts), of what a figure counts (fact-measures.ts), of a question's
 * quantity (search/plan/quantity.ts, answer-type.ts) and of a date's look-alikes
 * (timeline/lookalikes.ts) derive their sets and patterns from these tables.
 */

/**
 * Words that multiply the number before them, by value: the scale words of a cardinal (Quirk et
 * al. 1985, 6.63) and "dozen" ("218 million", "two dozen"), and their abbreviations written
 * after digits ("$31m", "5bn", "40k"; {@link SCALE_ABBREVIATIONS}).
 */
export const SCALE_VALUES: ReadonlyMap<string, number> = new Map([
  ['dozen', 12],
  ['hundred', 100],
  ['thousand', 1_000],
  ['k', 1_000],
  ['million', 1_000_000],
  ['m', 1_000_000],
  ['mn', 1_000_000],
  ['billion', 1_000_000_000],
  ['bn', 1_000_000_000],
  ['trillion', 1_000_000_000_000],
]);

/**
 * The abbreviations among {@link SCALE_VALUES}: written only right after digits ("$31m"), never
 * after a number in words, and no scale word of a cardinal in words ("two k" is no number).
 */
export const SCALE_ABBREVIATIONS: ReadonlySet<string> = new Set(['k', 'm', 'mn', 'bn']);

/** The scale words written in full, smallest first ("dozen", "hundred", … "trillion"). */
export const SCALE_WORDS: readonly string[] = [...SCALE_VALUES.keys()].filter(
  (word) => !SCALE_ABBREVIATIONS.has(word),
);

/** {@link SCALE_WORDS} by value. */
export const SCALE_WORD_VALUES: ReadonlyMap<string, number> = new Map(
  SCALE_WORDS.map((word) => [word, SCALE_VALUES.get(word) as number]),
);

/**
 * The scale words whose span after digits is read as the figure's notation ("231 million", as
 * "231m" writes it; fact-values.ts notationWordSpans): the scale words above a dozen and the
 * abbreviations "mn" and "bn". "m" is left out: after digits it may be the metre
 * (search/select/metres-or-million.ts); "dozen" and "k" are left out as they always were.
 */
export const NOTATION_SCALE_WORDS: readonly string[] = [
  ...SCALE_WORDS.filter((word) => word !== 'dozen'),
  'mn',
  'bn',
];

/**
 * The words of a share after its figure, as a regex alternation: "per cent" (with or without its
 * space or a hyphen) and "percent", which write the same value as "%" ("5 per cent", "5%").
 */
export const SHARE_WORDS = String.raw`per[\s-]*cent|percent`;

/**
 * The currency signs written before an amount ("$5", "€2.4m", "£3", "¥100", "₽50"), as the
 * characters of a regex class (none needs escaping inside one). Every sign of
 * {@link NAMED_CURRENCIES} is among them.
 */
export const CURRENCY_SIGNS = '$€£¥₽';

/** Regex source matching one currency sign. */
export const CURRENCY_SIGN = `[${CURRENCY_SIGNS}]`;

/** A currency named in words after an amount: its sign where one is read, and its word forms. */
export interface NamedCurrency {
  /** The sign the amount is read with ("2.4 million pounds" as "£2.4m"); null: read by name. */
  sign: string | null;
  /** The forms of its name, singular and plural, lower case. */
  forms: readonly string[];
}

/**
 * The currencies named after an amount ("40 dollars", "1.2 million euros", "5 million crowns").
 * A currency with no sign here is read by its name, singular.
 */
export const NAMED_CURRENCIES: readonly NamedCurrency[] = [
  { sign: '$', forms: ['dollar', 'dollars'] },
  { sign: '€', forms: ['euro', 'euros'] },
  { sign: '£', forms: ['pound', 'pounds'] },
  { sign: '¥', forms: ['yen'] },
  {
    sign: null,
    forms: [
      'crown',
      'crowns',
      'franc',
      'francs',
      'ruble',
      'rubles',
      'rouble',
      'roubles',
      'kronor',
      'kroner',
      'yuan',
    ],
  },
];

/** The forms of every currency's name in {@link NAMED_CURRENCIES}. */
export const CURRENCY_WORDS: readonly string[] = NAMED_CURRENCIES.flatMap((c) => c.forms);
