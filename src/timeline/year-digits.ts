/**
 * Which four-digit numbers the date rules read as years: 1500 to 2099. One definition, so that
 * detection (detect.ts), spans (spans.ts) and the resolver's test for a written year
 * (resolve.ts) agree on what a year is. An earlier year (1000 to 1499: "made around 1340") is
 * read only after a word that makes a time of it (date-rules.ts): below 1500 a four-digit
 * number in news text is mostly a count ("1200 homes"), so it is never a year on its own.
 */

/** Regex source of a year, 1500 to 2099, with no group and no boundary. */
export const YEAR_DIGITS = String.raw`(?:1[5-9]|20)\d{2}`;

/** Regex source of a year as a named group `year`, not followed by a digit or a letter. */
export const YEAR = String.raw`(?<year>${YEAR_DIGITS})(?![\d\p{L}])`;

/** Regex source of a year from 1000 to 1499 as a named group `year` (see the module note). */
export const EARLY_YEAR = String.raw`(?<year>1[0-4]\d{2})(?![\d\p{L}])`;
