/**
 * The day of an occasion arranged by a dated act: "The council agreed on Monday to hold a vote on
 * 14 March", published Sunday 1 June 2025. What an act arranges lies ahead of the act (an
 * arrangement is a future seen from its own time), so when the arranging verb has its own date
 * in the sentence, the occasion's yearless day is the first such day on or after that act's:
 * the vote is on 14 March 2026, not on the 14 March before the agreeing (Monday 26 May 2025).
 * Only a date the same verb governs dates the act ("On Monday the council agreed …" too); a
 * date of another verb ("The council, which met on 2 February, agreed to hold …") does not.
 * The act's date may stand after the occasion's, the occasion being the subject of the
 * arranging passive ("The vote, on 14 March, was agreed on Monday"): the act takes its own
 * date, the occasion the first such day on or after it, as before.
 * Read when the tense leaves the day's side to the date (called-occasion.ts); an occasion
 * already ahead of the time of writing ("has agreed to hold") is ahead of the act as well.
 */
import { dayNumber, intervalOf, weekdayOf, type DateValue } from '../text/calendar.js';
import type { CalendarMention } from './mention.js';
import { unresolved, type Resolution } from './resolution.js';
import { arrangingVerbAfter, arrangingVerbOf, governingMarkerWord, type Tense } from './tense.js';
import { weekdayWritten } from './written-weekday.js';
import { withYear } from './year-rules.js';

/** A date of the sentence read so far: where it stands, its tense and what it resolved to. */
export interface SentenceDate {
  start: number;
  end: number;
  tense: Tense;
  date: DateValue | null;
}

/** True when `d` can date an act: a past day or month the verb `verb` of `sentence` governs. */
function datesAct(
  sentence: string,
  d: SentenceDate,
  verb: string,
): d is SentenceDate & { date: DateValue } {
  return (
    d.date !== null &&
    d.tense === 'past' &&
    (d.date.precision === 'day' || d.date.precision === 'month') &&
    governingMarkerWord(sentence, d.start, d.end)?.toLowerCase() === verb
  );
}

/**
 * The date of the act that arranges the occasion whose yearless day `m` is, in `sentence` whose
 * dates before `m` resolved to `earlier`: the nearest earlier past date, of a day or a month,
 * that the arranging verb governs; null when the day is no arranged occasion's or the act has
 * no date.
 */
function actDate(
  sentence: string,
  m: CalendarMention & { start: number },
  earlier: readonly SentenceDate[],
): DateValue | null {
  const verb = arrangingVerbOf(sentence, m.start)?.toLowerCase();
  if (verb === undefined) return null;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const d = earlier[i]!;
    if (d.end <= m.start && datesAct(sentence, d, verb)) return d.date;
  }
  return null;
}

/** A yearless day or month an occasion may take from its act (see {@link arrangedAfterAct}). */
function takesActYear<M extends CalendarMention>(m: M): m is M & { month: number } {
  return (
    m.year === undefined &&
    !m.until &&
    m.yearOffset === undefined &&
    m.shift === null &&
    m.month !== undefined &&
    m.season === undefined
  );
}

/**
 * The first day (or month) `m` names on or after the act dated `act`, in the act's year or the
 * next; left undated when a weekday written with it falls on that day in neither.
 */
function onOrAfterAct(
  sentence: string,
  m: CalendarMention & { start: number; month: number },
  act: DateValue,
): Resolution {
  const actFirst = intervalOf(act).first;
  const inActYear = withYear(m, act.year);
  const date = intervalOf(inActYear).last < actFirst ? withYear(m, act.year + 1) : inActYear;
  const weekday = weekdayWritten(sentence, m.start);
  if (
    weekday !== null &&
    date.day !== undefined &&
    weekdayOf(dayNumber(date.year, m.month, date.day)) !== weekday
  )
    return unresolved('the weekday written with it falls on that day in no year after the act');
  return { date };
}

/**
 * The date of the yearless occasion `m` of `sentence` arranged by an act dated earlier in it
 * (see the module note): the first such day on or after the act, in the act's year or the next;
 * left undated when a weekday written with it falls on that day in neither. Null when the
 * sentence dates no arranging act, or `m` states its year, a range or a counted year.
 */
export function arrangedAfterAct(
  sentence: string,
  m: CalendarMention & { start: number },
  earlier: readonly SentenceDate[],
): Resolution | null {
  if (!takesActYear(m)) return null;
  const act = actDate(sentence, m, earlier);
  return act === null ? null : onOrAfterAct(sentence, m, act);
}

/**
 * The date of the yearless occasion `m` of `sentence` that is the subject of the passive
 * arranging it, the act dated later in the sentence ("The vote, on 14 March, was agreed on
 * Monday"): as {@link arrangedAfterAct}, with `later` the sentence's dates after `m` as they
 * resolved; the first past date the passive's verb governs dates the act. Null when `m` is no
 * such occasion's day or the act has no date.
 */
export function arrangedBeforeAct(
  sentence: string,
  m: CalendarMention & { start: number; end: number },
  later: readonly SentenceDate[],
): Resolution | null {
  if (!takesActYear(m)) return null;
  const verb = arrangingVerbAfter(sentence, m.start, m.end)?.toLowerCase();
  if (verb === undefined) return null;
  for (const d of later)
    if (d.start >= m.end && datesAct(sentence, d, verb)) return onOrAfterAct(sentence, m, d.date);
  return null;
}
