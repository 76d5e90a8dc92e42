/**
 * Numbers a question gives as the length of what it asks about, never as the date of a source
 * (plan/source-match.ts reads a year, or two digits beside a speaker's name, as the year of that
 * speaker's article: "Nixon in 71"). A number right before a unit of time counts that unit
 * ("100,000 teachers over 10 years": ten years, not the speaker's 2010 address), as a span is
 * counted in text (answer-type.ts `TIME_UNITS`); a year is never followed by one. The number
 * stays one of the question's words: only the source is not named by it.
 */
import type { Token } from '../../text/terms.js';
import { TIME_UNITS } from './answer-type.js';

/** A unit of time as a whole word (folded). */
const TIME_UNIT = new RegExp(`^(?:${TIME_UNITS})$`);

/**
 * The number tokens of `tokens` (a question's, in order, stop words included) that count a unit
 * of time, the word right after them, and so date no source.
 *
 * @example
 * eventTimeNumbers(tokenize('how many teachers over 10 years did Vane want')) // the "10" token
 */
export function eventTimeNumbers(tokens: readonly Token[]): Set<Token> {
  const found = new Set<Token>();
  tokens.forEach((token, i) => {
    if (/^\d+$/.test(token.word) && TIME_UNIT.test(tokens[i + 1]?.word ?? '')) found.add(token);
  });
  return found;
}
