/**
 * Timeline data: entries, the filters that select them and a page of them. Produced by
 * src/timeline, returned by the engine, rendered by every front end. Plain, JSON-serialisable.
 */
import type { Quote } from './quote.js';

/** How precisely a timeline date is known. */
export type DatePrecision = 'day' | 'month' | 'season' | 'year';

/** One entry of the timeline: an event and every source that dates it. */
export interface TimelineEvent {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a season is given as its first month. */
  date: string;
  precision: DatePrecision;
  /** For a season: its name ("spring"); otherwise absent. */
  season?: string;
  /** True when the quote speaks of the future at the time of writing (a plan, a forecast). */
  future: boolean;
  quotes: Quote[];
}

/** Filters of the engine's `timeline`. Dates at any precision: `2020`, `2020-11`, `2020-11-19`. */
export interface TimelineFilters {
  from?: string;
  to?: string;
  source?: string;
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
