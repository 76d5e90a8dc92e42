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
import { countedUnitDimension, type Dimension } from './quantity.js';

/**
 * "In" and one word ending the question (group 1): the answer's unit when that word is a unit of
 * length, read by the one table of units "how many" counts in (quantity.ts
 * `countedUnitDimension`: "metres", "km", "feet").
 */
const IN_ONE_WORD = /\bin\s+(\p{L}+)[\s?.!]*$/iu;

/** "In" and a unit of speed (group 1) ending the question: the answer's unit. */
const SPEED_UNIT =
  /\bin\s+(knots|mph|km\/h|kph|(?:miles|kilometres|kilometers)\s+(?:an|per)\s+hour)[\s?.!]*$/iu;

/** The answer's unit `question` names ({@link IN_ONE_WORD}, {@link SPEED_UNIT}) with its dimension. */
function namedUnit(question: string): { unit: string; dimension: Dimension } | null {
  const speed = SPEED_UNIT.exec(question)?.[1];
  if (speed !== undefined) return { unit: speed, dimension: 'speed' };
  const word = IN_ONE_WORD.exec(question)?.[1];
  if (word !== undefined && countedUnitDimension(word) === 'length')
    return { unit: word, dimension: 'length' };
  return null;
}

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
  const named = namedUnit(question);
  return named === null ? null : named.unit.split(/\s+/u)[0]!.toLowerCase();
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
  const named = namedUnit(question);
  if (named !== null) return named.dimension;
  return HOW_FAST_MOVING.test(question) ? 'speed' : null;
}
