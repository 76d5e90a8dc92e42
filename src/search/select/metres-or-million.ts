/**
 * "m" after a figure is two abbreviations: "million" in money and counts ("£640m", "640m
 * people"; the style of British papers, Guardian and Observer style guide, "m") and the SI
 * symbol of the metre ("a 640m tower"; BIPM, The International System of Units, 9th edition,
 * table 2). Only the context tells: money is always millions; a dimension's word after it
 * ("640m deep", "a 640m-high tower", "640m long"; dimension-words.ts) or another length in the
 * sentence ("a 640m span 2km from the shore") makes it metres; so does a space between the figure
 * and "m" ("within 800 m of the viaduct", "dropped by 1.5 m"): the SI writes a unit's symbol
 * after a space (BIPM, SI Brochure, 9th edition, 5.4.3: "a space is always used to separate the
 * unit from the number"), while the abbreviation of million is closed up to its figure ("£2.4m",
 * "640m people"; Guardian and Observer style guide, "m"; Chicago Manual 9.16 on abbreviations
 * with numerals). Anything else is read as "million", as before.
 */
import { DIMENSION_WORD_AFTER } from './dimension-words.js';
import { CURRENCY_SIGN } from '../../text/notation-words.js';

/** A currency sign right before the figure: money, so "m" is million. */
const MONEY_BEFORE = new RegExp(`${CURRENCY_SIGN}\\s*$`);
/**
 * A length written with another unit of length, anywhere in the text: the SI symbols and names
 * of the kilometre, centimetre and millimetre, metres spelled out, and the imperial lengths.
 */
const OTHER_LENGTH =
  /\d\s*(?:km|cm|mm|kilomet(?:re|er)s?|centimet(?:re|er)s?|millimet(?:re|er)s?|met(?:re|er)s?|feet|foot|ft|miles?|yards?)\b/i;

/**
 * True when "m" right after a figure is the metre: `before` is the text up to the figure,
 * `after` the text after its "m", `text` the whole sentence, `spaced` whether a space stands
 * between the figure and its "m" (see the file header).
 *
 * @example
 * isMetres('The shaft is ', ' deep.', 'The shaft is 640m deep.') // true
 * isMetres('It cost £', ' to build.', 'It cost £640m to build.') // false
 * isMetres('The firm has ', ' users.', 'The firm has 640m users.') // false
 * isMetres('It fell by ', ' overnight.', 'It fell by 1.5 m overnight.', true) // true
 */
export function isMetres(before: string, after: string, text: string, spaced = false): boolean {
  if (MONEY_BEFORE.test(before)) return false;
  return spaced || DIMENSION_WORD_AFTER.test(after) || OTHER_LENGTH.test(text);
}
