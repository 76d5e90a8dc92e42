/**
 * Which four-digit numbers the date rules read as years: 1500 to 2099. One definition, so that
 * detection (detect.ts), spans (spans.ts) and the resolver's test for a written year
 * (resolve.ts) agree on what a year is.
 */

/** Regex source of a year, 1500 to 2099, with no group and no boundary. */
export const YEAR_DIGITS = String.raw`(?:1[5-9]|20)\d{2}`;

/** Regex source of a year as a named group `year`, not followed by a digit or a letter. */
export const YEAR = String.raw`(?<year>${YEAR_DIGITS})(?![\d\p{L}])`;
