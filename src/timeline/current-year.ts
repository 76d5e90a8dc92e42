/**
 * A yearless day told in the past that the past would send into the previous calendar year,
 * though the same day of the publication year lies only days ahead: "The club has withdrawn from
 * the regional relay finals on 20 June", published 9 June 2026. News style writes the year of a
 * date outside the current calendar year (AP Stylebook, "years" and "months"), so a day written
 * without one, days after publication, is that day of the publication year; the past tense is the
 * verb's (the withdrawing), while the date, after an occasion's noun, dates the occasion (the
 * finals). Where no such noun stands before the date ("were switched on on 5 December",
 * published 29 November; "was expected on 7 October but never took place"), the date is the
 * verb's own, and its past keeps the year back.
 */
import { dayNumber } from '../text/calendar.js';
import type { DateValue } from '../text/calendar.js';
import { MONTHS, WEEKDAYS } from '../text/months.js';
import { heldNow, isOccasionNoun } from './occasion.js';

/**
 * How many days after publication the same day of the publication year may lie for the omitted
 * year to outweigh the past tense: a month, the span news counts as recent in its own words
 * ("last month", "next month"); a day further ahead is as likely a slip of the tense as of the
 * year.
 */
export const CURRENT_YEAR_DAYS_AHEAD = 31;

/**
 * True when `month`/`day` in the publication year lies 1 to {@link CURRENT_YEAR_DAYS_AHEAD}
 * days after `published` (a day): a past reading of it would fall in the previous calendar
 * year, a date news style writes with its year.
 */
export function currentYearAhead(month: number, day: number, published: DateValue): boolean {
  if (published.month === undefined || published.day === undefined) return false;
  const ahead =
    dayNumber(published.year, month, day) -
    dayNumber(published.year, published.month, published.day);
  return ahead >= 1 && ahead <= CURRENT_YEAR_DAYS_AHEAD;
}

/**
 * True when the date at `start` of `sentence`, after its preposition ("on", "in", "at"), follows
 * the noun of an occasion held on an appointed day ("the regional relay finals on 20 June":
 * occasion.ts), whose day the date may be rather than the verb's. Not another noun ("voted on the
 * ferry contract on 20 March"): a contract has no day of its own, so the date is the vote's. So
 * is a name of an occasion ({@link dateAfterEventName}: "has withdrawn its team from the Ashcombe
 * Rapidplay Classic on 24 October").
 */
export function dateAfterOccasion(sentence: string, start: number): boolean {
  const words = sentence.slice(0, start).match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  if (/^(?:on|in|at)$/iu.test(words[words.length - 1] ?? '')) words.pop();
  const last = words[words.length - 1] ?? '';
  if (/^\p{Ll}/u.test(last))
    return isOccasionNoun(last) && !AFTER_OCCASION_OPENER.test(words.join(' '));
  return dateAfterEventName(words) && !AFTER_OCCASION_OPENER.test(words.join(' '));
}

/**
 * An occasion after "since", "after" or "following" ("has trained daily since the relay finals
 * on 20 June"): the time the perfect's state runs from, or an act follows, lies before it, so
 * the occasion's day is no day ahead.
 */
const AFTER_OCCASION_OPENER =
  /\b(?:since|after|following)\s+the\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}[\p{L}'’-]+$/iu;

/** How many capitalised words a name after "the" is read over ("the Upper Wharfedale Race"). */
const NAME_WORDS = 4;

/** Prepositions of place only: a name after them is a place's ("crashed on the Harwood Road"). */
const PLACE_ONLY = /^(?:on|along|near|outside|beside|across|opposite|past|via|onto)$/iu;

/**
 * True when `words` (those before a date, its preposition dropped) end with a name opened by
 * "the", "the Ashcombe Rapidplay Classic", that names an occasion: its head is an occasion noun
 * ("the Wrenfield Music Festival"), or it stands after an act in the present perfect ("has
 * withdrawn its team from the Ashcombe Rapidplay Classic"). A capitalised name after "the" is a
 * proper name (Huddleston & Pullum 2002, ch. 5, on proper names); the present perfect takes no
 * adjunct of a definite past time (ch. 3, on the perfect: "*has withdrawn on 24 October"), so a
 * day after that name is not the act's but the named thing's, and a thing with a day of its own
 * is an occasion. Not a name after a preposition of place only ({@link PLACE_ONLY}), a month or
 * weekday, nor a name with no "the" ("played Ashcombe Knights on 24 October": a team).
 */
function dateAfterEventName(words: readonly string[]): boolean {
  const head = words.length - 1;
  let the = head;
  while (the >= 0 && head - the < NAME_WORDS && /^\p{Lu}[\p{L}'’-]*$/u.test(words[the] ?? ''))
    the -= 1;
  if (the === head || the < 1 || words[the] !== 'the') return false;
  const name = words.slice(the + 1);
  if (name.some((word) => MONTHS.has(word) || WEEKDAYS.has(word))) return false;
  if (isOccasionNoun(words[head] as string)) return true;
  // Asked of a date told as past (resolve.ts), so an act held now is one in the present perfect.
  return !PLACE_ONLY.test(words[the - 1] ?? '') && heldNow(words, the);
}
