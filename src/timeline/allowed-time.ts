/**
 * Time allowed for an act, held in the present: "residents have until 25 November to respond",
 * "the trust has until Friday to reply". "Have" there is a main verb in the present tense (not
 * the perfect's auxiliary: no participle follows it), so it is the verb of the date's own clause,
 * and a past verb before it belongs to another clause ("The consultation opened on Monday and
 * residents have until 25 November to respond"): coordinated clauses each carry their own tense
 * (Quirk et al. 1985, 13.1–13.9, on clause coordination). The date is a deadline still ahead of
 * the telling (deadline.ts GRANTED_UNTIL).
 */
import { wordMarker } from './tense-markers.js';

/** The present forms of "have" as a main verb. */
const PRESENT_HAVE = /^(?:has|have|'ve|’ve)$/iu;
const UNTIL = /^(?:until|till)$/iu;
/** Most words between "have" and "until" ("have only until", "has a further month until"). */
const MAX_BETWEEN = 3;

/**
 * True when `words[i]` (the words before a date, which follows the last of them) is a present
 * "have" whose "until" ends the words, with at most {@link MAX_BETWEEN} words between and none
 * of them a tense marker ("have been told until" is a perfect).
 */
export function presentAllowedTime(words: readonly string[], i: number): boolean {
  if (!PRESENT_HAVE.test(words[i] ?? '') || !UNTIL.test(words.at(-1) ?? '')) return false;
  const between = words.slice(i + 1, -1);
  return between.length <= MAX_BETWEEN && between.every((word) => wordMarker(word) === null);
}
