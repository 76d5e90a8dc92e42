/**
 * A weekday after the noun of an occasion held on an appointed day, in a sentence in the present
 * of "be" with no past verb: "Patients with appointments on Wednesday and Thursday are being contacted", "Flights on
 * Friday are cancelled". A present statement about an arrangement refers to one still in force
 * (Quirk et al. 1985, 4.21ff: the present of arrangements, "The train leaves on Friday"); an
 * appointment already kept is told in the past ("patients whose appointments were on Monday").
 * So the weekday is the coming one, counted forward from the day of publication. Under any past
 * verb of the sentence ("Passengers whose flights on Friday were cancelled", "after the hearing
 * on Monday, lawyers said") the rule says nothing: the other tense rules read it.
 */
import { WEEKDAY_RE } from '../text/months.js';
import { OCCASION_NOUNS } from './occasion.js';
import { MID_ADVERB } from './base-form.js';
import { isPastWord, markerAt } from './tense-markers.js';

/**
 * An occasion noun, then "on" and the weekday, or the weekdays listed before it ("appointments on
 * Wednesday and Thursday", "flights on Friday, Saturday or Sunday").
 */
const OCCASION_ON = new RegExp(
  String.raw`(?<![\p{L}])(?<noun>\p{L}+)\s+on\s+(?:${WEEKDAY_RE}\s*(?:,\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+))*$`,
  'u',
);

/** Present forms of "be". */
const PRESENT_BE = /^(?:is|are|am|'re|’re|isn't|aren't|isn’t|aren’t)$/iu;

/** The words of a sentence, as tense-markers.ts reads them (clause punctuation kept apart). */
const WORD = /[\p{L}'’]+(?:-[\p{L}'’]+)*|[;—()]/gu;

/**
 * True when the weekday at `start` of `sentence` follows an occasion noun and "on"
 * ({@link OCCASION_ON}, occasion.ts `OCCASION_NOUNS`), the sentence has a present of "be", and
 * no word of it marks the past (tense-markers.ts `markerAt`) nor is a past participle other than
 * a present passive's: the weekday is the occasion's coming day.
 *
 * @param sentence the sentence
 * @param start offset of the weekday in it
 */
export function occasionWeekdayAhead(sentence: string, start: number): boolean {
  const noun = OCCASION_ON.exec(sentence.slice(0, start))?.groups?.noun;
  if (noun === undefined || !OCCASION_NOUNS.has(noun.toLowerCase())) return false;
  const words = sentence.match(WORD) ?? [];
  // A present of "be" says the sentence is in the present ("are being contacted", "are fully
  // booked", "is open"); a present of another verb may state a fact about a past occasion ("the
  // ballot cast at the meeting on Thursday decides the seat").
  if (!words.some((w) => PRESENT_BE.test(w))) return false;
  return words.every(
    (word, i) => markerAt(words, i) !== 'past' && (!isPastWord(word) || presentPassive(words, i)),
  );
}

/**
 * True when the past participle at `i` is a present passive's ("are booked", "are being
 * phoned", "is fully booked"): a present state or process. A participle elsewhere ("the ballot
 * cast at the meeting on Thursday") may tell a past act, and the rule says nothing.
 */
function presentPassive(words: readonly string[], i: number): boolean {
  let j = i - 1;
  while (j > 0 && MID_ADVERB.test(words[j] ?? '')) j--;
  return PRESENT_BE.test(words[j] ?? '') || /^being$/iu.test(words[j] ?? '');
}
