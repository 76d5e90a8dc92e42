/**
 * "were not until August": a past copula with "not until" names the time a thing was set for,
 * later than the time the clause is told from ("Some residents were told the first appointments
 * were not until August": a future seen from the telling, in back-shifted reported speech; Quirk
 * et al. 1985, 14.31, on back-shift). Nothing in it says the thing has happened by the time of
 * writing, so the past verb does not put the date behind publication: its side is not said, and
 * the nearer year decides. The cleft "It was not until 2019 that the bridge opened" tells an
 * event on that date and keeps its past. Kept apart from tense.ts, which asks it.
 */
import { YEAR_DIGITS } from '../text/year.js';

/** "was not until", "were not until", "wasn't until", across "the end of" and the like. */
const PAST_COPULA_NOT_UNTIL =
  /\b(?<subject>[\p{L}'’]+)\s+(?:(?:was|were)\s+not|wasn['’]t|weren['’]t)\s+(?:due\s+)?until\s+(?:the\s+)?(?:(?:end|beginning|start|middle)\s+of\s+(?:the\s+)?|(?:early|late|mid)(?:\s+|-))?$/iu;

/**
 * A cleft's "that" or "when" clause after the date: "It was not until May that …", "… May
 * 2020 that" (a year in prose: text/year.ts).
 */
const CLEFT_CLAUSE_AFTER = new RegExp(
  String.raw`^[\s,]*(?:${YEAR_DIGITS}\s+)?(?:that|when|before)\b`,
  'iu',
);

/**
 * True when the date at `start`–`end` of `sentence` follows a past copula with "not until"
 * ("the appointments were not until August"), not in a cleft ("It was not until August that…").
 */
export function pastCopulaNotUntil(sentence: string, start: number, end: number): boolean {
  const found = PAST_COPULA_NOT_UNTIL.exec(sentence.slice(0, start));
  if (found === null) return false;
  return (
    !/^it$/iu.test(found.groups?.subject ?? '') && !CLEFT_CLAUSE_AFTER.test(sentence.slice(end))
  );
}
