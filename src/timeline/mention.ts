/**
 * Mentions: what detection reads from one date expression of a sentence, before anything is
 * resolved. Each kind keeps the precision the text gives it (a calendar date, a weekday, a date
 * counted from an anchor, a span of days, a day of the month); offsets are the sentence's. Kept
 * apart from the rules that find them (detect.ts) because ranges, filters and the resolver read
 * them too.
 */
import type { Season } from '../text/calendar.js';
import type { DayOfMonthMention } from './day-of-month.js';
import type { SpanMention } from './spans.js';
import type { EasterFeastMention } from './weekday-occasions.js';

/** A calendar date as written: any of year, month, day or season may be missing. */
export interface CalendarMention {
  kind: 'calendar';
  year?: number;
  month?: number;
  day?: number;
  season?: Season;
  /** "since 1994": the start of a state that lasts; never used as the narrative's year. */
  since: boolean;
  /** "around 1340", "circa 1850": a year the text gives as approximate. Absent otherwise. */
  approximate?: true;
  /** "last October" / "next October": which side of the publication date it lies on. */
  shift: 'last' | 'next' | null;
  /** "in September of this year", "December last year": the year counted from publication. */
  yearOffset?: number;
  /**
   * The end of a range ("the years 2021-2023", "from March 3 to March 5, 2021"); its year is
   * absent only when the start's is ("between 12 and 14 May").
   */
  until?: { year?: number; month?: number; day?: number };
  /**
   * A span told by its beginning and its end whose end is told as still ahead ("began in May and
   * is due to finish in November"): begun and not yet over at the time of writing.
   */
  endAhead?: true;
}

/** A weekday ("on Thursday", "Thursday's address", "last Friday"). */
export interface WeekdayMention {
  kind: 'weekday';
  weekday: number;
  shift: 'last' | 'next' | null;
  /** "Monday next week": the week (Monday to Sunday) counted from the publication date's. */
  week?: number;
  /**
   * "a week on Friday", "Friday week", "a fortnight on Friday": the weeks after the weekday
   * ahead (1 or 2), as British English counts them (date-rules.ts {@link weeksOnWeekday}).
   */
  weeksOn?: number;
}

/**
 * A date counted from an anchor: the publication date, the narrative's previous date, or
 * (`current`: "the end of the month") the month or year the text is in — the narrative's when
 * it has just set one, else the publication's.
 */
export interface RelativeMention {
  kind: 'relative';
  unit: 'day' | 'week' | 'month' | 'year';
  offset: number;
  anchor: 'publication' | 'narrative' | 'current';
  /**
   * "the following three months": a span of `count` whole units, from the one after the anchor
   * (`offset` 1) to the `count`th after it.
   */
  count?: number;
  /**
   * "two days later": counted only from the one event the sentence before (or this one, before
   * it) dates; when that sentence dates more than one, which is meant is in doubt.
   */
  sole?: true;
}

/** What a rule reads from a date expression, before its place in the sentence is added. */
export type MentionReading =
  | CalendarMention
  | WeekdayMention
  | RelativeMention
  | SpanMention
  | DayOfMonthMention
  | EasterFeastMention;

/** A date expression found in a sentence; offsets are relative to the sentence text. */
export type Mention = MentionReading & {
  start: number;
  end: number;
  text: string;
};

/** A span (relative to the sentence) that wink-nlp or a rule marks as a duration. */
export interface Span {
  start: number;
  end: number;
}

/** True when two half-open character spans share a character. */
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
