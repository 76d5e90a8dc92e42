/**
 * A number is the same word whether spelt out or written in figures: "six piles" and "6 piles"
 * count the same. News style spells out small numbers in running text and uses figures for the
 * rest (AP Stylebook, "numerals": one to nine spelt out, 10 and above in figures; the Guardian
 * and Observer style guide, "numbers", likewise), while headlines, lists and tables use figures
 * throughout, so one count is often written both ways in the same coverage. A question's number
 * matches its other form as an alias, the way an irregular inflection does.
 */
import { NUMBER_WORD_VALUES } from '../select/fact-values.js';

/** Figures by value, for the exact counts fact-values.ts writes as words ("6" → "six"). */
const WORD_OF_FIGURE: ReadonlyMap<string, string> = new Map(
  [...NUMBER_WORD_VALUES].map(([word, value]) => [String(value), word]),
);

/**
 * The other written form of a number (folded): the figures of an exact count in words, the word
 * of a figure; none for any other word. "One" has none: it is as often a pronoun.
 *
 * @example otherNumberForm('six') // '6'
 * @example otherNumberForm('40') // 'forty'
 */
export function otherNumberForm(word: string): string | undefined {
  const value = NUMBER_WORD_VALUES.get(word);
  return value !== undefined ? String(value) : WORD_OF_FIGURE.get(word);
}
