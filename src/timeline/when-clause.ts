/**
 * A date with a "when" clause of its own: "since Monday, when cracks were confirmed in its deck
 * by inspectors". "when" set off by a comma after a time expression is a relative adverb whose
 * antecedent is that time (Quirk et al. 1985, 17.22 on non-restrictive relative clauses with
 * "when"): the clause tells an act that happened on the date, whatever the clause before the date
 * says of it. So a date that only bounds a tally or a comparison there ("has told about 600
 * drivers to avoid the bridge since Monday", since-tally.ts) still dates the clause's act, and
 * the timeline names that clause as the date's (as it does for "since records began in 1910").
 */
import { clauseBounds } from './clause.js';

/** ", when" right after the date, and the first letter of the clause's next word. */
const WHEN_AFTER = /^,\s*when\s+\p{L}/iu;

/**
 * The date at `start`–`end` of `sentence` and the "when" clause after it, as written
 * ("Monday, when cracks were confirmed in its deck by inspectors"), ending where that clause
 * ends (clause.ts) or at the next comma; null when no ", when" follows the date.
 *
 * @param sentence the sentence
 * @param start offset of the date in it
 * @param end offset just after the date
 */
export function whenClauseOf(sentence: string, start: number, end: number): string | null {
  const after = WHEN_AFTER.exec(sentence.slice(end));
  if (after === null) return null;
  const when = end + after[0].length - 1;
  const { to } = clauseBounds(sentence, when, when + 1);
  const comma = sentence.indexOf(',', when);
  const stop = comma >= 0 && comma < to ? comma : to;
  return sentence
    .slice(start, stop)
    .replace(/[\s.!?]+$/u, '')
    .trim();
}
