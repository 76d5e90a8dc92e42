/**
 * A date in the second sentence of a quote whose first sentence has a date of its own: "The
 * agency had issued a flood warning on Friday. It was not clear last night whether the group had
 * seen it." The quote holds the sentence before because the date's sentence leans on it ("It":
 * events.ts `sentenceQuote`), but a date is an adjunct of its own clause's verb (Quirk et al.
 * 1985, 8.13 on adjuncts as clause elements), and a sentence is the largest unit whose clauses a
 * date can govern: "last night" dates the not knowing, not the warning, which the first
 * sentence dates itself. Shown with no note, the quote would read as the warning's on the second
 * date; the note names the sentence its date is of, up to the date, as a relative clause's note
 * does (relative-clause.ts).
 */

/**
 * The words of the date's own sentence from its start to the end of the date, when `quote`
 * holds an earlier sentence (`earlierDated`: one with a date of its own) before `sentence`;
 * null otherwise.
 *
 * @param quote the quote as shown
 * @param sentence the date's sentence, a span of `quote`
 * @param end offset just after the date in `sentence`
 * @param earlierDated whether a sentence of the quote before `sentence` has a date of its own
 */
export function ownSentenceOf(
  quote: string,
  sentence: string,
  end: number,
  earlierDated: boolean,
): string | null {
  if (!earlierDated) return null;
  const at = quote.lastIndexOf(sentence);
  if (at <= 0) return null;
  return sentence.slice(0, end);
}
