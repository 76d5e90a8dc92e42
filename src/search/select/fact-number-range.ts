/**
 * A figure stated as a range of numbers ("between 200 and 300 people", "two to three hundred",
 * "nine or ten homes", "10-15 people"): the report gives bounds, not one value, so a single
 * figure of the other report is no disagreement with it, whether inside the bounds or not
 * (the reporter's range may be an estimate the other's count refines). Read in digits or in
 * words (fact-values.ts `cardinalWordSpans` and its number words), as figures are compared.
 */
import { cardinalWordSpans, NUMBER_WORD_LIST, tallySpans } from './fact-values.js';

/** A number as written: digits (with separators) or one number word. */
const NUMBER = String.raw`(?:\d[\d,.]*|${NUMBER_WORD_LIST.join('|')})`;
/** A scale word after a number ("three hundred"), kept with it. */
const SCALED = String.raw`${NUMBER}(?:\s+(?:hundred|thousand|million|billion))?`;
/**
 * Two numbers as a range's bounds ("between 200 and 300", "two to three hundred", "nine or ten",
 * "10-15"), as a regex source with no groups, to be read with the `u` flag.
 */
export const NUMBER_RANGE = String.raw`\bbetween\s+${SCALED}\s+and\s+${SCALED}\b|(?<![\p{L}\p{N}])${SCALED}\s*(?:to|or|[-–—])\s*${SCALED}(?![\p{L}\p{N}])`;
const RANGE = new RegExp(NUMBER_RANGE, 'iu');

/**
 * True when `text` states a figure as a range of two numbers. A tally ("voted 8-5", "by nine
 * votes to four") is one value, not a range, and is set aside; cardinals of several words ("two
 * hundred and fifty") are read as one number, so their "and" is no range's.
 */
export function statesNumberRange(text: string): boolean {
  const blank = (from: string, spans: Array<{ start: number; end: number }>, by: string) =>
    spans
      .sort((x, y) => y.start - x.start)
      .reduce((flat, { start, end }) => `${flat.slice(0, start)}${by}${flat.slice(end)}`, from);
  const untallied = blank(text, tallySpans(text), ' ');
  return RANGE.test(blank(untallied, cardinalWordSpans(untallied), '0'));
}
