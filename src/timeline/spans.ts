/**
 * Spans counted from the publication day that are not a plain day, week, month or year:
 * weekends ("this weekend", "over the weekend", "last weekend"), parts of the publication day
 * ("this morning", "tonight", "last night") and the nth weekday of a month ("the first
 * Saturday of the new year", "the last Friday of March 2021").
 *
 * Each is dated only where its reading is not in doubt; otherwise it is left undated with the
 * reason. A weekend is Saturday and Sunday, shown as a range of two days.
 */
import { addMonths, dayNumber, weekdayOf } from '../text/calendar.js';
import type { DateValue } from '../text/calendar.js';
import { daysInMonth } from '../text/dates.js';
import { MONTH_RE, WEEKDAY_RE, WEEKDAYS, monthNumber } from '../text/months.js';
import type { Tense } from './tense.js';
import { partOfSpeechAfter } from './wink.js';
import { YEAR } from '../text/year.js';
import { dayValue, type Resolution } from './resolution.js';

/** "this weekend", "last weekend", "next weekend", "over the weekend". */
export interface WeekendMention {
  kind: 'weekend';
  which: 'this' | 'last' | 'next' | 'the';
}

/** "the first Saturday of the new year", "the last Friday of March": a day of a month. */
export interface NthWeekdayMention {
  kind: 'nth-weekday';
  /** 1 to 5 counted from the month's start; -1 for "last". */
  ordinal: number;
  weekday: number;
  /** The month as written, or 1 for "the new year". */
  month?: number;
  year?: number;
  /** "of next month" (1), "of this month" (0), "of last month" (-1). */
  monthOffset?: number;
  /** "of the new year": January of the year after publication. */
  newYear?: boolean;
}

/** The kinds of mention this module reads. */
export type SpanMention = WeekendMention | NthWeekdayMention;

const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
  ['last', -1],
  ['final', -1],
]);

/** A span rule: when the sentence may hold it, its pattern, and what a match reads as. */
export interface SpanRule {
  when: RegExp;
  re: RegExp;
  read(groups: Record<string, string | undefined>, after: string): SpanMention | null;
}

