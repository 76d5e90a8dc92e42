/**
 * What resolving one mention gives: its full date (and the end of its range), or no date and
 * the reason it was left out. Every resolver (resolve.ts, spans.ts, day-of-month.ts) returns this
 * one shape, so the reasons reach `buildTimelineDetailed` alike.
 */
import { fromDayNumber, type DateValue } from '../text/calendar.js';

/** The result for one mention: its date, or null with the reason it was left out. */
export type Resolution =
  | {
      date: DateValue;
      end?: DateValue;
      reason?: undefined;
      /**
       * When the sentence was written, where not at publication: the day of the note it is in
       * ("Update, 10 April: …", update-line.ts), the reference for which side of it the date lies.
       */
      writtenOn?: DateValue;
      /**
       * The days of its month (first and last day of the month, 1–31) a date shown as a month
       * is narrowed to by what the text says: a week shown as its month ("next week": the 16th
       * to the 23rd; week-days.ts).
       */
      days?: [number, number];
    }
  | { date: null; reason: string };

/** A mention left undated, with why. */
export const unresolved = (reason: string): Resolution => ({ date: null, reason });

/** The day numbered `n` (days since 1970-01-01, as text/calendar.ts counts them) at day precision. */
export const dayValue = (n: number): DateValue => ({ ...fromDayNumber(n), precision: 'day' });
