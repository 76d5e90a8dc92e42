/**
 * A question asking for a number that labels a thing ("What is the phone number of the agency's
 * helpline?", "the flight number") asks for a numeral used as a name: a nominal scale, whose
 * values identify and are neither counted nor measured (Stevens 1946, "On the theory of scales of
 * measurement", Science 103). No difference between two quantities (turkeys culled, a sum paid)
 * bears on such an answer (Grice 1975, the maxim of relation), so no "sources differ" is noted
 * under it. Such a number is named by a compound whose head is "number" and whose premodifier is
 * a noun (Quirk et al. 1985, §17.104–17.108: "phone number" is a kind of number, as "foundation
 * piles" are piles): "the total number" (an adjective) and "visitor numbers" (the plural, a count)
 * are quantities, and so is "a record number of visitors" (its "of" phrase names what is counted,
 * no determiner before it).
 */
import { isNounAdjunct } from '../../text/noun-adjunct.js';
import { matchesOf } from '../../text/matches-of.js';

/** "number" after a word, and what follows it. */
const NUMBER_AFTER_WORD = /(?<=^|\s)([\p{L}’'-]+)\s+number\b(?!s)(\s+of\s+(\p{L}+))?/giu;

/** Determiners that open an "of" phrase naming whose number it is ("of the helpline"). */
const DETERMINER = /^(?:the|a|an|this|that|its|their|his|her|our|your|my)$/i;

/**
 * True when `question` asks for a labelling number: "number" in the singular after a noun adjunct
 * (text/noun-adjunct.ts), with no "of" phrase or one opened by a determiner.
 *
 * @example asksLabelNumber("What is the phone number of the agency's helpline?") // true
 * @example asksLabelNumber('What was the total number of turkeys culled?') // false
 */
export function asksLabelNumber(question: string): boolean {
  for (const m of matchesOf(question, NUMBER_AFTER_WORD)) {
    const of = m[3];
    if (of !== undefined && !DETERMINER.test(of)) continue;
    if (isNounAdjunct(question, m.index)) return true;
  }
  return false;
}
