/**
 * Years a question gives as the time of the event it asks about, not as the date of its
 * source. A prepositional phrase of time ("in 1942", "during March 1943", "since 1849") is a
 * time adjunct of the clause it stands in (Quirk et al. 1985, §8.51): it dates the clause's
 * event. Where the question attributes that clause to a source after it ("… in 1942 according
 * to Vane", "… in 1946 per Tabb": a preposition of attribution, Quirk et al. 1985, §9.64), the
 * clause is what the source reports and the year is its event's, which the report follows: a
 * speech telling what "we produced in 1942" may be the next year's. Such a year names no one
 * article; it bounds the source's date from below (plan/source-match.ts `matchSources`
 * `notBefore`) and stays one of the question's words, which the passage telling the event
 * often writes. A year after the attribution ("according to Vane in 1942"), or with no
 * attribution ("what did Vane propose in 1961": the speaker's own act, the speech), still
 * names the source as before.
 */
import { MONTHS } from '../../text/months.js';
import type { Token } from '../../text/terms.js';
import { isYear } from '../../text/year.js';

/** Prepositions that begin a time adjunct of position or span before a year (folded). */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(
  'in during since before after until till through throughout from between by on'.split(' '),
);

/** Words a time adjunct may hold between its preposition and the year: a month, a day, a part. */
const isDateWord = (word: string) =>
  /^\d{1,2}$/.test(word) ||
  /^(?:early|late|mid|the)$/.test(word) ||
  MONTHS.has(word.charAt(0).toUpperCase() + word.slice(1));

/** Index of the first attribution ("according to", "per") at or after `from`, or -1. */
function attributionFrom(tokens: readonly Token[], from: number): number {
  for (let i = from; i < tokens.length; i++) {
    const word = tokens[i]!.word;
    if (word === 'per' || (word === 'according' && tokens[i + 1]?.word === 'to')) return i;
  }
  return -1;
}

/**
 * The year tokens of `tokens` (a question's, in order, stop words included, folded) that date
 * the event of a clause the question attributes to a source after it (see the module comment).
 *
 * @example
 * eventYearTokens(tokenize('how many planes did we build in 1942 according to vane')) // "1942"
 * eventYearTokens(tokenize('how many planes did vane want in 1942')) // none
 */
export function eventYearTokens(tokens: readonly Token[]): Set<Token> {
  const found = new Set<Token>();
  tokens.forEach((token, i) => {
    if (!isYear(token.word, tokens[i - 1]?.word)) return;
    let at = i - 1;
    while (at >= 0 && isDateWord(tokens[at]!.word)) at -= 1;
    if (at < 0 || !TIME_PREPOSITIONS.has(tokens[at]!.word)) return;
    if (attributionFrom(tokens, i + 1) >= 0) found.add(token);
  });
  return found;
}
