/**
 * A state since a date, in a sentence that dates its act otherwise: "Vandals smashed the
 * railings of the Elm Park bandstand on Saturday night, a cast-iron structure that has stood in
 * the town since 1887." "since" before a point in time opens the period a state has lasted over
 * up to the time of its clause (hence the perfect: "has stood since 1887"): the date is when that
 * state began, which is all it tells. As a sentence's only date it dates the sentence's state
 * ("The bridge has been closed since March", comparison-since.ts: its onset is the date's
 * event); beside another date of the sentence's act ("on Saturday night") it is no date of that
 * act, and the quote is listed under it only as the date of the state, named as written.
 */
import { clauseBounds } from './clause.js';

/**
 * The words of `sentence` that tell the state begun at the date at `start`–`end`: from the
 * comma before it in its clause (or the clause's start) to the end of the date ("a cast-iron
 * structure that has stood in the town since 1887"), for a date the rules read after "since"
 * (the mention's `since`). Null when nothing of the state stands before "since" ("Since 2019,
 * the fair has been held on 12 July": a fronted "since" sets the time of the whole clause after
 * it).
 *
 * @param sentence the sentence
 * @param start offset of the date in it
 * @param end offset just after the date
 */
export function sinceState(sentence: string, start: number, end: number): string | null {
  const { from } = clauseBounds(sentence, start, end);
  const comma = sentence.lastIndexOf(',', start);
  const phrase = sentence.slice(Math.max(from, comma + 1), end).trim();
  return /^since\b/iu.test(phrase) ? null : phrase;
}
