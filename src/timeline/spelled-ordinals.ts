/**
 * Days of the month written as ordinal words: "the third of March", "March the third", "the
 * twenty-first of June". Read as the day, as "the 3rd of March" and "March the 3rd" are.
 */

const UNITS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
] as const;
const TEENS = [
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
] as const;

/** Each ordinal word of a day of the month (1 to 31), with its number; compounds hyphenated. */
const ORDINAL_DAYS: ReadonlyMap<string, number> = new Map([
  ...UNITS.map((w, i) => [w, i + 1] as const),
  ...TEENS.map((w, i) => [w, i + 10] as const),
  ['twentieth', 20],
  ...UNITS.map((w, i) => [`twenty-${w}`, i + 21] as const),
  ['thirtieth', 30],
  ['thirty-first', 31],
]);

/**
 * Regex source of an ordinal day word as the named group `ordinal`; a compound may be written
 * with a hyphen, a space or an en dash ("twenty-first", "twenty first"). Longest first.
 */
export const ORDINAL_DAY = String.raw`(?<ordinal>(?:twenty|thirty)[-\s–](?:${UNITS.join('|')})|${[...TEENS, 'twentieth', 'thirtieth', ...UNITS].join('|')})`;

/** The day an ordinal word names ("twenty first": 21), or undefined. */
export function ordinalDay(word: string): number | undefined {
  return ORDINAL_DAYS.get(word.toLowerCase().replace(/[\s–]+/gu, '-'));
}
