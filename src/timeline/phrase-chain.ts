/**
 * Chains of prepositional phrases before a date: "approved at the meeting of the council's
 * cabinet in the town hall on Thursday". Each phrase is an adjunct or a complement of the one
 * before it, and the whole chain hangs from the clause's verb (Quirk et al. 1985, 9.1–9.6, on
 * prepositional phrases as postmodifiers and adjuncts), so the verb that governs the date lies
 * before the chain however long it is. The tense rules look that far back, not only a fixed
 * number of words.
 */
import { PREPOSITION } from './preposition.js';
import { markerAt } from './tense-markers.js';

/** A noun's genitive: "farm's", "farms'". */
const GENITIVE = /\p{L}(?:['’]s|s['’])$/iu;
/**
 * The most words a noun phrase between two prepositions of a chain may hold, counting a genitive
 * and the phrase it determines apart.
 */
const MAX_PHRASE_WORDS = 6;
/** The most words a chain is followed back over: a bound on the cost and on the reach. */
const MAX_CHAIN_WORDS = 30;

/**
 * Where the chain of prepositional phrases that ends right before a date starts among `before`
 * (the words before the date, the last of them its own preposition, as in "… on"): the index of
 * its first preposition, or `before.length` when the words before the date are no such chain. The
 * chain stops at a tense marker or a clause break (a verb or a new clause), at a noun phrase of
 * more than {@link MAX_PHRASE_WORDS} words, and after {@link MAX_CHAIN_WORDS} words.
 */
export function chainStart(before: readonly string[]): number {
  let start = before.length;
  let phrase = 0;
  const stop = Math.max(0, before.length - MAX_CHAIN_WORDS);
  for (let i = before.length - 1; i >= stop; i--) {
    if (markerAt(before, i) !== null) break;
    if (PREPOSITION.test(before[i] as string)) {
      start = i;
      phrase = 0;
    } else if (GENITIVE.test(before[i] as string)) {
      // "the Skerrow offshore wind farm's cable landing": a genitive is the determiner of the
      // noun phrase after it (Quirk et al. 1985, 5.115–5.118), so the words after it are a phrase
      // of their own and the genitive's words another.
      phrase = 0;
    } else if (++phrase > MAX_PHRASE_WORDS) break;
  }
  return start;
}
