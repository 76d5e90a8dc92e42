/**
 * Words the date rules read: month names and their news abbreviations, weekdays, seasons.
 * Month and weekday names must be capitalised, which is what keeps "continue to march weekly"
 * and "may" the verb out of the timeline.
 */
import type { Season } from './calendar.js';

/** Month number by spelling (full names and AP-style abbreviations, with or without a dot). */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['January', 1],
  ['Jan', 1],
  ['February', 2],
  ['Feb', 2],
  ['March', 3],
  ['Mar', 3],
  ['April', 4],
  ['Apr', 4],
  ['May', 5],
  ['June', 6],
  ['Jun', 6],
  ['July', 7],
  ['Jul', 7],
  ['August', 8],
  ['Aug', 8],
  ['September', 9],
  ['Sept', 9],
  ['Sep', 9],
  ['October', 10],
  ['Oct', 10],
  ['November', 11],
  ['Nov', 11],
  ['December', 12],
  ['Dec', 12],
]);

/** Weekday number (0 Sunday) by name. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['Sunday', 0],
  ['Monday', 1],
  ['Tuesday', 2],
  ['Wednesday', 3],
  ['Thursday', 4],
  ['Friday', 5],
  ['Saturday', 6],
]);

/** Season by name, lower-cased. */
export const SEASONS: ReadonlyMap<string, Season> = new Map([
  ['spring', 'spring'],
  ['summer', 'summer'],
  ['autumn', 'autumn'],
  ['fall', 'autumn'],
  ['winter', 'winter'],
]);

/** Regex source matching a month name or abbreviation (abbreviations may end in a dot). */
export const MONTH_RE = `(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)`;

/** Regex source matching a weekday name. */
export const WEEKDAY_RE = `(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;

/** Month number of a matched month token ("Sept." → 9). */
export function monthNumber(token: string): number | undefined {
  return MONTHS.get(token.replace(/\.$/, ''));
}

/** Words that carry no event content: skipped when comparing what two quotes are about. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be been before being below
between both but by can could did do does doing down during each even few for from further had has
have having he her here hers him his how i if in into is it its itself just last like made make many
may me might more most much must my next no nor not now of off on once only or other our out over own
per said same say says she should since so some such than that the their them then there these they
this those through to too under until up upon very was we were what when where which while who whom
why will with within would year years month months week weeks day days yet you your`
    .split(/\s+/)
    .filter(Boolean),
);
