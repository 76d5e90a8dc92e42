/**
 * Month names a question types in lower case ("what happened on 7 march 2026?"). Article text
 * is read as English news writes it, where a capital is what tells the month "March" from the
 * verb "march" and "May" from the modal "may" (text/months.ts); chat users type questions in
 * lower case. So a question's month word in any case is written as the month, once, before the
 * question is planned and its dates are read, when the question's shape makes it a date:
 * - a day number or a four-digit year right after it ("march 7", "may 2026", "sept 3rd"), not
 *   a number a unit of measure follows ("will they march 10 km", "march 5 miles");
 * - a day number right before it ("7 march", "the 7th of march");
 * - "in", "on" or "during" before it after "what happened" ("what happened in march?").
 * Otherwise the word stays as typed: "they may march", "will they march in may?".
 */
import { MONTHS } from '../text/months.js';
import { YEAR_DIGITS } from '../text/year.js';
import { isMeasureAfter } from '../timeline/lookalikes.js';

/** Month spellings (full names and abbreviations) as one alternation, longest first. */
const SPELLINGS = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');

/** A day number, with an ordinal suffix or not ("7", "7th", "21st"). */
const DAY = String.raw`(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?`;

/**
 * A year in prose (text/year.ts, 1500–2099), not any four-digit count ("may 1000 people",
 * "may 2150 staff"): a month word is as often a verb or a modal, so no earlier year here.
 */
const YEAR = YEAR_DIGITS;

/** A month word followed by a day number or a four-digit year, not part of a longer number. */
const BEFORE_NUMBER = new RegExp(
  String.raw`\b(${SPELLINGS})(\.?,?\s+(?:${DAY}|${YEAR})\b)(?![.,:]\d)`,
  'gi',
);

/** A day number followed by the month word ("7 march", "7th of march"). */
const AFTER_DAY = new RegExp(String.raw`(\b${DAY}\s+(?:of\s+)?)(${SPELLINGS})\b`, 'gi');

/** "What happened in march": the month word after a "what happened" opening and a preposition. */
const HAPPENED_IN = new RegExp(
  String.raw`^(\s*what\s+(?:happened|occurred|took\s+place|went\s+on)\b.*?\b(?:in|on|during)\s+)(${SPELLINGS})\b`,
  'i',
);

/** `word` as the month is written: its first letter a capital, the rest lower case. */
const asMonth = (word: string) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();

/**
 * `question` with each month word its shape makes a date written as the month ("March"), and
 * every other character unchanged: the same length, so offsets into it hold for the original.
 *
 * @example
 * withMonthsOfDates('what happened on 7 march 2026?') // 'what happened on 7 March 2026?'
 * withMonthsOfDates('what happened in april?') // 'what happened in April?'
 * withMonthsOfDates('will they march in may?') // unchanged
 * withMonthsOfDates('did they march 10 km?') // unchanged
 */
export function withMonthsOfDates(question: string): string {
  return question
    .replace(BEFORE_NUMBER, (whole: string, month: string, rest: string, at: number) =>
      isMeasureAfter(question.slice(at + whole.length)) ? whole : asMonth(month) + rest,
    )
    .replace(AFTER_DAY, (_, day: string, month: string) => day + asMonth(month))
    .replace(HAPPENED_IN, (_, opening: string, month: string) => opening + asMonth(month));
}
