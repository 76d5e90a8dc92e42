/**
 * A day word inside a capitalised name: "told Cycling Today on Monday", "USA Today reported",
 * "speaking to the BBC's Today programme", "appeared on Tonight". English capitalises the
 * adverbs "today" and "tonight" only at the start of a sentence; one capitalised after a word of
 * its sentence is part of a proper name (an outlet's, a programme's), and no date. Not in a line set in title case ("Council Votes Today On Budget"), where every word is
 * capitalised and the capital says nothing. Kept apart from date-rules.ts, which asks it.
 */

/** A word of four letters or more in lower case: a line that holds one is not in title case. */
const LOWER_CASE_WORD = /(?<![\p{L}'’])\p{Ll}{4,}/u;

/**
 * True when the day word `word`, with the text `before` and `after` it in its sentence (a few
 * dozen characters each), is part of a capitalised name: it starts with a capital, a word
 * stands right before it (not a full stop, quotation mark, bracket, colon or dash, after which a
 * sentence or clause may start), and the words around it are not all capitalised.
 */
export function inCapitalisedName(word: string, before: string, after: string): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  if (!/[\p{L}\d'’]\s+$/u.test(before)) return false;
  return LOWER_CASE_WORD.test(before) || LOWER_CASE_WORD.test(after);
}
