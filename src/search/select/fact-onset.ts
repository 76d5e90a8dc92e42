/**
 * A state told from its start, against the act that started it: "The lido has stood on Marsh
 * Lane since 1937" / "The lido opened in 1937". The perfect with "since" and a point of time
 * names the point the state began (the "perfect of persistent situation", Comrie 1976, Aspect,
 * ch. 3; the "continuative perfect", Huddleston & Pullum 2002, ch. 3), and a building stands,
 * exists or is open from the act
 * that makes it so (it is built, founded, established or opened): both sentences date one
 * beginning of one thing.
 *
 * Read only in that narrow form, so that what is read is certain: the thing is the same noun
 * right before each verb (after an apposition or a "which"); the year is the same; the state is
 * one of being there (stood, existed, been open, operated, traded), never of being shut or of a
 * change ("has been closed since 1990" began with a closure); the act is one of beginning,
 * intransitive or passive ("The council opened a second lido in 1937" is another act, told of the
 * council); "reopened" is no beginning. Stances, names, places and holders are compared by the
 * caller (fact-relation.ts).
 */
import { stem } from '../../text/terms.js';
import { YEAR_DIGITS } from '../../text/year.js';
import { matchesOf } from '../../text/matches-of.js';

/** A year in prose (text/year.ts), captured. */
const YEAR = `(${YEAR_DIGITS})`;
/** What may stand between the thing and its verb: an apposition or a relative pronoun. */
const BETWEEN = String.raw`(?:,\s+(?:which|that)\s+|,\s+[^,;.]{1,40},\s+|\s+(?:which|that)\s+|\s+)`;
/** Where the thing stands, after the verb: "on Marsh Lane", "at the top of the hill". */
const WHERE = String.raw`(?:\s+(?:on|at|in|beside|near|by|opposite|overlooking)\s+[^,;.]{1,40}?)?`;

/** A state of being there, in the perfect, since a year: "has stood on Marsh Lane since 1937". */
const STATE = new RegExp(
  String.raw`\b(\p{L}+)${BETWEEN}(?:has|have|had)\s+(?:stood|existed|been\s+open|operated|been\s+operating|traded|been\s+trading)${WHERE}\s+since\s+${YEAR}\b`,
  'giu',
);
/** An act of beginning in a year: "opened in 1937", "was built on Marsh Lane in 1937". */
const ONSET = new RegExp(
  String.raw`\b(\p{L}+)${BETWEEN}(?:(?:was|were)\s+(?:first\s+)?(?:built|founded|established|opened|erected|set\s+up)|(?:first\s+)?opened(?:\s+its\s+doors)?)${WHERE}\s+in\s+${YEAR}\b`,
  'giu',
);

/** What every {@link STATE} holds. */
const SINCE_YEAR = new RegExp(String.raw`\bsince\s+${YEAR_DIGITS}\b`);

/** The thing and the year of each match of `pattern` in `text`, the thing as a stem. */
function told(pattern: RegExp, text: string): Array<[string, string]> {
  return [...matchesOf(text, pattern)].map((m) => [
    stem((m[1] as string).toLowerCase()),
    m[2] as string,
  ]);
}

/**
 * What {@link onsetOfState} reads of one text: whether it writes "since" and a year (the pair's
 * cheap test), then, read on first use and kept, the states it tells since a year and the acts
 * of beginning it tells, each as [the thing's stem, the year]. select.ts keeps one per sentence:
 * the test is read for every pair it weighs, each sentence in many pairs, and a sentence's
 * reading depends on its text alone. A class, not an object literal with getters: one is made
 * for every sentence weighed, and a literal's accessors are defined afresh each time.
 */
export class OnsetReading {
  readonly sinceYear: boolean;
  private statesRead: Array<[string, string]> | undefined;
  private onsetsRead: Array<[string, string]> | undefined;

  constructor(private readonly text: string) {
    this.sinceYear = SINCE_YEAR.test(text);
  }

  /** The states the text tells since a year ({@link STATE}). */
  get states(): ReadonlyArray<readonly [string, string]> {
    return (this.statesRead ??= told(STATE, this.text));
  }

  /** The acts of beginning the text tells ({@link ONSET}). */
  get onsets(): ReadonlyArray<readonly [string, string]> {
    return (this.onsetsRead ??= told(ONSET, this.text));
  }
}

/** {@link OnsetReading} of `text`. */
export function readOnsets(text: string): OnsetReading {
  return new OnsetReading(text);
}

/**
 * True when one text tells a thing's state of being there since a year and the other the act of
 * beginning it in that year, of the same noun (see the file's comment), either way round.
 *
 * @example
 * onsetOfState('The lido opened in 1937.', 'The lido has stood on Marsh Lane since 1937.') // true
 */
export function onsetOfState(a: string, b: string): boolean {
  return onsetsMeet(readOnsets(a), readOnsets(b));
}

/** {@link onsetOfState} of two texts' readings ({@link readOnsets}). */
export function onsetsMeet(a: OnsetReading, b: OnsetReading): boolean {
  // The cheap test first: it is read for every pair select.ts weighs (`mayReportOneFact`).
  if (!a.sinceYear && !b.sinceYear) return false;
  const meets = (state: OnsetReading, onset: OnsetReading) => {
    const states = state.states;
    return (
      states.length > 0 &&
      onset.onsets.some(([thing, year]) => states.some(([t, y]) => t === thing && y === year))
    );
  };
  return meets(a, b) || meets(b, a);
}
