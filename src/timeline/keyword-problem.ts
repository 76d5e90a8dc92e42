/**
 * A `/timeline` keyword that cannot be looked for as typed. The keyword is matched as words (at
 * a word start, any form: query.ts), so punctuation before a word is not part of what is looked
 * for: a search engine's minus before a word ("-strike", to leave it out) would silently find the
 * word itself, the opposite of what it asks; and a keyword with no letter or digit names no word
 * at all. Both are refused with a sentence saying so.
 */

/** A word written with a minus before it: "-strike", "- pay deal" (not "-30", a number). */
const MINUS_WORD = /^-\s*(\p{L}.*)$/su;
/** A letter or digit: a keyword without one names no word. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Why a keyword (trimmed) cannot be looked for as typed, as one line starting with `option`
 * (the keyword's option as the caller names it: "keyword" for the bot, "--keyword" for the
 * CLI) and a colon, or null when it can.
 *
 * @example
 * keywordProblem('-strike') // "keyword: '-strike' starts with '-', which does not leave a word out here: …"
 * keywordProblem('...') // "keyword: '...' has no letter or digit, so it names no word to look for"
 * keywordProblem('-30') // null: a number
 */
export function keywordProblem(keyword: string, option = 'keyword'): string | null {
  const words = MINUS_WORD.exec(keyword)?.[1];
  if (words !== undefined)
    return `${option}: '${keyword}' starts with '-', which does not leave a word out here: the timeline keeps the entries whose quotes contain the keyword; give the word alone ('${words}') to keep those`;
  if (!WORD_CHARACTER.test(keyword))
    return `${option}: '${keyword}' has no letter or digit, so it names no word to look for`;
  return null;
}
