/**
 * A count of units back from the time of writing: "opened a week ago", "reopened two days ago",
 * "a fortnight ago", "three months ago". Like "yesterday" and "last week" it counts from the
 * publication day the article states.
 *
 * A count back is told at the precision of its unit, never finer: "N days ago" is a day, "N weeks
 * ago" (and "a fortnight ago", two weeks) a week, "N months ago" a month, as HeidelTime's English
 * date rules normalise "N <unit> ago" to that unit's granularity (rules date_r19b–d,
 * `UNDEF-this-<unit>-MINUS-N`, in resources/english/rules/resources_rules_daterules.txt of
 * HeidelTime, Strötgen and Gertz, Heidelberg University). So "two days ago" said on Wednesday 16
 * September is Monday 14 September, as exact as "yesterday" or "last Tuesday"; but "five weeks ago"
 * said on 14 April is the week five weeks before the publication's (around 10 March), not that day:
 * a round count of weeks is no count of days ("a week ago" is said of five days back as of nine).
 * The timeline has no week precision: a week is shown as its month when it lies in one month
 * (resolve.ts), else left undated. "A week ago today" names the day itself: the publication's
 * weekday, that many weeks back; "two weeks ago on Thursday" the Thursday of that week, as
 * "Thursday last week" is (date-rules.ts reads it as the weekday's). A count of months gives the month ("two months ago" said in
 * September is July), and "a year ago", the idiom for twelve months back, the month a year earlier
 * ("A year ago, a winch failure…" said in June 2026 is June 2025). A larger count of years gives
 * none (year-rules.ts: "two years ago" is a round figure, not exact enough), nor does a vague or
 * approximate count ("weeks ago", "a few days ago", "about a week ago", "more than a month ago",
 * "half a year ago"), nor "recently": no day, week or month is stated.
 */
import type { RelativeMention } from './mention.js';

/** Cheap test a sentence passes before {@link AGO_RE} runs. */
export const HAS_AGO = /\bago\b/iu;

/**
 * "two days ago", "a week ago", "a fortnight ago", "3 months ago", "a year ago". Not after a word that makes
 * the count approximate or a bound ("about", "nearly", "more than", "over"), nor inside a vaguer
 * count ("a day or two ago" does not match: the unit must be followed by "ago").
 */
export const AGO_RE =
  /(?<!\b(?:[Hh]alf|[Aa]bout|[Aa]round|[Aa]pproximately|[Rr]oughly|[Nn]early|[Aa]lmost|[Ss]ome|[Oo]ver|[Uu]nder|[Tt]han|[Uu]p\s+to|[Oo]r|[Tt]o|[Aa]nd)\s)(?<![\p{L}\d-])(?<count>[Aa]n?|[Oo]ne|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?<unit>days?|weeks?|fortnights?|months?|year)\s+ago(?![\p{L}])/gu;

/** Days in a week, for "a week ago today". */
const DAYS_IN_WEEK = 7;

/** Months in "a year ago": twelve, so it is the publication's month a year earlier. */
const MONTHS_IN_YEAR = 12;

/** Weeks in each unit a count of weeks back may be given in. */
const WEEKS_IN: Readonly<Record<string, number>> = { week: 1, fortnight: 2 };

/**
 * The weeks a count of weeks back states ("two weeks", "a fortnight": 2), or null for another unit.
 *
 * @param unit the unit as written ("weeks", "fortnight")
 * @param count the number of units (1 for "a", "an", "one")
 */
export function weeksBack(unit: string, count: number): number | null {
  const weeks = WEEKS_IN[unit.toLowerCase().replace(/s$/u, '')];
  return weeks === undefined ? null : count * weeks;
}

/**
 * What "N units ago" states: the day `count` days before publication, the week `count` weeks
 * (2 × `count` for fortnights) before the publication's week, or the month `count` months (12
 * for "a year") before the publication's; with `today` ("a week ago today"), the day that many
 * weeks back. Null for a count below 1, a count of years above 1, or a unit it does not read.
 *
 * @param unit the unit as written ("days", "week", "fortnight", "months")
 * @param count the number of units (1 for "a", "an", "one")
 * @param today true when "today" follows the count: it fixes the day the weeks count from
 */
export function readAgo(unit: string, count: number, today = false): RelativeMention | null {
  if (!Number.isInteger(count) || count < 1) return null;
  const singular = unit.toLowerCase().replace(/s$/u, '');
  if (singular === 'month' || (singular === 'year' && count === 1)) {
    const months = singular === 'year' ? MONTHS_IN_YEAR : count;
    return { kind: 'relative', unit: 'month', offset: -months, anchor: 'publication' };
  }
  if (singular === 'day')
    return { kind: 'relative', unit: 'day', offset: -count, anchor: 'publication' };
  const weeks = weeksBack(singular, count);
  if (weeks === null) return null;
  return today
    ? { kind: 'relative', unit: 'day', offset: -weeks * DAYS_IN_WEEK, anchor: 'publication' }
    : { kind: 'relative', unit: 'week', offset: -weeks, anchor: 'publication' };
}
