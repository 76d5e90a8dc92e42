/**
 * A direction a passage gives, what "which direction …?" asks for: a compass point ("north",
 * "south-west", "westwards", "north-easterly", "eastbound"), a direction adverb ("upstream",
 * "inland", "clockwise"), a side ("to the left", "turn right") or a bearing on a landmark
 * ("towards the harbour", "facing the sea").
 *
 * A compass word that begins a name ("South Africa", "the West Bank", "North Sea") names a
 * place, not a direction: it is left out when a capitalised word follows it, or when it is
 * capitalised where a sentence does not begin.
 */

import { matchesOf } from '../../text/matches-of.js';

/**
 * A compass point, simple or compound, with its adverb and adjective endings. Matched with its
 * case (the pattern has no `i` flag, under which `\p{Lu}` would match any letter).
 */
const COMPASS = String.raw`(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:[- ]?(?:north|south))?(?:[- ]?(?:east|west))?(?:wards?|erly|bound)?`;

const DIRECTION_WORD = String.raw`upstream|downstream|uphill|downhill|upriver|downriver|inland|seawards?|skywards?|clockwise|anti-?clockwise|counter-?clockwise`;

const SIDE_OR_BEARING = String.raw`(?:to|on) (?:the|your|their|his|her|its) (?:left|right)|turn(?:s|ed|ing)? (?:left|right)|towards?|facing`;

/** A compass point, not part of a longer word and with no capitalised word after it. */
const COMPASS_IN_TEXT = new RegExp(
  String.raw`(?<![\p{L}-])${COMPASS}(?![\p{L}-])(?!\s+\p{Lu})`,
  'gu',
);
/** A direction adverb, a side or a bearing, in any case. */
const OTHER_DIRECTION = new RegExp(
  String.raw`(?<![\p{L}-])(?:${DIRECTION_WORD}|${SIDE_OR_BEARING})(?![\p{L}-])`,
  'iu',
);

/** What may stand before a sentence's first word: spaces, quotation marks, a bracket, a list's dash. */
const OPENING = /^[\s"'“‘(*•-]*/u;

/**
 * True when `text` gives a direction (see the module's note).
 *
 * @example givesDirection('Face south-west and look low on the horizon.') // true
 * @example givesDirection('Aid flights from South Africa landed on Monday.') // false
 */
export function givesDirection(text: string): boolean {
  if (OTHER_DIRECTION.test(text)) return true;
  for (const match of matchesOf(text, COMPASS_IN_TEXT)) {
    // Capitalised after the sentence's first word: a name's word ("the North", "East Kelby").
    if (/^\p{Lu}/u.test(match[0]) && OPENING.exec(text)?.[0].length !== match.index) continue;
    return true;
  }
  return false;
}
