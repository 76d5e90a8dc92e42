/**
 * What fact-relation.ts `mayDisagree`, the cheap test that spares "sources differ" the full
 * comparison, reads of one passage beside its content terms, as bits: whether it states one
 * count, a count of nought in words, a sum of money, one tally, a date with its year, a group's
 * size, or a correction of who acted. Each depends on the passage alone; read once per passage
 * (and saved per sentence at index build, with its terms: search-index.ts `factTerms`), the test
 * of a pair reads no text and needs neither passage analysed, and most pairs a question tests
 * stop there (some two in five of the sentences "sources differ" tested on the State of the
 * Union corpus, session 32, were analysed for that test alone).
 */
import { holdsContrast } from './fact-contrast.js';
import type { FactValues } from './fact-values.js';

/** One count stated, counting a count of nought in words ("None was hurt") as one. */
const ONE_COUNT = 1;
/** A count of nought in words. */
const ZERO = 2;
/** A correction of who acted ("The council, not Wenn Water, issued …": fact-contrast.ts). */
const CONTRAST = 4;
/** A sum of money. */
const MONEY = 8;
/** May give a group's size (fact-group-size.ts `maySizeGroup`). */
const GROUP_SIZE = 16;
/** One tally stated (a vote counted: fact-tallies.ts). */
const ONE_TALLY = 32;
/** A date with its year. */
const YEAR_DATE = 64;

/**
 * The sketch bits of a passage of `text`, whose values are `values` and which may give a group's
 * size when `sizesGroup` (at most 127: one byte per sentence saved).
 */
export function sketchOf(text: string, values: FactValues, sizesGroup: boolean): number {
  let counts = 0;
  let tallies = 0;
  let money = false;
  for (const value of values.positioned)
    if ('number' in value) {
      counts += 1;
      if (value.kind === 'tally') tallies += 1;
      if (value.kind === 'money') money = true;
    }
  let yearDate = false;
  for (const date of values.dates) if (date.year !== null) yearDate = true;
  return (
    (counts + values.zeros.length === 1 ? ONE_COUNT : 0) |
    (values.zeros.length > 0 ? ZERO : 0) |
    (holdsContrast(text) ? CONTRAST : 0) |
    (money ? MONEY : 0) |
    (sizesGroup ? GROUP_SIZE : 0) |
    (tallies === 1 ? ONE_TALLY : 0) |
    (yearDate ? YEAR_DATE : 0)
  );
}

/** One count stated, a count of nought in words included. */
export const statesOneCount = (sketch: number): boolean => (sketch & ONE_COUNT) !== 0;
/** A count of nought in words stated. */
export const statesZero = (sketch: number): boolean => (sketch & ZERO) !== 0;
/** A correction of who acted. */
export const statesContrast = (sketch: number): boolean => (sketch & CONTRAST) !== 0;
/** A sum of money stated. */
export const statesMoney = (sketch: number): boolean => (sketch & MONEY) !== 0;
/** May give a group's size. */
export const statesGroupSize = (sketch: number): boolean => (sketch & GROUP_SIZE) !== 0;
/** One tally stated. */
export const statesOneTally = (sketch: number): boolean => (sketch & ONE_TALLY) !== 0;
/** A date with its year stated. */
export const statesYearDate = (sketch: number): boolean => (sketch & YEAR_DATE) !== 0;
