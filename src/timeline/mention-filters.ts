/**
 * Mention filters: dates the detection rules match that name no event of their own in their
 * sentence. A weekday that restates the date after it ("Thursday, Aug. 27"), a day of the month
 * whose month is elided ("on the 17th and the 18th of December"), a yearless date in a habit
 * ("the ferry typically stops in October") or under a span of years ("Between 2015 and 2018 … in
 * October"). Kept apart from the rules because each reads the sentence around a match, not the
 * date's own words.
 */
import { blankedOutsideClause } from './clause.js';
import type { Mention } from './mention.js';
import { inHabitualClause, inPastHabitClause, inYearlyClause } from './habitual.js';

/**
 * "bearing date on the 17th and the latter on the 18th of December": a day of the month with a
 * day and month later in its sentence may share that month; which month is meant is in doubt,
 * so the ordinal is not read.
 */
export function dropElidedMonths(mentions: Mention[]): Mention[] {
  return mentions.filter(
    (m, i) =>
      m.kind !== 'day-of-month' ||
      !mentions.slice(i + 1).some((later) => later.kind === 'calendar' && later.day !== undefined),
  );
}

/**
 * "September is usually our best month after August", "the ferry typically stops in October":
 * a date with no year of its own in a clause that states a present habit recurs every year, as
 * "every October" does, and is no event ({@link inHabitualClause}). "last October" names one.
 * So does one in a past habit over uncounted years, "the ferry used to call in August" or "on
 * Sunday" ({@link inPastHabitClause}), and one a yearly recurrence frames, "fills up every year in
 * August" ({@link inYearlyClause}).
 */
export function isHabitualDate(m: Mention, text: string): boolean {
  if (m.kind === 'weekday')
    return m.shift === null && m.week === undefined && inPastHabitClause(text, m.start, m.end);
  // "The town used to hold a fair on Easter Monday": every year's, as for a weekday.
  if (m.kind === 'easter-feast')
    return m.shift === null && m.year === undefined && inPastHabitClause(text, m.start, m.end);
  // "The regatta has been held on the first Saturday of August every year since 1952": a day of
  // a named month, with no year, recurs each year as a calendar date does (TimeML's SET, not a
  // DATE); "of next month" or "of the new year" counts from publication and names one.
  if (m.kind === 'nth-weekday')
    return (
      m.month !== undefined &&
      m.year === undefined &&
      m.monthOffset === undefined &&
      !m.newYear &&
      (inHabitualClause(text, m.start, m.end) ||
        inPastHabitClause(text, m.start, m.end) ||
        inYearlyClause(text, m.start, m.end))
    );
  return (
    m.kind === 'calendar' &&
    m.year === undefined &&
    m.yearOffset === undefined &&
    m.shift === null &&
    !m.since &&
    (inHabitualClause(text, m.start, m.end) ||
      inPastHabitClause(text, m.start, m.end) ||
      inYearlyClause(text, m.start, m.end))
  );
}

/**
 * "Between 2015 and 2018 the ferry stopped running in October": a date with no year of its own
 * in the clause of a span of years may come back in each of them, as under a decade (see
 * habitual.ts), and if it is one, which year is not said. It is no event of the span's first year.
 */
export function inYearsSpan(m: Mention, mentions: readonly Mention[], text: string): boolean {
  if (m.kind !== 'calendar' || m.year !== undefined || m.yearOffset !== undefined) return false;
  if (m.shift !== null || m.since) return false;
  // The date's clause in place (blanked outside it), so a span of years is in it by its offsets.
  const clause = blankedOutsideClause(text, m.start, m.end);
  return mentions.some(
    (o) =>
      o.kind === 'calendar' &&
      o.month === undefined &&
      o.year !== undefined &&
      (o.until?.year ?? o.year) > o.year &&
      clause.slice(o.start, o.end) === text.slice(o.start, o.end),
  );
}

/** "Thursday, Aug. 27": the weekday only restates the date that follows it. */
export function dropRedundantWeekdays(mentions: Mention[], text: string): Mention[] {
  return mentions.filter((m, i) => {
    if (m.kind !== 'weekday') return true;
    const next = mentions[i + 1];
    return !(
      next?.kind === 'calendar' &&
      next.day !== undefined &&
      /^,?\s*$/.test(text.slice(m.end, next.start))
    );
  });
}
