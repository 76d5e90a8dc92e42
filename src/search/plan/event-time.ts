/**
 * Numbers a question gives as the time or length of what it asks about, never as the date of a
 * source (plan/source-match.ts reads a year, or two digits beside a speaker's name, as the year
 * of that speaker's article: "Nixon in 71"). Two readings leave a number to the event:
 * - before a unit of time it counts that unit ("100,000 teachers over 10 years": ten years, not
 *   the speaker's 2010 address), as a span is counted in text (answer-type.ts `TIME_UNITS`);
 * - after a preposition that bounds a time ("by 2000", "before 1900", "since 1990", "until
 *   2010") it is the bound of the act asked about: a goal set for 2000 was set earlier, and the
 *   address that set it is not the 2000 one. A source is dated by when it was written ("the 1997
 *   address", "Clinton in 1997"), never by the bound of what it tells.
 * The number stays one of the question's words: only the source is not named by it.
 */
import type { Token } from '../../text/terms.js';
import { TIME_UNITS } from './answer-type.js';

/** A unit of time as a whole word (folded). */
const TIME_UNIT = new RegExp(`^(?:${TIME_UNITS})$`);

/** Prepositions that set a bound on a time: what happens by, before, after, since or until it. */
const TIME_BOUNDS: ReadonlySet<string> = new Set([
  'by',
  'before',
  'after',
  'since',
  'until',
  'till',
]);

/** Words that may stand between a bounding preposition and its year: "by the year 2000". */
const YEAR_WORDS: ReadonlySet<string> = new Set(['the', 'year']);

/**
 * The number tokens of `tokens` (a question's, in order, stop words included) that time the
 * event asked about rather than date a source: one right before a unit of time, or one after a
 * preposition bounding a time (with "the year" between or not).
 *
 * @example
 * eventTimeNumbers(tokenize('how many teachers over 10 years did Vane want')) // the "10" token
 * eventTimeNumbers(tokenize('who did Clinton want off welfare by 2000')) // the "2000" token
 */
export function eventTimeNumbers(tokens: readonly Token[]): Set<Token> {
  const found = new Set<Token>();
  tokens.forEach((token, i) => {
    if (!/^\d+$/.test(token.word)) return;
    if (TIME_UNIT.test(tokens[i + 1]?.word ?? '')) found.add(token);
    let j = i - 1;
    while (j >= 0 && YEAR_WORDS.has(tokens[j]!.word)) j -= 1;
    if (j >= 0 && TIME_BOUNDS.has(tokens[j]!.word)) found.add(token);
  });
  return found;
}
