/**
 * A relative date anchored to another time the text tells: "on the same day", "the next
 * morning", "the following week", "two days later". TimeML marks such an expression a date
 * (TIMEX3 type DATE) whose value is computed from its anchor (anchorTimeID: Pustejovsky et al.,
 * "TimeML: Robust Specification of Event and Temporal Expressions in Text", 2003), so it is an
 * answer to "when", read with the passage it stands in.
 */
import { NUMBER_WORD_LIST } from './select/fact-values.js';

/** A count of units: an article, a numeral or a number word (fact-values.ts's one list). */
const COUNT = String.raw`(?:a|an|one|\d+|${NUMBER_WORD_LIST.join('|')})`;

/** A unit of calendar time or a part of a day that an anchored date counts in. */
const UNIT = String.raw`(?:day|morning|afternoon|evening|night|week|weekend|month|year)`;

/**
 * "the same day", "that afternoon", "the next week", "the following month", "the previous
 * night", "the day before", "the week after", "later that day", "two days later", "a week
 * earlier".
 */
const ANCHORED_DATE = new RegExp(
  String.raw`\b(?:(?:the\s+)?(?:same|next|following|previous)\s+${UNIT}|that\s+${UNIT}|the\s+${UNIT}\s+(?:before|after)|${COUNT}\s+${UNIT}s?\s+(?:later|earlier))\b`,
  'iu',
);

/**
 * True when `text` holds a relative date anchored to another time (see the top of this file).
 *
 * @example holdsAnchoredDate("The regulator restored the licence on the same day.") // true
 * @example holdsAnchoredDate("The licence was restored.") // false
 */
export function holdsAnchoredDate(text: string): boolean {
  return ANCHORED_DATE.test(text);
}
