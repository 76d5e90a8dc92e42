/**
 * A figure stated as a range of numbers ("between 200 and 300 people", "two to three hundred",
 * "nine or ten homes", "10-15 people"): the report gives bounds, not one value, so a single
 * figure of the other report is no disagreement with it, whether inside the bounds or not
 * (the reporter's range may be an estimate the other's count refines). Read in digits or in
 * words (fact-values.ts `cardinalWordSpans` and its number words), as figures are compared.
 */
import { cardinalWordSpans, NUMBER_WORD_LIST, tallySpans } from './fact-values.js';
import { SCALE_WORDS } from '../../text/notation-words.js';

/** A number as written: digits (with separators) or one number word. */
const NUMBER = String.raw`(?:\d[\d,.]*|${NUMBER_WORD_LIST.join('|')})`;
/** A scale word after a number ("three hundred"), kept with it. */
const SCALED = String.raw`${NUMBER}(?:\s+(?:${SCALE_WORDS.join('|')}))?`;
/** "between" two numbers and "and" ("between 200 and 300"). */
const BETWEEN = String.raw`between\s+${SCALED}\s+and\s+${SCALED}`;
/** Two numbers joined by "to", "or" or a dash ("two to three hundred", "nine or ten", "10-15"). */
const SPAN = String.raw`${SCALED}\s*(?:to|or|[-–—])\s*${SCALED}`;
/**
 * Two numbers as a range's bounds, as a regex source with no groups and no bounds of its own:
 * a caller reads it where its context already starts and ends the words ("lasted 20 to 30
 * minutes"). Needs no `u` flag, which would slow a pattern tried on every sentence.
 */
export const NUMBER_RANGE = String.raw`(?:${BETWEEN}|${SPAN})`;
/** A range standing alone: not inside a word or a longer figure ("A4-5"). */
const RANGE = new RegExp(String.raw`\b${BETWEEN}\b|(?<![\p{L}\p{N}])${SPAN}(?![\p{L}\p{N}])`, 'iu');

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
