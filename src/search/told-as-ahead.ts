/**
 * Whether a word of a sentence is told as still ahead or not done: under a future marker
 * ("will", "would", "is due", "scheduled", "expected": timeline/tense-markers.ts `markerAt`,
 * read as the timeline reads the verb of a date, the nearest marker before it in its clause,
 * else the first after it when it opens the clause; a verb of saying opens the clause it
 * reports), a modal of possibility, a verb of asking for the act, or a clause saying it is not
 * done yet ("yet to", "not yet"). Read by the pending-outcome gate (abstain-pending-outcome.ts)
 * and by the ranking's reading of an asked value (realised-value.ts).
 */
import { boundsAmong, clauseBreaks } from '../timeline/clause.js';
import { SPEECH_VERBS } from '../timeline/lexicon.js';
import { markerAt, type Marker } from '../timeline/tense-markers.js';
import { POSSIBILITY_MODALS } from '../text/auxiliaries.js';
import { maskMonthMay } from '../text/months.js';
import { wordIn } from '../text/word-class.js';
import { matchesOf } from '../text/matches-of.js';

/** A clause that says its act is not done yet. */
const NOT_DONE = /\b(?:yet to|not yet|still not|still no)\b/iu;

/**
 * Modals of possibility (text/auxiliaries.ts `POSSIBILITY_MODALS`, in any case: a month "May" is
 * masked first): "may still ask for her B sample to be tested", "the inquiry could report in May"
 * tell an act as possible, not done. Not before "not" or "have": "could not find", "may have
 * found" tell what was found, or was not.
 */
const POSSIBLE = wordIn(POSSIBILITY_MODALS);
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
  return toldAsAheadIn(text)(start, end);
}

/** What {@link toldAsAheadIn} reads once for each clause of its text. */
interface ClauseReading {
  /** The clause says its act is not done yet ({@link NOT_DONE}). */
  notDone: boolean;
  /** Offsets into the text of the clause's words ({@link CLAUSE_WORD}). */
  starts: number[];
  words: string[];
  /** Each word's tense marker (tense-markers.ts `markerAt`), read when first asked. */
  markers: Array<Marker | undefined>;
}

/**
 * {@link toldAsAhead} for many words of one `text`: the text's clause breaks are found once,
 * and each clause's words and their tense markers once, however many of its words are asked
 * (a sentence's values share their clauses: 28,562 values in 15,435 clauses over the State of
 * the Union speeches). Answers as {@link toldAsAhead} does.
 *
 * @returns a test of the word at `start`–`end` (UTF-16 offsets into `text`)
 * @example toldAsAheadIn('The signing is expected on Thursday.')(30, 38) // true
 */
export function toldAsAheadIn(text: string): (start: number, end: number) => boolean {
  let breaks: ReturnType<typeof clauseBreaks> | undefined;
  let masked: string | undefined;
  const clauses = new Map<number, ClauseReading>();
  const readClause = (from: number, to: number): ClauseReading => {
    // "The inquiry published its report in May": the month is no modal of possibility. (Read on
    // the whole text: whether "May" is the month depends on the word before it.)
    const written = text.slice(from, to);
    const clause = written.includes('May')
      ? (masked ??= maskMonthMay(text)).slice(from, to)
      : written;
    const starts: number[] = [];
    const words: string[] = [];
    for (const m of matchesOf(clause, CLAUSE_WORD)) {
      starts.push(from + m.index);
      words.push(m[0]);
    }
    return { notDone: NOT_DONE.test(clause), starts, words, markers: [] };
  };
  return (start, end) => {
    const { from, to } = boundsAmong((breaks ??= clauseBreaks(text)), text.length, start, end);
    const key = from * (text.length + 1) + to;
    let reading = clauses.get(key);
    if (reading === undefined) clauses.set(key, (reading = readClause(from, to)));
    if (reading.notDone) return true;
    const { starts, words, markers } = reading;
    const marker = (i: number): Marker => {
      const known = markers[i];
      return known !== undefined ? known : (markers[i] = markerAt(words, i));
    };
    const at = starts.findIndex((offset) => offset >= start);
    if (at < 0) return false;
    // "her B sample to be tested": an act still to be done to the process's noun.
    if (/^to$/iu.test(words[at + 1] ?? '') && /^be$/iu.test(words[at + 2] ?? '')) return true;
    for (let i = at - 1; i >= 0; i--) {
      if (possibilityAt(words, i) || askingAt(words, i)) return true;
      const found = marker(i);
      // "said the review would be published": a verb of saying opens the clause it reports.
      if (found === 'break' || SPEECH_VERBS.has(words[i]!)) break;
      if (found !== null) return found === 'future';
    }
    for (let i = at + 1; i < words.length; i++) {
      if (possibilityAt(words, i)) return true;
      const found = marker(i);
      if (found === 'break') return false;
      if (found !== null) return found === 'future';
    }
    return false;
  };
}
