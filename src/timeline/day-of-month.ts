/**
 * A day of the month written without its month: "approval came on the 12th", "until the 3rd".
 *
 * Its month is the one the text is in, as for other expressions that leave out what the
 * reader already knows. In news-style text that is the time of writing's (HeidelTime's
 * news-style rule: underspecified dates take what they leave out from the document creation
 * time; J. Strötgen, HeidelTime GATE wrapper readme, 2016, and Strötgen & Gertz, "Multilingual
 * and cross-domain temporal tagging", Language Resources and Evaluation 47(2), 2013), unless
 * the narrative has just set a month ("In March 2019 the ferry broke down; it was repaired on the
 * 12th": narrative-style reference time). Between the publication month and its neighbour the
 * choice follows the rule the resolver uses for a yearless date one level up (AP style): on or
 * before publication for what is past ("won approval on the 12th", published on the 20th: the
 * 12th of that month; published on the 5th: of the month before), on or after it for what lies
 * ahead, the nearer of the two when the sentence says neither.
 */
import { addMonths, dayNumber } from '../text/calendar.js';
import type { DateValue } from '../text/calendar.js';
import { daysInMonth } from '../text/dates.js';
import type { Tense } from './tense.js';
import type { Resolution } from './resolution.js';

/** "on the 12th": a day of a month the text does not name. */
export interface DayOfMonthMention {
  kind: 'day-of-month';
  day: number;
  /**
   * "the 3rd of last month" (-1), "of this month" (0), "of next month" (1): the month counted
   * from the publication month, as "last month" is. Absent when the text names no month.
   */
  monthOffset?: number;
}

/**
 * Words a date takes before it; others ("for the 12th time", "the 12th century") make the
 * ordinal a rank, and a word after it other than a link or a preposition ("the 12th floor",
 * "the 12th of May", read by the rules for a day and month) does too. "And" links a second
 * verb phrase ("take effect on the 24th and include the 41"), unless a rank follows ("the 12th
 * and final day") or a second number ("the 3rd and 4th floors").
 */
export const DAY_OF_MONTH_RE =
  /(?<=\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Tt]ill|[Ss]ince|[Ff]rom|[Bb]efore|[Aa]fter)\s)the\s+(?<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?=\s*(?:[,.;:!?)"”’]|$)|\s+(?:but|when|after|before|at|with|while|as)\b|\s+and\s+(?!(?:final|last|latest|penultimate)\b|\d))/gu;

/** Reads a match of {@link DAY_OF_MONTH_RE} or {@link DAY_OF_COUNTED_MONTH_RE}. */
export function readDayOfMonth(groups: Record<string, string | undefined>): DayOfMonthMention {
  const offset = { last: -1, this: 0, next: 1 }[groups.rel?.toLowerCase() ?? ''];
  return {
    kind: 'day-of-month',
    day: Number(groups.day),
    ...(offset === undefined ? {} : { monthOffset: offset }),
  };
}

/**
 * "lodged an objection on the 3rd of last month", "by the 14th of next month": a day of a month
 * counted from the publication month.
 */
export const DAY_OF_COUNTED_MONTH_RE =
  /(?<=\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Tt]ill|[Ss]ince|[Ff]rom|[Bb]efore|[Aa]fter)\s)the\s+(?<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\s+of\s+(?<rel>last|this|next)\s+month\b/gu;

function dayIn(year: number, month: number, day: number): DateValue | null {
  return day <= daysInMonth(year, month) ? { year, month, day, precision: 'day' } : null;
}

/**
 * The full date of "the 12th".
 *
 * @param narrative the month the narrative has just set, or null
 * @param published the publication date as the article states it, or null
 * @param tense whether the sentence puts the day ahead, behind, or neither
 */
export function resolveDayOfMonth(
  m: DayOfMonthMention,
  narrative: { year: number; month: number } | null,
  published: DateValue | null,
  tense: Tense,
): Resolution {
  if (m.monthOffset !== undefined) {
    if (!published || published.month === undefined)
      return { date: null, reason: '"of last month" counts from an unknown publication date' };
    const { year, month } = addMonths(published.year, published.month, m.monthOffset);
    const date = dayIn(year, month, m.day);
    return date ? { date } : { date: null, reason: 'the month has no such day' };
  }
  if (narrative) {
    const date = dayIn(narrative.year, narrative.month, m.day);
    return date ? { date } : { date: null, reason: 'the month has no such day' };
  }
  if (!published || published.precision !== 'day' || published.month === undefined)
    return { date: null, reason: 'a day of the month needs the day of publication' };
  const pub = dayNumber(published.year, published.month, published.day ?? 1);
  const around = (offset: number): DateValue | null => {
    const { year, month } = addMonths(published.year, published.month as number, offset);
    return dayIn(year, month, m.day);
  };
  const at = (d: DateValue): number => dayNumber(d.year, d.month as number, d.day as number);
  const same = around(0);
  const behind = same && at(same) <= pub ? same : around(-1);
  const ahead = same && at(same) >= pub ? same : around(1);
  const date =
    tense === 'past'
      ? behind
      : tense === 'future'
        ? ahead
        : behind && ahead
          ? at(ahead) - pub < pub - at(behind)
            ? ahead
            : behind
          : (behind ?? ahead);
  return date ? { date } : { date: null, reason: 'the month has no such day' };
}
