/**
 * Year rules: which year a date that states none takes. The narrative's year when it has just
 * set one (a year in this or the previous sentence, a month a few sentences back), else the year
 * that puts the date on the publication's side its tense says; a count of years back ("two years
 * ago") gives none. Kept apart from resolve.ts, which anchors each kind of mention (calendar,
 * weekday, relative) and carries the narrative's date from sentence to sentence.
 */
import { addMonths, intervalOf, SEASON_FIRST_MONTH } from '../text/calendar.js';
import type { DateValue } from '../text/calendar.js';
import { daysInMonth } from '../text/dates.js';
import type { CalendarMention } from './mention.js';
import type { Cursor, PlacedMention } from './resolve.js';
import type { Tense } from './tense.js';

/** "two years ago", "a decade ago": a count of years back, never exact enough to give a year. */
const YEARS_AGO =
  /\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|many|\d+)\s+(?:years?|decades?)\s+ago\b/iu;

/**
 * True for a date without a year in a sentence that counts years back ("Two years ago, on March
 * 3, the board voted"): the publication year would be wrong and the count is approximate, so
 * its year is not stated.
 */
export function countsYearsBack(placed: PlacedMention, m: CalendarMention): boolean {
  return (
    m.year === undefined &&
    m.yearOffset === undefined &&
    placed.text !== undefined &&
    YEARS_AGO.test(placed.text)
  );
}

/** A count of years back just before a relative date: "A year ago this week", "two years ago today". */
const YEARS_AGO_BEFORE = new RegExp(`${YEARS_AGO.source}[\\s,]*$`, 'iu');

/**
 * True for a relative date counted back by years from the time of writing ("A year ago this
 * week the ferry ran aground"): the week or day is the publication's a year or more earlier, and
 * a count of years back is not exact enough to give a year (as {@link countsYearsBack}).
 */
export function relativeCountedBackByYears(placed: PlacedMention, start: number): boolean {
  return placed.text !== undefined && YEARS_AGO_BEFORE.test(placed.text.slice(0, start));
}

/** Compares (month, day) pairs; a missing day compares as the given fallback. */
export function monthDayOrder(
  a: { month: number; day?: number },
  b: { month: number; day?: number },
  missing: number,
): number {
  return a.month - b.month || (a.day ?? missing) - (b.day ?? missing);
}

/**
 * The date `mention` names in `year`, at the precision it states: a season, a month, or a day (a
 * day past the month's end, "February 30", falls back to the month).
 */
export function withYear(mention: CalendarMention, year: number): DateValue {
  if (mention.season !== undefined) {
    return {
      year,
      month: SEASON_FIRST_MONTH[mention.season],
      precision: 'season',
      season: mention.season,
    };
  }
  if (mention.month === undefined) return { year, precision: 'year' };
  if (mention.day === undefined) return { year, month: mention.month, precision: 'month' };
  if (mention.day > daysInMonth(year, mention.month))
    return { year, month: mention.month, precision: 'month' };
  return { year, month: mention.month, day: mention.day, precision: 'day' };
}

/** The month a yearless mention names (a season by its first month). */
export function mentionMonth(m: CalendarMention): number | undefined {
  return m.season !== undefined ? SEASON_FIRST_MONTH[m.season] : m.month;
}

/**
 * True when the narrative's date `cursor` may lend its year or month to `placed`: always within
 * its own sentence; in a later one only when it is the narrative's time, not a thing's ("the
 * funded loan of 1891": thing-date.ts).
 */
function carriesOn(cursor: Cursor, placed: PlacedMention): boolean {
  return cursor.sentence === placed.sentence || !cursor.namesThing;
}

/** How many sentences back a month-level date still sets the narrative's year. */
const MONTH_ANCHOR_SENTENCES = 4;

/** The narrative year for a yearless mention, when the narrative has just established it. */
export function narrativeYear(
  placed: PlacedMention,
  month: number,
  day: number | undefined,
  cursor: Cursor | null,
): number | null {
  if (!cursor || !carriesOn(cursor, placed)) return null;
  if (cursor.date.month === undefined) {
    const near = cursor.paragraph === placed.paragraph && placed.sentence - cursor.sentence <= 1;
    return near ? cursor.date.year : null;
  }
  if (
    placed.paragraph - cursor.paragraph > 1 ||
    placed.sentence - cursor.sentence > MONTH_ANCHOR_SENTENCES
  )
    return null;
  const cursorDay = cursor.date.precision === 'day' ? cursor.date.day : undefined;
  if (monthDayOrder({ month, day }, { month: cursor.date.month, day: cursorDay }, 1) < 0)
    return null;
  return cursor.date.year;
}

/**
 * The month the narrative has just set (a few sentences back, in this or the previous
 * paragraph, as for a yearless date's year), or null.
 */
export function narrativeMonth(
  placed: PlacedMention,
  cursor: Cursor | null,
): { year: number; month: number } | null {
  if (!cursor || !carriesOn(cursor, placed)) return null;
  if (cursor.date.month === undefined || cursor.date.precision === 'season') return null;
  if (
    placed.paragraph - cursor.paragraph > 1 ||
    placed.sentence - cursor.sentence > MONTH_ANCHOR_SENTENCES
  )
    return null;
  return { year: cursor.date.year, month: cursor.date.month };
}

/**
 * The year that puts (month, day) on or before the publication date, or on or after it for
 * the future; when the sentence says neither ("Dredging resumes on January 4", published
 * December 20), whichever of the two lies nearer the publication day.
 *
 * @param months how many months the date spans from `month` (3 for a season, whose year is
 *   that of its first month: winter 2025 runs from December 2025 to February 2026)
 */
export function publicationYear(
  month: number,
  day: number | undefined,
  published: DateValue | null,
  tense: Tense,
  shift: 'last' | 'next' | null,
  months = 1,
): number | null {
  if (tense === null && shift === null && published && published.month !== undefined) {
    const behind = publicationYear(month, day, published, 'past', null, months) as number;
    const ahead = publicationYear(month, day, published, 'future', null, months) as number;
    if (behind === ahead) return behind;
    const pub = intervalOf(published);
    const at = (year: number) =>
      intervalOf(withYear({ kind: 'calendar', month, day, since: false, shift: null }, year));
    return at(ahead).first - pub.last < pub.first - at(behind).last ? ahead : behind;
  }
  const future = tense === 'future';
  if (!published || published.month === undefined) return null;
  const pub = { month: published.month, day: published.day };
  // "next December" starts after publication, "last December" ends before it; a plain date
  // only has to reach (or, for the future, not yet have passed) the publication day.
  if (shift === 'next') {
    return monthDayOrder({ month, day }, pub, 1) > 0 ? published.year : published.year + 1;
  }
  // "will pause during the summer" (published 1 July) is this summer, "last summer" the one
  // before it: a span is ahead while its last month has not passed, and "last" once it has.
  // Its last month may fall in the next year (winter's February): that year is counted back.
  const last = addMonths(0, month, months - 1);
  if (shift === 'last') {
    const endYear =
      monthDayOrder({ month: last.month, day }, pub, 31) < 0 ? published.year : published.year - 1;
    return endYear - last.year;
  }
  if (future) {
    const endYear =
      monthDayOrder({ month: last.month, day }, pub, 31) >= 0 ? published.year : published.year + 1;
    return endYear - last.year;
  }
  return monthDayOrder({ month, day }, pub, 1) <= 0 ? published.year : published.year - 1;
}

/** Why a yearless calendar date is shown with its year marked as not stated. */
export const YEAR_NOT_STATED =
  'year not stated: no year in the narrative or the article, no publication day to count from';
