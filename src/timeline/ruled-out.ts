/**
 * An act ruled out: "The council ruled out closing the road in June", "Closing the road in June
 * has been ruled out". To rule out an act is to exclude it as a possibility (Oxford English
 * Dictionary, "rule", phrasal verb "to rule out"), so its complement is told as not going to
 * happen: a negative, irrealis event (Palmer 2001, Mood and Modality, 2nd ed., §1.2; FactBank,
 * Saurí & Pustejovsky 2009), no event on its date. Negated, "did not rule out a 'hot war' in the
 * spring", it is a possibility still open, a forecast that tense-markers.ts reads ahead: not this.
 */
import { negatedBound } from './negated-bound.js';
import { matchesOf } from '../text/matches-of.js';

/** "rule out", "ruled out", "ruling out", with at most three words of object between. */
const RULE_OUT = /\brul(?:e|es|ed|ing)\s+(?:[\p{L}'’-]+\s+){0,3}?out\b/giu;
/** The passive after the date: "has been ruled out", "was ruled out". */
const RULED_OUT_AFTER =
  /^[^;:—–()]*?\b(?:is|are|was|were|be|been|being)\s+(?:(?:now|also|already|firmly|effectively)\s+)?ruled\s+out\b/iu;
/** A break that ends the complement: a comma opens another clause or an aside. */
const CLAUSE_BREAK = /[,;:—–()]/u;
/** Most words of the complement before its date: "closing the road to traffic in June". */
const COMPLEMENT_WORDS = 8;
/** A negator in the passive's verb group: "has not been ruled out". */
const NEGATOR = /\b(?:not|never)\b|n['’]t\b/iu;

/**
 * True when the date at `start`–`end` of `sentence` is in the complement of an act ruled out,
 * not negated (see the top of this file): "ruled out" before it in its clause, or its passive
 * after it.
 *
 * @param sentence the sentence
 * @param start offset of the date in the sentence (UTF-16)
 * @param end offset just after the date
 * @example ruledOut('The council ruled out closing the road in June.', 41, 45) // true
 */
export function ruledOut(sentence: string, start: number, end: number): boolean {
  const lead = sentence.slice(0, start);
  for (const m of matchesOf(lead, RULE_OUT)) {
    const between = lead.slice(m.index + m[0].length);
    const words = between.match(/[\p{L}'’-]+/gu)?.length ?? 0;
    if (CLAUSE_BREAK.test(between) || words > COMPLEMENT_WORDS) continue;
    if (!negatedBound(lead.slice(0, m.index))) return true;
  }
  const after = RULED_OUT_AFTER.exec(sentence.slice(end));
  return after !== null && !NEGATOR.test(after[0]);
}
