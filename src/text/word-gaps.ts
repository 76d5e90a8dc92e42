/**
 * Counting a line's words only as far as a rule needs: the line rules that read a short label or
 * name (a section label, an issuer's name, a kicker) see every line of a page, and a page whose
 * paragraphs stand one to a line (plain text exported without wrapping: a speech of 50,000
 * characters on one line) would otherwise be split whole, at each rule, to learn that it has
 * more than three words.
 */

/**
 * True when `text.split(/\s+/)` has at most `most` pieces (the whitespace runs number at most
 * `most - 1`), reading no further than the run that exceeds it. Linear in the prefix read.
 *
 * @example
 * splitsIntoAtMost('Local News', 3) // true
 * splitsIntoAtMost('one two three four', 3) // false
 */
export function splitsIntoAtMost(text: string, most: number): boolean {
  const gap = /\s+/g;
  let pieces = 1;
  while (gap.exec(text) !== null) {
    pieces += 1;
    if (pieces > most) return false;
  }
  return true;
}
