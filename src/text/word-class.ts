/**
 * Patterns built from a closed list of words, so a rule that reads a closed class (the
 * auxiliaries: auxiliaries.ts; the determiners: determiners.ts) names the class rather than
 * writing its members out again.
 */

/**
 * The words `words` as a regular expression alternation, without a group: "the|a|an". Each word
 * is written as it is spelt (letters and an apostrophe: nothing to escape).
 *
 * @example anyOf(['the', 'a']) // 'the|a'
 */
export function anyOf(words: readonly string[]): string {
  return words.join('|');
}

/**
 * {@link anyOf} with each word's first letter in either case, the rest as written, for a
 * case-sensitive regular expression that must still take a capitalised word ("Spring",
 * "By The End Of May") without taking a lower-case word for a name.
 *
 * @example anyOfAnyInitial(['end', 'time']) // '[Ee]nd|[Tt]ime'
 */
export function anyOfAnyInitial(words: readonly string[]): string {
  return words.map((word) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`).join('|');
}

/**
 * A test for one whole word among `words`, ignoring case: `^(?:the|a)$` with the `iu` flags.
 *
 * @example wordIn(['the', 'a']).test('The') // true
 */
export function wordIn(words: readonly string[]): RegExp {
  return new RegExp(`^(?:${anyOf(words)})$`, 'iu');
}
