/**
 * Whether a word of a sentence is told as still ahead or not done: under a future marker
 * ("will", "would", "is due", "scheduled", "expected": timeline/tense-markers.ts `markerAt`,
 * read as the timeline reads the verb of a date, the nearest marker before it in its clause,
 * else the first after it when it opens the clause; a verb of saying opens the clause it
 * reports), a modal of possibility, a verb of asking for the act, or a clause saying it is not
 * done yet ("yet to", "not yet"). Read by the pending-outcome gate (abstain-pending-outcome.ts)
 * and by the ranking's reading of an asked value (realised-value.ts).
 */
import { clauseBounds } from '../timeline/clause.js';
import { SPEECH_VERBS } from '../timeline/lexicon.js';
import { markerAt } from '../timeline/tense-markers.js';
import { maskMonthMay } from '../text/months.js';

/** A clause that says its act is not done yet. */
const NOT_DONE = /\b(?:yet to|not yet|still not|still no)\b/iu;

/**
 * Modals of possibility: "may still ask for her B sample to be tested", "the inquiry could
 * report in May" tell an act as possible, not done. Not before "not" or "have": "could not
 * find", "may have found" tell what was found, or was not.
 */
const POSSIBLE = /^(?:may|might|could|can)$/iu;
/** What after a modal makes it no possibility still ahead ({@link POSSIBLE}). */
const NOT_POSSIBILITY = /^(?:not|n['’]t|have|has)$/iu;
/**
 * Verbs of asking for an act, whatever their tense: "asked for her B sample to be tested",
 * "requested a review", "is seeking an inquiry" tell it as wanted, not done.
 */
const ASKING =
  /^(?:ask|asks|asked|asking|request|requests|requested|requesting|seek|seeks|sought|seeking|demand|demands|demanded|demanding)$/iu;
/** Verbs of asking for an act before "for": "called for an inquiry", "applied for a review". */
const ASKING_FOR =
  /^(?:call|calls|called|calling|apply|applies|applied|applying|appeal|appeals|appealed|appealing)$/iu;

/** True when the word at `i` of `words` is a modal of possibility ({@link POSSIBLE}). */
function possibilityAt(words: readonly string[], i: number): boolean {
  return POSSIBLE.test(words[i]!) && !NOT_POSSIBILITY.test(words[i + 1] ?? '');
}

/**
 * True when the word at `i` of `words` asks for the act after it ({@link ASKING}, {@link
 * ASKING_FOR}): "asked", "requested", "called" before "for".
 */
export function askingAt(words: readonly string[], i: number): boolean {
  return (
    ASKING.test(words[i]!) || (ASKING_FOR.test(words[i]!) && /^for$/iu.test(words[i + 1] ?? ''))
  );
}

/**
 * Words and the punctuation that breaks a clause, with their offsets (as tense.ts reads them);
 * global: read with `matchAll`.
 */
export const CLAUSE_WORD = /[\p{L}'’]+|[;:—()]/gu;

/**
 * True when the word at `start`–`end` of `text` is told as still ahead or not done (see the
 * top of this file).
 *
 * @example toldAsAhead('The signing is expected on Thursday.', 30, 38) // true
 */
export function toldAsAhead(text: string, start: number, end: number): boolean {
  const { from, to } = clauseBounds(text, start, end);
  // "The inquiry published its report in May": the month is no modal of possibility. (Read on
  // the whole text: whether "May" is the month depends on the word before it.)
  const written = text.slice(from, to);
  const clause = written.includes('May') ? maskMonthMay(text).slice(from, to) : written;
  if (NOT_DONE.test(clause)) return true;
  const found = [...clause.matchAll(CLAUSE_WORD)];
  const words = found.map((m) => m[0]);
  const at = found.findIndex((m) => from + m.index >= start);
  if (at < 0) return false;
  // "her B sample to be tested": an act still to be done to the process's noun.
  if (/^to$/iu.test(words[at + 1] ?? '') && /^be$/iu.test(words[at + 2] ?? '')) return true;
  for (let i = at - 1; i >= 0; i--) {
    if (possibilityAt(words, i) || askingAt(words, i)) return true;
    const marker = markerAt(words, i);
    // "said the review would be published": a verb of saying opens the clause it reports.
    if (marker === 'break' || SPEECH_VERBS.has(words[i]!)) break;
    if (marker !== null) return marker === 'future';
  }
  for (let i = at + 1; i < words.length; i++) {
    if (possibilityAt(words, i)) return true;
    const marker = markerAt(words, i);
    if (marker === 'break') return false;
    if (marker !== null) return marker === 'future';
  }
  return false;
}
