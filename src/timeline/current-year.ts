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
import { isOccasionNoun } from './occasion.js';

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
 * ferry contract on 20 March"): a contract has no day of its own, so the date is the vote's.
 */
export function dateAfterOccasion(sentence: string, start: number): boolean {
  const words = sentence.slice(0, start).match(/[\p{L}'’]+/gu) ?? [];
  if (/^(?:on|in|at)$/iu.test(words[words.length - 1] ?? '')) words.pop();
  const last = words[words.length - 1] ?? '';
  return /^\p{Ll}/u.test(last) && isOccasionNoun(last);
}
