/**
 * A timeline note naming the words whose date a quote gives ("the date of “last month's pay
 * deal”") is the bot's own claim about the quote: true only when those words are the quote's,
 * as written. Rules read a date's words by offsets into its sentence; words taken at offsets
 * into another string (the quote with a sentence before it) are not the quote's.
 */

/**
 * The note's words, checked to be a verbatim span of the quote they annotate.
 *
 * @param quote the quote as shown (one sentence or more of the article)
 * @param words the words the note quotes
 * @returns `words`, unchanged
 * @throws Error when `words` is not a span of `quote`: a rule read offsets into another string
 */
export function verbatimNote(quote: string, words: string): string {
  if (words.length === 0 || !quote.includes(words))
    throw new Error(`timeline note "${words}" is not a span of its quote "${quote}"`);
  return words;
}
