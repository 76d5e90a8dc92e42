/**
 * What a year written in prose is: a four-digit number from 1500 to 2099, with no comma. One
 * definition, so that the date rules (timeline/), the question's readers (engine/, search/plan/)
 * and the fact readers (search/select/) agree on which numbers are years.
 *
 * - Written as figures: Chicago Manual of Style (17th ed.) §9.31–9.34 writes years as numerals,
 *   and news style (AP Stylebook, "numerals"; Chicago §9.55) sets off thousands with a comma in
 *   every number but a year's, so "1,600 homes" is a count and a four-digit run without a comma
 *   is most often a year.
 * - The range: the corpora this bot reads are published from 1790 (the State of the Union
 *   addresses) to now, and their prose names years of history back to the sixteenth century
 *   and plans up to the end of this one ("by 2050", "the 2099 horizon"). Below 1500 a four-digit
 *   number in news text is mostly a count ("1200 homes", "about 1000 people"), so it is a year
 *   only after a word that makes a time of it ({@link EARLY_YEAR_DIGITS}: "made around 1340",
 *   timeline/date-rules.ts); from 2100 on it is a count or a code ("2150 staff", "room 2100").
 *
 * Not a year in prose, and not read here: a date in ISO 8601 form ("2026-03-04", a format:
 * text/dates.ts), a four-digit field of a header or a message code (corpus/), or a year of a
 * page's furniture (a copyright notice's, corpus/copyright.ts).
 */

/** Regex source of a year, 1500 to 2099, with no group and no boundary. */
export const YEAR_DIGITS = String.raw`(?:1[5-9]|20)\d{2}`;

/**
 * Regex source of a year from 1000 to 1499, with no group and no boundary: a year only after a
 * word that makes a time of it (see the module note).
 */
export const EARLY_YEAR_DIGITS = String.raw`1[0-4]\d{2}`;

/**
 * The words of time before which a number from 1000 to 1499 is a year ("in 1066", "since 1215",
 * "around 1340"; timeline/date-rules.ts adds "c."): not "by", "of", "from", "before" or "after",
 * before which such a number is as often a count ("rose by 1200", "of 1200 homes").
 */
export const EARLY_YEAR_WORDS: readonly string[] = [
  'in',
  'since',
  'until',
  'till',
  'during',
  'throughout',
  'around',
  'circa',
];

/** Regex source of a decade's year, 1500 to 2090 ("the 1990s" is {@link DECADE_DIGITS} + "s"). */
export const DECADE_DIGITS = String.raw`(?:1[5-9]|20)\d0`;

/**
 * Regex source of a decade as prose names one: "the 1990s" (a decade's year, {@link
 * DECADE_DIGITS}, and "s"), "the '90s". A period of ten years named as a whole: a date of that
 * granularity (ISO-TimeML 2012 values a decade as "199"). Not "in her 70s", an age.
 */
export const DECADE = String.raw`\b${DECADE_DIGITS}s\b|['’]\d0s\b`;

/** Regex source of a year as a named group `year`, not followed by a digit or a letter. */
export const YEAR = String.raw`(?<year>${YEAR_DIGITS})(?![\d\p{L}])`;

/** Regex source of a year from 1000 to 1499 as a named group `year` (see the module note). */
export const EARLY_YEAR = String.raw`(?<year>${EARLY_YEAR_DIGITS})(?![\d\p{L}])`;

const YEAR_WORD = new RegExp(`^${YEAR_DIGITS}$`);
const EARLY_YEAR_WORD = new RegExp(`^${EARLY_YEAR_DIGITS}$`);

/**
 * True when `word` (one token, as written or folded) is a year in prose: four digits, 1500 to
 * 2099; 1000 to 2099 when `before`, the word right before it, is one of {@link EARLY_YEAR_WORDS}
 * (any case).
 *
 * @example
 * isYear('1838') // true
 * isYear('1200') // false: a count on its own
 * isYear('1200', 'in') // true: "in 1200"
 * isYear('1200', 'by') // false: "rose by 1200"
 * isYear('2150') // false
 */
export function isYear(word: string, before?: string): boolean {
  return (
    YEAR_WORD.test(word) ||
    (before !== undefined &&
      EARLY_YEAR_WORDS.includes(before.toLowerCase()) &&
      EARLY_YEAR_WORD.test(word))
  );
}
