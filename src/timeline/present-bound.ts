/**
 * The end of a state that holds at the time of writing: "The licence is valid until the end of
 * March", "Members can use the slipway until the end of March". With no tense marker before it
 * in its clause, the state is told in the present, whose reference time is the time of writing
 * (Reichenbach 1947, "Elements of Symbolic Logic", §51: S,R,E for the present); "until" names the
 * end of a state holding at that reference time (Huddleston & Pullum 2002, ch. 7, on prepositions
 * of time), so the date lies after it, whatever year an earlier sentence of the narrative named
 * ("The licence, renewed in 2026, …" in an article published that autumn). Not under a past verb
 * ("was closed until March") nor "would" ("said the slipway would be closed until March": a future
 * seen from the past): their reference time is the narrative's.
 */
import { governorOf } from './tense.js';

/** "until" or "till" right before a date, with the part of it the bound names ("the end of"). */
const UNTIL_BEFORE =
  /\b(?:until|till)\s+(?:the\s+)?(?:(?:end|beginning|start|middle)\s+of\s+(?:the\s+)?)?$/iu;

/**
 * True when the date at `start`–`end` of `sentence` is the "until" bound of a state told in the
 * present: "until"/"till" before it and no tense marker governing it (tense.ts `governorOf`).
 *
 * @param sentence the sentence
 * @param start offset of the date in the sentence
 * @param end offset just after the date
 */
export function boundOfPresentState(sentence: string, start: number, end: number): boolean {
  return UNTIL_BEFORE.test(sentence.slice(0, start)) && governorOf(sentence, start, end) === null;
}
