/**
 * Where an event lies in time: the stretch its date covers at the precision it is known. A day
 * covers one day, a month its month, a season the three months from its first, a year its year;
 * a range runs to the end of its last unit. Drawing the whole stretch, rather than a point at its
 * start, keeps "2020" from looking as exact as "2020-01-01".
 */
import type { DatePrecision, TimelineEvent } from '../engine/types.js';

/**
 * What the chart reads of an event. `end` and `yearStated` are optional so that a timeline
 * without ranges or yearless dates fits too.
 */
export type ChartEvent = Pick<
  TimelineEvent,
  'date' | 'precision' | 'future' | 'deadline' | 'quotes'
> & {
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

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The stretch one written date covers, or null when it is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
function dateSpan(date: string, precision: DatePrecision): Span | null {
  const m = ISO.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]) - 1;
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (month !== undefined && (month < 0 || month > 11)) return null;
  const utc = (y: number, mo: number, d: number) => {
    const t = new Date(0);
    // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as written.
    t.setUTCFullYear(y, mo, d);
    return t.getTime();
  };
  if (month === undefined) return { start: utc(year, 0, 1), end: utc(year + 1, 0, 1) };
  if (day === undefined) {
    const months = precision === 'season' ? 3 : 1;
    return { start: utc(year, month, 1), end: utc(year, month + months, 1) };
  }
  const start = utc(year, month, day);
  if (new Date(start).getUTCDate() !== day) return null;
  return { start, end: utc(year, month, day + 1) };
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