/** Span rules, in the shape detect.ts runs its own rules. */
export const SPAN_RULES: SpanRule[] = [
  {
    // this weekend / last weekend / next weekend / over the weekend / at the weekend
    when: /weekend/iu,
    re: /(?<![\p{L}])(?:(?<which>[Tt]his|[Ll]ast|[Nn]ext|[Tt]he)\s+)weekend(?![\p{L}'’])/gu,
    // "the weekend of June 5", "the weekend before the vote": a weekend of the story, not of publication.
    read: (g, after) =>
      /^\s+(?:of|before|after|when|that|in)\b/iu.test(after) ||
      // "the weekend ferry service": a kind of service, not a weekend of the story.
      (/^\s+\p{Ll}/u.test(after) && partOfSpeechAfter('the weekend', after) === 'NOUN')
        ? null
        : {
            kind: 'weekend',
            which: (g.which?.toLowerCase() ?? 'the') as WeekendMention['which'],
          },
  },
  {
    // the first Saturday of the new year / the last Friday of March 2021 / the second Tuesday of next month
    when: /(?:first|second|third|fourth|fifth|last|final)\s/iu,
    re: new RegExp(
      String.raw`(?<![\p{L}])[Tt]he\s+(?<ordinal>first|second|third|fourth|fifth|last|final)\s+(?<weekday>${WEEKDAY_RE})\s+(?:of|in)\s+(?:(?<newYear>the\s+new\s+year)|(?<rel>next|this|last)\s+month|(?<month>${MONTH_RE})(?:,?\s+${YEAR})?)(?![\p{L}])`,
      'gu',
    ),
    read: (g) => {
      const ordinal = ORDINALS.get(g.ordinal ?? '') ?? 0;
      const weekday = WEEKDAYS.get(g.weekday ?? '') ?? 0;
      const base: NthWeekdayMention = { kind: 'nth-weekday', ordinal, weekday };
      if (g.newYear) return { ...base, month: 1, newYear: true };
      if (g.rel) return { ...base, monthOffset: { next: 1, this: 0, last: -1 }[g.rel] ?? 0 };
      const month = monthNumber(g.month ?? '');
      if (month === undefined) return null;
      return g.year ? { ...base, month, year: Number(g.year) } : { ...base, month };
    },
  },
];

/** The day of the month on which the `ordinal`th `weekday` falls, or null when there is none. */
export function nthWeekdayOfMonth(
  year: number,
  month: number,
  weekday: number,
  ordinal: number,
): number | null {
  const days = daysInMonth(year, month);
  if (ordinal === -1) {
    const last = dayNumber(year, month, days);
    return days - ((weekdayOf(last) - weekday + 7) % 7);
  }
  const first = (weekday - weekdayOf(dayNumber(year, month, 1)) + 7) % 7;
  const day = 1 + first + 7 * (ordinal - 1);
  return day <= days ? day : null;
}

/** A publication day as a day number, or null when the publication date is not a day. */
export function publicationDay(published: DateValue | null): number | null {
  if (!published || published.precision !== 'day') return null;
  if (published.month === undefined || published.day === undefined) return null;
  return dayNumber(published.year, published.month, published.day);
}

/**
 * A weekend counted from the publication day: Saturday to Sunday.
 *
 * - Published on a Saturday or Sunday: "this weekend" and "the weekend" are that one, "last
 *   weekend" the one before it; "next weekend" is in doubt (the coming one or the one after).
 * - Published Monday to Friday: "last weekend" is the one just past; "this weekend" and "the
 *   weekend" are the coming one when the sentence speaks of the future, the one just past
 *   when it speaks of the past ("over the weekend"), and in doubt when it says neither;
 *   "next weekend" is the coming one, except on a Friday, when it may be the one after.
 */
export function resolveWeekend(
  m: WeekendMention,
  published: DateValue | null,
  tense: Tense,
): Resolution {
  const pub = publicationDay(published);
  if (pub === null) return { date: null, reason: 'a weekend needs the day of publication' };
  const weekday = weekdayOf(pub);
  const onWeekend = weekday === 6 || weekday === 0;
  // Saturday of the weekend holding or following the publication day.
  const coming = pub + ((6 - weekday + 7) % 7) - (weekday === 0 ? 7 : 0);
  let saturday: number | null;
  if (onWeekend) {
    saturday = m.which === 'last' ? coming - 7 : m.which === 'next' ? null : coming;
  } else if (m.which === 'last') {
    saturday = coming - 7;
  } else if (m.which === 'next') {
    saturday = weekday === 5 ? null : coming;
  } else {
    saturday = tense === 'future' ? coming : tense === 'past' ? coming - 7 : null;
  }
  if (saturday === null) return { date: null, reason: 'which weekend is meant is in doubt' };
  return { date: dayValue(saturday), end: dayValue(saturday + 1) };
}

/** The year of "the new year" said in the second half of a year: the next one; otherwise in doubt. */
const NEW_YEAR_FROM_MONTH = 7;

/**
 * The nth weekday of a month. The month's year is the one stated, else the one the
 * publication date gives ("of next month", "of the new year" said from July on), else the
 * year `yearOf` finds for a yearless month (the resolver's usual rule).
 */
export function resolveNthWeekday(
  m: NthWeekdayMention,
  published: DateValue | null,
  yearOf: (month: number) => number | null,
): Resolution {
  let year: number | null = m.year ?? null;
  let month = m.month;
  if (m.newYear) {
    if (!published || (published.month ?? 0) < NEW_YEAR_FROM_MONTH)
      return { date: null, reason: '"the new year" needs a publication date late in a year' };
    year = published.year + 1;
  } else if (m.monthOffset !== undefined) {
    if (!published || published.month === undefined)
      return { date: null, reason: `"${m.monthOffset}" months counts from an unknown date` };
    ({ year, month } = addMonths(published.year, published.month, m.monthOffset));
  } else if (year === null && month !== undefined) {
    year = yearOf(month);
  }
  if (year === null || month === undefined)
    return { date: null, reason: 'no year for the month of a weekday' };
  const day = nthWeekdayOfMonth(year, month, m.weekday, m.ordinal);
  if (day === null) return { date: null, reason: 'the month has no such weekday' };
  return { date: { year, month, day, precision: 'day' } };
}
