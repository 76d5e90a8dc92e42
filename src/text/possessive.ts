/**
 * A word written as a possessive: ending in "'s" ("Holt's", "Holt’s": tokenize keeps the ending
 * in the word's span, text/terms.ts), or with an apostrophe right after it (a plural's: "the
 * fishers'").
 */

/**
 * True when the word at `token` (offsets in `text`) is a possessive.
 *
 * @example isPossessive("the fishers' boats", { start: 4, end: 11 }) // true
 */
export function isPossessive(text: string, token: { start: number; end: number }): boolean {
  return (
    /['’]s$/iu.test(text.slice(token.start, token.end)) || /^['’]/u.test(text.slice(token.end))
  );
}
