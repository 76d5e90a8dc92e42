/**
 * How an entry's date reads as a heading, and the grouping of a page's entries under one
 * heading per date. Shared by every renderer (Discord, console, CLI) so they say the same.
 */
import type { PlanOutcome, TimelineEvent, TimelineQuote } from '../../types/timeline.js';
import { MONTHS } from '../../text/months.js';
import { counted, pick } from '../../text/plural.js';
import { writtenDayMonth } from '../../text/written-dates.js';
import { utcDate } from '../../text/calendar.js';

/** Full month names by number (1–12), as the lexicon spells them. */
const MONTH_NAMES: readonly string[] = (() => {
  const names: string[] = [];
  for (const [name, n] of MONTHS)
    if (name.length > (names[n - 1]?.length ?? 0)) names[n - 1] = name;
  return names;
})();

/**
 * A date with no year ("--04-01", "--08") as words: "1 April", "August", a day in the order a
 * source line writes one (written-dates.ts `writtenDayMonth`).
 */
export function yearlessText(iso: string): string {
  const [month, day] = iso.replace(/^--/, '').split('-').map(Number);
  const name = MONTH_NAMES[(month ?? 0) - 1] ?? iso;
  if (day === undefined || month === undefined || name === iso) return name;
  // A leap year, so 29 February reads as stated; the year itself is never shown.
  return writtenDayMonth(utcDate(2000, month, day));
}

/** Said of an entry whose events were still ahead when the articles were written. */
export const FUTURE_NOTE = 'expected at the time of writing';
/** Said of a span begun by its sources' publication date and not over by it. */
export const ONGOING_NOTE = 'under way at the time of writing';
/**
 * Said of an entry whose date is a deadline ("no later than 31 March", "by 1 May"): what its
 * quotes tell falls on or before that date, not on it.
 */
export const DEADLINE_NOTE = 'deadline: by this date, not on it';
/**
 * Said of an entry whose quotes report the event done by its date ("had restored power to most
 * homes by Wednesday evening"): it happened then or before, and the date was no deadline.
 */
export const DONE_BY_NOTE = 'happened by this date: on it or before';
/**
 * Said of an entry whose quotes give its date as the day of a plan since changed or given up
 * ("was originally due to open in September 2025", "had been due to strike on 2 November").
 */
export const GIVEN_UP_NOTE = 'the day once planned, a plan since changed';
/** Said of an entry whose year no article states. */
export const YEAR_NOT_STATED_NOTE = 'year not stated';
/** Said of a quote that gives its date as approximate ("made around 1340"). */
export const APPROXIMATE_NOTE = 'an approximate date';

/**
 * What opens a later report of a planned entry's outcome ("later report (called off):"), before
 * the report's verbatim quote and its source: the report's own verb names the outcome, and the
 * quote and its dated source say who reported it and when.
 */
export function outcomeLabel(outcome: PlanOutcome): string {
  return `later report (${outcome.outcome}):`;
}

/**
 * What one quote says of itself beside its entry's heading: that its article does not state
 * the heading's year, that it states only the month (or year) of a heading's day, that the
 * date is that of a thing it names, not of its act, that it gives the date as approximate.
 *
 * @returns the notes, possibly none ("year not stated", "only the month stated", "the date of
 *   “last month's pay deal”")
 */
export function quoteNotes(quote: TimelineQuote): string[] {
  return [
    ...(quote.yearStated === false ? [YEAR_NOT_STATED_NOTE] : []),
    ...(quote.precision === undefined ? [] : [`only the ${quote.precision} stated`]),
    ...(quote.dates === undefined ? [] : [`the date of “${quote.dates}”`]),
    ...(quote.approximate ? [APPROXIMATE_NOTE] : []),
  ];
}

/**
 * The date of an entry as a heading: "2020-08-27", "2020-11 (month)", "2016 (year)", "spring
 * 2021", "2021 to 2023 (years)", "17 December (year not stated)", "August (year not stated)",
 * "1 April to 3 April (year not stated)". Says nothing of `future` or `deadline` (see
 * {@link groupNotes}).
 */
