/**
 * Whether two values stand in reports of the same event, read where each value stands: the
 * word it is the value of ("stopped on 4 December", "start in August") and the stance that
 * governs it (fact-stance.ts). "Work stopped on 4 December" and "work is expected to start in
 * August" share their subject but report a stop that happened and a start that is planned: their
 * dates are of two events, and setting one against the other would be a false "sources differ".
 */
import { SEARCH_OPTIONS } from '../options.js';
import { MONTHS, WEEKDAYS } from '../../text/months.js';
import { isStopWord, stem, tokenize } from '../../text/terms.js';
import { holdsFromStart, stanceDifference, type Stance } from './fact-stance.js';

/** Month and weekday names as tokens (folded to lower case). */
const DATE_NAMES: ReadonlySet<string> = new Set(
  [...MONTHS.keys(), ...WEEKDAYS.keys()].map((name) => name.toLowerCase()),
);

/** Words that place a date within its span ("late August", "the end of March"): not the event. */
const DATE_MODIFIERS: ReadonlySet<string> = new Set([
  'early',
  'late',
  'mid',
  'end',
  'beginning',
  'middle',
]);

/**
 * The event word of a date at offset `at` of `text`: the stem (cut to `namePrefix` letters, as
 * fact terms are compared) of the nearest content word before it that is not a date word
 * itself (a month, a weekday, a number, "early", "late"); null when none precedes it.
 * "Work stopped on 4 December" → "stop"; "expected to start in August" → "start" (a date
 * modifier only right before the date: "in late August" skips "late").
 */
export function eventWordBefore(text: string, at: number): string | null {
  const before = tokenize(text.slice(0, at));
  let nextToDate = true;
  for (let i = before.length - 1; i >= 0; i--) {
    const token = before[i]!;
    if (isStopWord(token) || /^\d/.test(token.word) || DATE_NAMES.has(token.word)) continue;
    if (nextToDate && DATE_MODIFIERS.has(token.word)) {
      nextToDate = false;
      continue;
    }
    return stem(token.word).slice(0, SEARCH_OPTIONS.facts.namePrefix);
  }
  return null;
}

/** The stances whose markers (offsets from `stancesOf`) come before offset `at`. */
export function stancesBefore(stances: ReadonlyMap<Stance, number>, at: number): Set<Stance> {
  return new Set([...stances].filter(([, marker]) => marker < at).map(([stance]) => stance));
}

/** One side of a comparison: a passage, its stances, and where a value of it stands. */
export interface ValueAt {
  text: string;
  stances: ReadonlyMap<Stance, number>;
  at: number;
}

/**
 * True when two values can be of one event: both are governed by the same stances (an outcome is
 * not set against a plan, an expectation or a denial); for numbers, both or neither are said to
 * hold from a start (a limit that "takes effect in June" is not set against the one in force:
 * fact-stance.ts `holdsFromStart`); for dates, both are the dates of the
 * same event word ("stopped on" / "stopped on"; "stopped on" / "start in" are two events).
 * Synonyms are not matched ("halted" / "stopped" count as different): that costs a missed
 * disagreement, never a false one.
 */
export function sameEventAt(x: ValueAt, y: ValueAt, aspect: 'date' | 'number'): boolean {
  if (stanceDifference(stancesBefore(x.stances, x.at), stancesBefore(y.stances, y.at)) !== null)
    return false;
  if (aspect !== 'date') return holdsFromStart(x.text) === holdsFromStart(y.text);
  const wx = eventWordBefore(x.text, x.at);
  return wx !== null && wx === eventWordBefore(y.text, y.at);
}
