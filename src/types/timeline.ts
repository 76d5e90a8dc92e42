/**
 * Timeline data: entries, the filters that select them and a page of them. Produced by
 * src/timeline, returned by the engine, rendered by every front end. Plain, JSON-serialisable.
 */
import type { Quote } from './quote.js';

/** How precisely a timeline date is known. */
export type DatePrecision = 'day' | 'month' | 'season' | 'year';

/**
 * One entry of the timeline: an event and every source that dates it. Plain JSON, so any
 * renderer (text, Discord, a chart) can draw it from these fields alone:
 *
 * - a point in time: `date` at `precision` (a day, a month, a season, a year);
 * - a span: `date` to `end`, both at `precision` ("the years 2021-2023": `2021` to `2023`);
 * - a date whose year the article does not state: `yearStated` false and `date` written
 *   `--MM-DD` or `--MM` (ISO 8601's form for a month and day without a year). Such entries
 *   come after every dated one, in calendar order of month and day; no year is ever guessed
 *   for them, so a chart must draw them apart from the time axis, or not at all.
 *
 * Entries come in date order (by first day, coarser precision first); several entries may
 * share a date (different events of one day).
 */
export interface TimelineEvent {
  /**
   * `YYYY`, `YYYY-MM` or `YYYY-MM-DD` by precision (a season is given as its first month);
   * `--MM-DD` or `--MM` when `yearStated` is false.
   */
  date: string;
  precision: DatePrecision;
  /** For a season: its name ("spring"); otherwise absent. */
  season?: string;
  /** The last day, month or year of a range, in the same form as `date`; absent for a point. */
  end?: string;
  /**
   * False when nothing fixes the year: no year in the article's text near or about the date,
   * and no publication day to count from. The month and day are as written; the year is
   * unknown. True otherwise.
   */
  yearStated: boolean;
  /**
   * True when the entry is a plan or a forecast: at least one source puts the event ahead at
   * its time of writing (by its tense, or a date after its publication date). No source of such
   * an entry reports the event as having happened: a plan and a report of the same date are two
   * entries. A source that says neither does not count either way.
   */
  future: boolean;
  /**
   * True when the entry is a span that had begun by its sources' publication date and had not
   * ended by it ("The consultation runs from 1 to 20 November", published 12 November): under
   * way at the time of writing, neither wholly past nor expected (`future` is false). Absent
   * otherwise.
   */
  ongoing?: true;
  /**
   * True when the date is a deadline, the latest time for what the quotes tell ("no later than
   * 31 March", "must be done by 1 May", "before the end of June", "has until Friday to reply"):
   * not the day it happened or is to happen. Absent otherwise. Every source of such an entry
   * gives the date as a deadline: a deadline and an event of that day are two entries.
   */
  deadline?: true;
  /**
   * True when the quotes report the event done by the date ("Crews had restored power to most
   * homes by Wednesday evening", "By Sunday, the barrier had been breached"): it happened no
   * later than the date, on it or before, and no one set the date as a deadline ("by" of time
   * is "not later than", Quirk et al. 1985, 9.40). Absent otherwise; never with `deadline` or
   * `future`. Every source of such an entry gives the date so.
   */
  doneBy?: true;
  /**
   * True when the quotes give the date as the day of a plan they tell was changed or given up
   * ("The library was originally due to open in September 2025", "had been due to strike on 2
   * November but was called off", "had been scheduled for 7 October but was postponed"): the event was planned for
   * that day, and no quote reports it happened then. Absent otherwise; never with `future`.
   * Every source of such an entry gives the date so.
   */
  givenUp?: true;
  quotes: TimelineQuote[];
  /**
   * On a `future` entry only: later articles' reports that this planned event was called off,
   * postponed or put on hold, each quoted verbatim with its source ("The 20 November strike was
   * called off by the union on Tuesday."). A report is linked only when its sentence names the
   * plan's event (the same event noun, or a WordNet synonym, as a source of the entry) with a date
   * resolving to the entry's own, and its article states a publication date later than every
   * source's of the entry. The entry stays `future`: it was expected when its sources were
   * written. Absent when no report is linked; in doubt, none is.
   */
  outcomes?: PlanOutcome[];
}

/**
 * What a later article reports became of a planned entry: `called off` (called off, cancelled,
 * scrapped, abandoned, axed, shelved), `postponed` (postponed, deferred, put off: any new date is
 * shown only as the quote gives it), `moved` (brought forward, moved, rescheduled, from the plan's
 * day to another) or `put on hold` (suspended, put on hold), by the report's own
 * verb; `quote`, the report's sentence verbatim, with its source.
 */
export interface PlanOutcome {
  outcome: 'called off' | 'postponed' | 'moved' | 'put on hold';
  quote: Quote;
}

/** A quote of a timeline entry. */
export interface TimelineQuote extends Quote {
  /**
   * False on a quote whose article does not state the entry's year: a yearless quote ("On
   * September 14", no year near it, no publication date) that joined a dated entry of the same
   * event as one more source, at the entry's own precision. The heading's year comes from the
   * other sources. Absent otherwise.
   */
  yearStated?: false;
  /**
   * Set when the quote dates the event less precisely than the entry's heading: "In November
   * 2020" joined to 2020-11-19 by the same event told in another article is `month`, so that
   * it is never shown as stating the day. Absent when it states the heading's precision.
   */
  precision?: DatePrecision;
  /**
   * The noun phrase whose date the quote gives, as written, when that is not the date of the
   * sentence's act: "last month's pay deal" in "The union rejected last month's pay deal", whose
   * rejection the date does not give. Absent when the date is the act's.
   */
  dates?: string;
  /**
   * True when the quote gives the date as approximate ("made around 1340", "circa 1850"): the
   * event may fall near the heading's date, not surely in it. Absent otherwise.
   */
  approximate?: true;
}

/** Filters of the engine's `timeline`. Dates at any precision: `2020`, `2020-11`, `2020-11-19`. */
export interface TimelineFilters {
  from?: string;
  to?: string;
  source?: string;
  /**
   * Article ids (an outlet's articles): entries with a quote from any of them, their quotes
   * first, as `source` does for one; given with `source`, the articles in both.
   */
  sources?: readonly string[];
  keyword?: string;
  offset?: number;
  limit?: number;
}

/** A page of the timeline. */
export interface TimelinePage {
  events: TimelineEvent[];
  /** Events matching the filters, across all pages. */
  total: number;
  offset: number;
  limit: number;
}
