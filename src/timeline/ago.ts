/**
 * A count of units back from the time of writing: "opened a week ago", "reopened two days ago",
 * "a fortnight ago", "three months ago". Like "yesterday" and "last week" it counts from the
 * publication day the article states.
 *
 * Precision follows what the count fixes. Days and weeks are a fixed number of days (a week is
 * seven, a fortnight fourteen), so "a week ago" said on Wednesday 16 September is Wednesday 9
 * September, a day. A month is no fixed number of days ("a month ago" said on 31 March is no day
 * of February), so a count of months gives the month only ("two months ago" said in September is
 * July), and "a year ago", the idiom for twelve months back, the month a year earlier ("A year
 * ago, a winch failure…" said in June 2026 is June 2025). A larger count of years gives none
 * (year-rules.ts: "two years ago" is a round figure, not exact enough), nor does a vague or
 * approximate count ("weeks ago", "a few days ago", "about a week ago", "more than a month ago",
 * "half a year ago"): no day or month is stated.
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

/** Months in "a year ago": twelve, so it is the publication's month a year earlier. */
const MONTHS_IN_YEAR = 12;

/** Days in each unit a count of days back may be given in. */
const DAYS_IN: Readonly<Record<string, number>> = { day: 1, week: 7, fortnight: 14 };

/**
 * What "N units ago" states: a day `count` × (1, 7 or 14) days before publication, or the month
 * `count` months (12 for "a year") before the publication's; null for a count below 1, a count
 * of years above 1, or a unit it does not read.
 *
 * @param unit the unit as written ("days", "week", "fortnight", "months")
 * @param count the number of units (1 for "a", "an", "one")
 */
export function readAgo(unit: string, count: number): RelativeMention | null {
  if (!Number.isInteger(count) || count < 1) return null;
  const singular = unit.toLowerCase().replace(/s$/u, '');
  if (singular === 'month' || (singular === 'year' && count === 1)) {
    const months = singular === 'year' ? MONTHS_IN_YEAR : count;
    return { kind: 'relative', unit: 'month', offset: -months, anchor: 'publication' };
  }
  const days = DAYS_IN[singular];
  return days === undefined
    ? null
    : { kind: 'relative', unit: 'day', offset: -count * days, anchor: 'publication' };
}
