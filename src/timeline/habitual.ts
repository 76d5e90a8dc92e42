/**
 * Generic statements: "September is usually our best month after August", "the ferry typically
 * stops in October". A habitual adverb with a verb in the present says what holds year after
 * year, so a date without a year in that clause names a month (or day) of every year, not an
 * event, as "every October" does. A past habitual ("rosters routinely broke the rules from June
 * to September") tells what happened over a stated time, and that time stays dated.
 */
import { isPastWord } from './tense.js';
import { clauseAround } from './clause.js';

/**
 * Adverbs of usual frequency (the "usuality" adverbs of descriptive grammars: always, usually,
 * normally, typically, often…); "never" and "sometimes" are left out, as they as often deny or
 * qualify a single event, and so is "generally", as often "widely" ("warnings were generally
 * given").
 */
const HABITUAL =
  /\b(?:usually|typically|normally|traditionally|customarily|habitually|invariably|always|often|frequently|routinely|regularly|rarely|seldom)\b/giu;

/** A present-tense auxiliary or copula just before the adverb: "is usually", "has always". */
const PRESENT_BEFORE = /^(?:is|are|am|does|do|has|have|tends?)$/iu;
/** A past auxiliary or copula just before it: "was usually", "had always". */
const PAST_BEFORE = /^(?:was|were|had|did|used)$/iu;

const wordsOf = (text: string): string[] => text.match(/[\p{L}'’]+/gu) ?? [];

/**
 * True when the date at `start`–`end` of `sentence` lies in a clause that states a habit in the
 * present: a habitual adverb whose verb is not in the past (a present auxiliary up to two words
 * before it, or no past auxiliary there and no past verb next to it). Only meaningful for a date with no
 * year of its own: "The fair is usually held in August, as it was in 2019" keeps its 2019.
 *
 * @param sentence the sentence
 * @param start offset of the date in the sentence
 * @param end offset just after the date
 */
export function inHabitualClause(sentence: string, start: number, end: number): boolean {
  const clause = clauseAround(sentence, start, end);
  for (const m of clause.matchAll(HABITUAL)) {
    // The verb group: up to two words before the adverb ("was very often", "has almost always").
    const before = wordsOf(clause.slice(0, m.index)).slice(-2).reverse();
    const after = wordsOf(clause.slice(m.index + m[0].length))[0] ?? '';
    const auxiliary = before.find((w) => PRESENT_BEFORE.test(w) || PAST_BEFORE.test(w));
    if (auxiliary !== undefined) {
      if (PRESENT_BEFORE.test(auxiliary)) return true;
      continue;
    }
    if (isPastWord(before[0] ?? '') || isPastWord(after)) continue;
    return true;
  }
  return false;
}
