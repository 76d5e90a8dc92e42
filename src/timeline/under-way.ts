/**
 * A month or season the sentence says is under way: "the summer season now under way", "during
 * the winter, which is already under way", "the spring, now under way". "Under way" is said of
 * what has begun and is not over (Merriam-Webster: "in motion, in progress"); said in the
 * present, at the time of writing. So the period holds the time of writing: neither wholly
 * ahead of it nor past (events.ts `ongoing`), and a yearless one is the one that holds it
 * (resolve.ts). Not "then under way" or "under way at the time", which are a past's.
 */

/**
 * Right after the date: an optional "season", an optional comma and "which is" or "that is", a
 * few adverbs of the present (not "then"), then "under way" (or "underway"), not followed by a
 * past's time.
 */
const UNDER_WAY_AFTER =
  /^(?:\s+season)?,?\s+(?:(?:which|that)\s+(?:is|['’]s)\s+)?(?:(?:now|already|well|currently|fully)\s+)*under\s?way\b(?!\s+(?:at\s+the\s+time|then)\b)/iu;

/**
 * True when the date ending at `end` of `sentence` is said to be under way at the time of
 * writing (see the file header).
 *
 * @example
 * statedUnderWay('Dredging stops for the summer, now under way.', 29) // true
 * statedUnderWay('Dredging stopped in the summer, then under way.', 29) // false
 */
export function statedUnderWay(sentence: string, end: number): boolean {
  return UNDER_WAY_AFTER.test(sentence.slice(end));
}
