/**
 * A day's market record dated by its day: "a premium of 20 per cent to the closing price on
 * Friday", "the close on Friday". A closing price exists only once that day's trading is over,
 * so the day is behind the time of writing whatever the clause's verb puts ahead ("will pay …
 * a premium to the closing price on Friday" offers now against last Friday's price).
 */

/** The record a day dates, with its determiner and "on": "the closing price on", "the close on". */
const CLOSING_RECORD =
  /(?:^|\s)(?:the|its|their)\s+(?:closing\s+(?:share\s+)?prices?|close)\s+on$/iu;

/**
 * True when the words before a date (`before`, as tense.ts reads them) end with a closing price
 * and "on": "… to the closing price on" (see the module note).
 */
export function datesClosingRecord(before: readonly string[]): boolean {
  return CLOSING_RECORD.test(before.slice(-5).join(' '));
}
