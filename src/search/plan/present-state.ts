/**
 * Questions that ask for the present state of something ("how many are now in hospital?",
 * "what is the latest death toll?", "how many have been arrested so far?"): temporal query
 * intent, the recency a question marks (Li & Croft 2003, "Time-based language models";
 * Campos et al. 2014, "Survey of temporal information retrieval and related applications").
 * A news corpus reports a changing figure more than once; such a question asks for the last
 * report of it, not the first (select's latest-first.ts orders by that).
 */
import { PRESENT_TIME_ADVERBS } from '../select/fact-time.js';

/** Words asking for the newest report whatever the tense: "the latest toll", "the most recent figure". */
const RECENT = /\b(?:latest|most\s+recent|newest|most\s+up[- ]to[- ]date)\b/i;

/**
 * Adverbs of the present time (fact-time.ts `PRESENT_TIME_ADVERBS`, counted there from
 * publication), the adjective "current", "still" (a state that lasts up to now), and "at the
 * moment", "as of now", "as it stands".
 */
const PRESENT = new RegExp(
  String.raw`\b(?:${PRESENT_TIME_ADVERBS}|current|still|at\s+the\s+moment|as\s+of\s+(?:now|today)|as\s+(?:it|things)\s+stands?)\b(?![\p{L}'’-])`,
  'iu',
);

/**
 * A past form of "be", "do" or "have" as a word: with it the adverb is read in the past
 * ("how many were still missing on Monday?", "who was then the current chair?"), which asks
 * for a past state, not the present one.
 */
const PAST_AUXILIARY = /\b(?:was|were|did|had|wasn['’]t|weren['’]t|didn['’]t|hadn['’]t)\b/i;

/**
 * True when `question` asks for the present state of what it names: it says "latest" or "most
 * recent", or it holds an adverb of the present time (or "current") and no past auxiliary.
 *
 * @example
 * asksPresentState('how many people are now in hospital?') // true
 * asksPresentState('what is the latest death toll?') // true
 * asksPresentState('how many were still missing on Monday?') // false: a past state
 * asksPresentState('how many people were taken to hospital?') // false: nothing marks the present
 */
export function asksPresentState(question: string): boolean {
  if (RECENT.test(question)) return true;
  return PRESENT.test(question) && !PAST_AUXILIARY.test(question);
}
