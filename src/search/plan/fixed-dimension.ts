/**
 * The one dimension a question's own words fix for a measure adjective that may ask several
 * ("how long": a length or a span of time; "how fast": a speed, a rate of growth or a span of
 * time). Two cues fix it:
 *
 * - A unit named as the answer's ("how long is the ship in metres", "how fast in knots"): a
 *   quantity expressed in a unit has that unit's dimension, a length in metres, a speed in
 *   knots or kilometres per hour (NIST Special Publication 811, "Guide for the Use of the
 *   International System of Units", §7: a quantity is a number times a unit). Pounds are left
 *   out: a weight or a sum of money.
 * - "How fast" with a verb of motion ("how fast was the tanker going", "how fast did the ferry
 *   sail"): the verb's frame holds a speed (FrameNet's Motion and Self_motion, core element
 *   Speed among the non-core; Ruppenhofer et al. 2016), where a verb of change ("how fast had
 *   the budget been growing") asks a rate and a passive of an act ("how fast would the reserve
 *   be raised") a span. The verbs are Levin's (1993, "English Verb Classes and Alternations",
 *   §51) verbs of motion that tell no change of a quantity: not "rise", "fall" or "climb".
 */
import type { Dimension } from './quantity.js';

/** "In" and a unit of length or of speed (group 1) ending the question: the answer's unit. */
const UNIT_OF_ANSWER: ReadonlyArray<[Dimension, RegExp]> = [
  [
    'length',
    /\bin\s+(metres|meters|centimetres|centimeters|kilometres|kilometers|km|feet|ft|inches|miles|yards)[\s?.!]*$/iu,
  ],
  [
    'speed',
    /\bin\s+(knots|mph|km\/h|kph|(?:miles|kilometres|kilometers)\s+(?:an|per)\s+hour)[\s?.!]*$/iu,
  ],
];

/** "How fast" and, within the clause after it, a verb of motion in any of its forms. */
const HOW_FAST_MOVING =
  /\bhow\s+fast\b(?:\s+[\p{L}'’-]+){0,6}?\s+(?:go|goes|going|went|gone|travel(?:s|l?ed|l?ing)?|mov(?:e|es|ed|ing)|sail(?:s|ed|ing)?|driv(?:e|es|en|ing)|drove|steam(?:s|ed|ing)?|cruis(?:e|es|ed|ing)|drift(?:s|ed|ing)?|fl(?:y|ies|ying|ew|own)|r(?:un|uns|unning|an)|rid(?:e|es|den|ing)|rode)\b/iu;

/**
 * The unit `question` names as its answer's ("metres" of "how long is the ship in metres"), as
 * written, folded (its first word, for a unit of several: "miles" of "miles per hour"), or
 * null. A passage states the answer in it, so it is no word of the question's topic that a
 * passage must hold beside the answer (abstain-asked-thing.ts reads values beyond those).
 */
export function answerUnit(question: string): string | null {
  for (const [, unit] of UNIT_OF_ANSWER) {
    const named = unit.exec(question)?.[1];
    if (named !== undefined) return named.split(/\s+/u)[0]!.toLowerCase();
  }
  return null;
}

/**
 * The dimension `question` fixes for its measure (see the top of this file), or null when it
 * fixes none.
 *
 * @example fixedDimension('how long is the Morwen Star in metres?') // 'length'
 * @example fixedDimension('how fast was the tanker going?') // 'speed'
 * @example fixedDimension('how fast had the budget been growing?') // null
 */
export function fixedDimension(question: string): Dimension | null {
  for (const [dimension, unit] of UNIT_OF_ANSWER) if (unit.test(question)) return dimension;
  return HOW_FAST_MOVING.test(question) ? 'speed' : null;
}
