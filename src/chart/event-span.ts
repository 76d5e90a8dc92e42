/**
 * Where an event lies in time: the stretch its date covers at the precision it is known. A day
 * covers one day, a month its month, a season the three months from its first, a year its year;
 * a range runs to the end of its last unit. Drawing the whole stretch, rather than a point at its
 * start, keeps "2020" from looking as exact as "2020-01-01".
 */
import type { DatePrecision, TimelineEvent } from '../engine/types.js';
import { dayStartMs, intervalOf, parseIsoDate } from '../text/calendar.js';

/**
 * What the chart reads of an event. `end` and `yearStated` are optional so that a timeline
 * without ranges or yearless dates fits too.
 */
export type ChartEvent = Pick<
  TimelineEvent,
  'date' | 'precision' | 'future' | 'deadline' | 'quotes'
> & {
  /** An act reported done by the date: drawn "by" it, as a deadline is. */
  doneBy?: true;
  /** The day of a plan since changed: drawn hollow, as a plan is. */
  givenUp?: true;
  season?: string;
  /** The last day, month or year of a range, in the same form as `date`. */
  end?: string;
  /** False when no year is known (`date` then starts with `--`): such events are not drawn. */
  yearStated?: boolean;
};

/** A stretch of time in UTC milliseconds, `[start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** The stretch one written date covers, or null when it is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
function dateSpan(date: string, precision: DatePrecision): Span | null {
  const stated = parseIsoDate(date);
  if (!stated) return null;
  // A season is written as its first month (text/calendar.ts SEASON_FIRST_MONTH): only the
  // event's precision tells it from that month.
  const days = intervalOf(
    precision === 'season' && stated.precision === 'month'
      ? { ...stated, precision: 'season' }
      : stated,
  );
  return { start: dayStartMs(days.first), end: dayStartMs(days.last + 1) };
}

/**
 * The stretch of time `event` covers, or null when it cannot be placed on a time axis: no year
 * stated, or a date the chart cannot read (the chart then says how many it left out).
 */
export function eventSpan(event: ChartEvent): Span | null {
  if (event.yearStated === false) return null;
  const first = dateSpan(event.date, event.precision);
  if (!first) return null;
  if (event.end === undefined) return first;
  const last = dateSpan(event.end, event.precision);
  if (!last || last.end < first.start) return first;
  return { start: first.start, end: last.end };
}
