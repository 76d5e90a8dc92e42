/**
 * A weekday after the noun of an occasion held on an appointed day, in a clause with no past
 * verb: "Patients with appointments on Wednesday and Thursday are being contacted", "Flights on
 * Friday are cancelled". A present statement about an arrangement refers to one still in force
 * (Quirk et al. 1985, 4.21ff: the present of arrangements, "The train leaves on Friday"); an
 * appointment already kept is told in the past ("patients whose appointments were on Monday").
 * So the weekday is the coming one, counted forward from the day of publication. Under any past
 * verb of the sentence ("Passengers whose flights on Friday were cancelled", "after the hearing
 * on Monday, lawyers said") the rule says nothing: the other tense rules read it.
 */
import { WEEKDAY_RE } from '../text/months.js';
import { OCCASION_NOUNS } from './occasion.js';
import { markerAt } from './tense-markers.js';

/**
 * An occasion noun, then "on" and the weekday, or the weekdays listed before it ("appointments on
 * Wednesday and Thursday", "flights on Friday, Saturday or Sunday").
 */
const OCCASION_ON = new RegExp(
  String.raw`(?<![\p{L}])(?<noun>\p{L}+)\s+on\s+(?:${WEEKDAY_RE}\s*(?:,\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+))*$`,
  'u',
);

/** The words of a sentence, as tense-markers.ts reads them (clause punctuation kept apart). */
const WORD = /[\p{L}'’]+(?:-[\p{L}'’]+)*|[;—()]/gu;

/**
 * True when the weekday at `start` of `sentence` follows an occasion noun and "on"
 * ({@link OCCASION_ON}, occasion.ts `OCCASION_NOUNS`) and no word of the sentence marks the past
 * (tense-markers.ts `markerAt`): the weekday is the occasion's coming day.
 *
 * @param sentence the sentence
 * @param start offset of the weekday in it
 */
export function occasionWeekdayAhead(sentence: string, start: number): boolean {
  const noun = OCCASION_ON.exec(sentence.slice(0, start))?.groups?.noun;
  if (noun === undefined || !OCCASION_NOUNS.has(noun.toLowerCase())) return false;
  const words = sentence.match(WORD) ?? [];
  return words.every((_, i) => markerAt(words, i) !== 'past');
}
