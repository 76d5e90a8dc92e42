/**
 * A figure that counts a part of the figure before it ("In all, 35 homes were flooded, four of
 * them badly"; "Twelve people were hurt, two of whom seriously"): an apposition after a comma,
 * the figure then "of" and a pronoun that points back at what the earlier figure counts. It tells
 * how the counted things divide, not a second measure: read as a part of the first figure, never
 * as a rival to a count in another report (fact-measures.ts `measureOf`).
 */
import type { PositionedValue } from './fact-values.js';

/**
 * The figure (digits or a word) and "of" with a pronoun that points back: personal,
 * demonstrative and relative pronouns are closed classes, so the list is whole.
 */
const OF_THEM = /^[\p{L}\d.,-]+\s+of\s+(?:them|these|those|which|whom)\b/iu;

/** A comma right before the figure: the part stands in an apposition of its own. */
const AFTER_COMMA = /,\s*$/;

/**
 * True when the number at offset `value.at` of `text` counts a part of a figure stated before
 * it in the sentence (`numbers`: the sentence's numbers, fact-values.ts `positioned`).
 */
export function partOfFigure(
  text: string,
  value: PositionedValue,
  numbers: readonly PositionedValue[],
): boolean {
  return (
    numbers.some((other) => other.at < value.at) &&
    AFTER_COMMA.test(text.slice(0, value.at)) &&
    OF_THEM.test(text.slice(value.at))
  );
}
