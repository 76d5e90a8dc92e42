/**
 * An ordinal that places the source a question names in its series: "his first annual message",
 * "Washington's last address", "the second speech". Read only where a word for a source
 * follows it closely (source-match.ts SOURCE_NOUNS): "the first gunboats" places nothing.
 */
import { ordinalDay } from '../../timeline/spelled-ordinals.js';
import { SOURCE_NOUNS } from './source-match.js';

/** Words for the end of a series: the latest of a speaker's or an outlet's articles. */
const LAST = new Set(['last', 'final', 'latest']);

/** Content words that may stand between the ordinal and the source's word ("first annual message", "last state union address"). */
const MAX_WORDS_BETWEEN = 3;

/** An ordinal written in digits: "1st", "2nd", "23rd". */
const DIGIT_ORDINAL = /^(\d{1,2})(?:st|nd|rd|th)$/;

/**
 * The position the question's words (content words in order, lower case, stop words left
 * out) ask for in a series and where the ordinal is: 1 for "first", -1 for "last"; null when no
 * ordinal stands before a word for a source within {@link MAX_WORDS_BETWEEN} words.
 */
export function sourceOrdinal(words: readonly string[]): { ordinal: number; at: number } | null {
  for (let at = 0; at < words.length; at++) {
    const word = words[at] as string;
    const ordinal = LAST.has(word)
      ? -1
      : (ordinalDay(word) ?? Number(DIGIT_ORDINAL.exec(word)?.[1] ?? Number.NaN));
    if (!Number.isInteger(ordinal) || ordinal === 0) continue;
    const after = words.slice(at + 1, at + 2 + MAX_WORDS_BETWEEN);
    if (after.some((next) => SOURCE_NOUNS.has(next) || SOURCE_NOUNS.has(next.replace(/s$/, ''))))
      return { ordinal, at };
  }
  return null;
}