export function dateLabel(
  event: Pick<TimelineEvent, 'date' | 'precision' | 'end' | 'season' | 'yearStated'>,
): string {
  if (!event.yearStated) {
    // A range keeps its end, as the entry's `end` has it: "April 1 to April 3".
    const range = event.end === undefined ? [event.date] : [event.date, event.end];
    return `${range.map(yearlessText).join(' to ')} (${YEAR_NOT_STATED_NOTE})`;
  }
  const year = event.date.slice(0, 4);
  const when =
    event.precision === 'season' && event.season ? `${event.season} ${year}` : event.date;
  if (event.end !== undefined) {
    const unit = { day: '', month: ' (months)', season: '', year: ' (years)' }[event.precision];
    return `${when} to ${event.end}${unit}`;
  }
  const note = { day: '', month: ' (month)', season: '', year: ' (year)' }[event.precision];
  return `${when}${note}`;
}

/** Entries of one date, in page order. */
export interface DateGroup {
  /** {@link dateLabel} of the date. */
  label: string;
  events: TimelineEvent[];
  /** True when every entry of the group was still ahead at the time of writing. */
  future: boolean;
  /** True when every entry of the group is a deadline. */
  deadline: boolean;
  /** True when every entry of the group was reported done by its date. */
  doneBy: boolean;
  /** True when every entry of the group was under way at the time of writing. */
  ongoing: boolean;
  /** True when every entry of the group is the day of a plan since changed. */
  givenUp: boolean;
}

/**
 * What an entry says of itself beside its date: expected, under way, a deadline, done by the
 * date (or none).
 */
function eventNotes(event: {
  future: boolean;
  deadline?: boolean;
  doneBy?: boolean;
  ongoing?: boolean;
  givenUp?: boolean;
}): string[] {
  return [
    ...(event.future ? [FUTURE_NOTE] : []),
    ...(event.ongoing ? [ONGOING_NOTE] : []),
    ...(event.deadline ? [DEADLINE_NOTE] : []),
    ...(event.doneBy ? [DONE_BY_NOTE] : []),
    ...(event.givenUp ? [GIVEN_UP_NOTE] : []),
  ];
}

/** The notes every entry of a group shares, said once with its heading. */
export function groupNotes(group: DateGroup): string[] {
  return eventNotes(group);
}

/** The notes of one entry of `group` that the group's heading does not already say. */
export function ownNotes(event: TimelineEvent, group: DateGroup): string[] {
  const shared = new Set(groupNotes(group));
  return eventNotes(event).filter((note) => !shared.has(note));
}

/**
 * Groups consecutive entries that share a date label: one heading per date, its events under
 * it. The timeline is in date order, so consecutive is the same as equal.
 */
export function groupByDate(events: readonly TimelineEvent[]): DateGroup[] {
  const groups: DateGroup[] = [];
  for (const event of events) {
    const label = dateLabel(event);
    const last = groups[groups.length - 1];
    if (last && last.label === label) {
      last.events.push(event);
      last.future &&= event.future;
      last.deadline &&= event.deadline === true;
      last.doneBy &&= event.doneBy === true;
      last.ongoing &&= event.ongoing === true;
      last.givenUp &&= event.givenUp === true;
    } else {
      groups.push({
        label,
        events: [event],
        future: event.future,
        deadline: event.deadline === true,
        doneBy: event.doneBy === true,
        ongoing: event.ongoing === true,
        givenUp: event.givenUp === true,
      });
    }
  }
  return groups;
}

/**
 * What to say when a page starts past the last entry: the offset and how many entries there
 * are, so the reader knows where the pages end.
 */
export function pastTheEnd(offset: number, total: number, limit: number): string {
  const lastPage = Math.max(0, Math.floor((total - 1) / Math.max(1, limit)) * Math.max(1, limit));
  return `No events at offset ${offset}: ${counted(total, 'event')} ${pick(total, 'matches', 'match')}, so the last page starts at offset ${lastPage}.`;
}
