/**
 * "Next" as an adverb of sequence: "where is the probe headed next", "what will the council do
 * next?". Standing last in its clause, with no noun after it, it says "after this", not a time
 * ("next month", where it is a determiner of the noun after it) nor a place ("next to"), so a
 * passage need not write it: matching it to a "next month" elsewhere is no evidence. Like the
 * words naming the answer's kind (answer-type.ts `framing`), it frames what is asked.
 */
import type { Token } from '../../text/terms.js';

/** What may follow an adverb that ends its clause: nothing, or punctuation and spaces. */
const CLAUSE_END = /^[\s?!.,;:)"'”’]*$/u;

/**
 * True when token `i` of `tokens` (all of `text`'s) is "next" ending its clause: nothing but
 * punctuation between it and the next word or the question's end, and that punctuation ends the
 * clause (any of {@link CLAUSE_END} but spaces alone).
 *
 * @example
 * const q = "where's the mothership headed next";
 * isSequenceAdverb(q, tokenize(q), 4) // true ("next" is the fifth token)
 */
export function isSequenceAdverb(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (token?.word !== 'next') return false;
  const after = text.slice(token.end, tokens[i + 1]?.start ?? text.length);
  return CLAUSE_END.test(after) && (tokens[i + 1] === undefined || /[^\s]/u.test(after));
}
