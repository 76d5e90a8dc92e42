/**
 * The days of a week shown as its month ("next week", published 14 March: the 16th to the
 * 23rd, weeks counted from Sunday or from Monday), and the part of it "early" or "late" states:
 * "early next week" is its first days, "late last week" its last. TimeML's START and END
 * modifiers (TimeML 1.2.1 TIMEX3 `mod`) fix no days; a half week (four days at each end of the
 * eight either reading may cover) is this project's reading. Merging reads these days: a quote
 * of "early next week" is no source of an entry at "the end of the month" (merge.ts).
 */
import type { Resolution } from './resolution.js';
import { weekdayOf } from '../text/calendar.js';

/** "early" or "late" right before the week's words ("early next week", "late last week"). */
const PART_BEFORE = /\b(?<part>early|late|later|end\s+of)\s+(?:the\s+)?$/iu;

/** Days at each end of a week that "early" and "late" keep. */
const HALF_WEEK = 4;

/**
 * `resolution` with its `days` narrowed to the part of the week the words before the date at
 * `start` of `sentence` state; unchanged when they state none or the date is no week.
 */
export function withWeekPart(
  resolution: Resolution,
  sentence: string | undefined,
  start: number,
): Resolution {
  if (resolution.date === null || resolution.days === undefined || sentence === undefined)
    return resolution;
  const part = PART_BEFORE.exec(sentence.slice(0, start))?.groups?.part?.toLowerCase();
  if (part === undefined) return resolution;
  const [first, last] = resolution.days;
  return {
    ...resolution,
    days:
      part === 'early'
        ? [first, Math.min(last, first + HALF_WEEK - 1)]
        : [Math.max(first, last - HALF_WEEK + 1), last],
  };
}

/**
 * The days (day numbers, text/calendar.ts) of the week `offset` weeks from the one holding day
 * `n` ("last week": −1), whether weeks are counted from Monday (ISO 8601, most of Europe) or from
 * Sunday (North America): the text does not say which, so the span holds both readings, eight
 * days, `[first, last]`.
 */
export function weekDays(n: number, offset: number): [first: number, last: number] {
  const monday = n - ((weekdayOf(n) + 6) % 7) + 7 * offset;
  const sunday = n - weekdayOf(n) + 7 * offset;
  return [Math.min(monday, sunday), Math.max(monday, sunday) + 6];
}
