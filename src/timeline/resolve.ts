/**
 * Resolution: gives each mention of an article a full date, reading the article the way its
 * readers do, or leaves it unresolved.
 *
 * News conventions followed:
 * - A date that states its year is taken as written.
 * - A date with no year takes the narrative's year when the narrative has just established
 *   it: an explicit year in the same or the previous sentence of the paragraph ("…agreements
 *   in 2021. In March, …"), or a month-level date in the same or previous paragraph that the
 *   new date does not precede, a few sentences back at most ("In June 2021 … in September …
 *   on 4 November"). A bare year
 *   further back is often about something else ("Putin established the Rosgvardia in 2016")
 *   and is not used. In an article with a publication date, a year other than the
 *   publication year carries over only within its own sentence (HeidelTime's news genre:
 *   the publication date is the reference).
 * - Otherwise it takes the year that puts it on or before the publication date (after it, for
 *   a statement about the future): the most recent such date, as in AP style.
 * - Weekdays, "last month", "this week", "yesterday" count from the publication date (a
 *   weekday right after a dated stretch of days holding it is in doubt: see storyDayOf);
 *   "the next month", "the following day" count from the date of the previous sentence.
 * - Without an anchor it stays unresolved: the clock is never a reference.
 * - In an article an update line dates later ("Update, May 4: …"), a day counted from the time
 *   of writing that the update's day counts to another day is in doubt (update-line.ts).
 *
 * The year rules for a date that states none are in year-rules.ts; this file anchors each kind
 * of mention and carries the narrative's date from sentence to sentence.
 */
import {
  addMonths,
  dayNumber,
  formatDate,
  fromDayNumber,
  intervalOf,
  monthHolding,
  weekdayOf,
} from '../text/calendar.js';
import type { DateValue } from '../text/calendar.js';
import type { CalendarMention, Mention, RelativeMention, WeekdayMention } from './mention.js';
import { earlierReportAround, isReportDate } from './earlier-report.js';
import { datesSaying, deicticDay } from './spoken-day.js';
import { reportingClauseAfter } from './backshift.js';
import { boundOfWantedAct } from './accomplished-by.js';
import { statedUnderWay } from './under-way.js';
import { resolveEasterFeast } from './weekday-occasions.js';
import { isCalledOffPlanDay } from './called-off.js';
import { aheadOfWriting, committingVerb, isSayingDate, type Tense } from './tense.js';
import { actAfterCommitment, dateAfterRecentMove } from './committed-act.js';
import { currentYearAhead, dateAfterOccasion } from './current-year.js';
import { boundOfPresentState } from './present-bound.js';
import { occasionSide } from './occasion-side.js';
import { resolveNthWeekday, resolveWeekend } from './spans.js';
import { resolveDayOfMonth } from './day-of-month.js';
import { dayValue, unresolved, type Resolution } from './resolution.js';
import { YEAR_DIGITS } from '../text/year.js';
import { MONTH_RE } from '../text/months.js';
import { namesPersonNotMonth } from './lookalikes.js';
import { weekdayWritten, yearOnWeekday } from './written-weekday.js';
import { weekdayPartner } from './weekday-span.js';
import { occasionWeekdayAhead } from './occasion-weekday.js';
import { beforeWritingDay } from './before-writing-day.js';
import { weekDays, withWeekPart } from './week-days.js';
import { currentPart, currentPartOf } from './current-part.js';
import { isGivenUpPlan, movedToInPast, movedWithSlotInPast } from './rescheduled.js';
import { inAttemptedAct } from './attempt.js';
import { resolveFromNarrative } from './anaphora.js';
import { noteStampEnd, updatedOn } from './update-line.js';
import { isDeadlineYear } from './deadline-year.js';
import { boundAtOnset } from './deadline.js';
import { arrangedAfterAct, arrangedBeforeAct, type SentenceDate } from './arranged-after-act.js';
import {
  YEAR_NOT_STATED,
  countsYearsBack,
  mentionMonth,
  monthDayOrder,
  narrativeMonth,
  narrativeYear,
  publicationYear,
  relativeCountedBackByYears,
  withYear,
} from './year-rules.js';
import { matchesOf } from '../text/matches-of.js';

/** A mention with its place in the article, as the resolver needs it. */
export interface PlacedMention {
  mention: Mention;
  /** Index of the sentence in the article. */
  sentence: number;
  /** Index of the paragraph in the article. */
  paragraph: number;
  /** Whether the sentence puts the date ahead of the time of writing, behind it, or neither. */
  tense: Tense;
  /** The sentence, when known: a year set off in it by commas does not set the narrative's year. */
  text?: string;
  /**
   * The date names a thing ("the funded loan of 1891": thing-date.ts): it sets no year for later
   * sentences. Read when the timeline is built; absent elsewhere.
   */
  namesThing?: true;
  /**
   * A weekday or weekend inside a direct quotation, counted from when the speaker spoke
   * (spoken-day.ts). Read when the timeline is built; absent elsewhere.
   */
  spoken?: true;
}

/** Words that carry a sentence on after a comma rather than close an aside: "…in 2019, and on May 3…". */
const CARRY_ON = /^\s*(?:and|but|or|so|then|when|while|as|after|before|until)\b/iu;

/**
 * True when `start`–`end` lies in an aside set off by commas, brackets or dashes: "The
 * council, set up in 2019, voted on March 3". A year there is about the aside, not the
 * narrative ("In 2019, the board voted on March 3" and "…began in 2019, and on May 3…" are not
 * asides).
 */
function inAside(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  const after = text.slice(end);
  if (/\([^()]*$/u.test(before) && /^[^()]*\)/u.test(after)) return true;
  if (/[—–][^—–]*$/u.test(before) && /^[^—–]*[—–]/u.test(after)) return true;
  const open = before.lastIndexOf(',');
  if (open < 0 || !/\p{L}/u.test(before.slice(0, open))) return false;
  const close = /^[^,;:.!?]*,/u.exec(after);
  return close !== null && !CARRY_ON.test(after.slice(close[0].length));
}

/** A month's name as written (capitalised, so not "may" the verb), read as a date or not. */
const MONTH_WRITTEN = new RegExp(`(?<![\\p{L}])${MONTH_RE}(?![\\p{L}])`, 'gu');

/**
 * True when `text` before `start` writes a month's name that may be the month: not one that
 * names a person ("May Lee said", "Mrs May", "June told members": lookalikes.ts
 * `namesPersonNotMonth`), read with the words after it in the whole of `text`.
 */
function monthWrittenBefore(text: string, start: number): boolean {
  for (const match of matchesOf(text.slice(0, start), MONTH_WRITTEN)) {
    const end = match.index + match[0].length;
    if (!namesPersonNotMonth(match[0], text.slice(0, match.index), text.slice(end))) return true;
  }
  return false;
}

/** A four-digit year as written, read as a date or not. */
const YEAR_WRITTEN = new RegExp(`(?<![\\d\\p{L}])${YEAR_DIGITS}(?![\\d\\p{L}])`, 'u');

/** The narrative's latest date and where it was stated. */
export interface Cursor {
  date: DateValue;
  /** The end of a range the last date opened ("from 8 to 10 August"). */
  end?: DateValue;
  sentence: number;
  paragraph: number;
  /** Its date names a thing (PlacedMention's `namesThing`): the narrative's year only in its sentence. */
  namesThing?: true;
  /**
   * Its date is a whole year counted from the time of writing ("last year", "next year"), seen
   * from there as a yearless date told after it is ({@link sequenceYear}): where the mention
   * ends in its sentence.
   */
  countedYearEnd?: number;
}

/**
 * A calendar date, and the end of its range when it has one. A range without a year ("between
 * 12 and 14 May") takes its start's year, and the next one when its end's month comes earlier.
 */
function resolveCalendar(
  placed: PlacedMention,
  m: CalendarMention,
  cursor: Cursor | null,
  published: DateValue | null,
): Resolution {
  if (!m.until) return resolveOnWrittenWeekday(placed, m, cursor, published);
  const until: CalendarMention = { ...m, ...m.until, until: undefined };
  if (m.year !== undefined) {
    return { date: withYear(m, m.year), end: withYear(until, m.until.year ?? m.year) };
  }
  // "not held between May and July, the spawning season": a span of months said in any tense
  // but the past may come back every year, and which year is meant is in doubt.
  if (m.day === undefined && placed.tense !== 'past')
    return unresolved('a span of months without a year that is not past may recur every year');
  // "ran from December to February": the end crosses into the next year.
  const wraps =
    monthDayOrder(
      { month: until.month ?? 0, day: until.day },
      { month: m.month ?? 0, day: m.day },
      1,
    ) < 0;
  // What is past has ended by publication, and what lies ahead has not: its end fixes the year
  // ("runs from 1 to 20 November", published 12 November, is this November's, begun and not yet
  // over). Otherwise its start does.
  // "began in May and is due to finish in November": begun and not yet over, so its start is
  // the last May by publication and its end the first November after that.
  if (
    (placed.tense === 'past' && !m.endAhead) ||
    (placed.tense === 'future' && m.day !== undefined)
  ) {
    const end = resolveCalendarStart(placed, until, cursor, published);
    if (!end.date) return end;
    return { date: withYear(m, end.date.year - (wraps ? 1 : 0)), end: end.date };
  }
  const start = resolveCalendarStart(placed, m, cursor, published);
  if (!start.date) return start;
  return { date: start.date, end: withYear(until, start.date.year + (wraps ? 1 : 0)) };
}

/** {@link aheadOfWriting} for a placed mention; false when its sentence is not known. */
function aheadOfWritingAt(placed: PlacedMention): boolean {
  const { start, end } = placed.mention;
  return placed.text !== undefined && aheadOfWriting(placed.text, start, end);
}

/** present-bound.ts `boundOfPresentState` for a placed mention. */
function presentStateBoundAt(placed: PlacedMention): boolean {
  const { start, end } = placed.mention;
  return placed.text !== undefined && boundOfPresentState(placed.text, start, end);
}

/**
 * {@link resolveCalendarStart} for a date that is no range, kept to a year in which the date falls on the weekday written
 * with it ("moved to Friday 5 December", published 29 November 2025: 5 December 2025 is a
 * Friday, 2024's a Thursday; written-weekday.ts): the one chosen, or the one nearest
 * publication. With neither, the date is left undated rather than put on a day the text
 * contradicts ("Monday 21 July", published 24 July 2026, is no Monday of 2026, and 2025's,
 * a year back, would have been written with its year). A year the text states is
 * taken as written.
 */
function resolveOnWrittenWeekday(
  told: PlacedMention,
  m: CalendarMention,
  cursor: Cursor | null,
  published: DateValue | null,
): Resolution {
  const resolution = resolveCalendarStart(told, m, cursor, published);
  const date = resolution.date;
  if (m.year !== undefined || date === null || date.day === undefined || date.month === undefined)
    return resolution;
  const weekday = told.text === undefined ? null : weekdayWritten(told.text, told.mention.start);
  if (weekday === null) return resolution;
  const nearest =
    published?.day === undefined
      ? null
      : publicationYear(date.month, date.day, published, null, null);
  const year = yearOnWeekday(date.year, date.month, date.day, weekday, nearest);
  if (year === null)
    return unresolved('the weekday written with it falls on that day in no year near publication');
  if (year === date.year) return resolution;
  const moved = withYear(m, year);
  // The weekday's year on the other side of publication from the side the tense says ("met on
  // Tuesday 2 December", 2 December ahead): the text contradicts itself, and no day is sure.
  const side = published ? dayNumber(year, date.month, date.day) - intervalOf(published).last : 0;
  if ((told.tense === 'past' && side > 0) || (told.tense === 'future' && side < 0))
    return unresolved(
      'the weekday written with it puts it on the side of publication its tense does not',
    );
  return { date: moved };
}

function resolveCalendarStart(
  told: PlacedMention,
  m: CalendarMention,
  cursor: Cursor | null,
  published: DateValue | null,
): Resolution {
  if (m.year !== undefined) return { date: withYear(m, m.year) };
  // "tried to delay the vote until the autumn": the act of an attempt is not told as done, so no
  // tense places its yearless date (attempt.ts).
  if (told.text !== undefined && inAttemptedAct(told.text, told.mention.start))
    return unresolved('the act of an attempt, not told as done: no tense places its year');
  // "had been scheduled for October 7 but was postponed", "The strike on 20 November was called
  // off": the plan's past says nothing of which side of publication its day lies, only when the
  // plan was made or dropped, so its year is the nearer one.
  // So is a bound set for an act wanted ("asked for a full report by the end of July",
  // accomplished-by.ts): the act is due after the wanting, which the past dates.
  const planned =
    told.tense === 'past' &&
    told.text !== undefined &&
    (isGivenUpPlan(told.text, told.mention.start) ||
      isCalledOffPlanDay(told.text, told.mention.start, told.mention.end) ||
      boundOfWantedAct(told.text, told.mention.start, told.mention.end))
      ? { ...told, tense: null }
      : told;
  // "will work around the clock following the landslide of 9 March": the verb's tense is the
  // working's; the occasion's side is the one its preposition and that tense leave, else the
  // nearer year (occasion-side.ts).
  const side =
    planned.text === undefined
      ? undefined
      : occasionSide(planned.text, planned.mention.start, planned.mention.end, planned.tense);
  const placed = side === undefined ? planned : { ...planned, tense: side };
  if (m.yearOffset === 0 && m.season !== undefined && published?.month !== undefined)
    return thisSeason(m, published, placed.tense);
  if (m.yearOffset !== undefined) {
    return published
      ? { date: withYear(m, published.year + m.yearOffset) }
      : unresolved(YEAR_NOT_STATED);
  }
  const month = mentionMonth(m);
  if (month === undefined) return unresolved('no month and no year');
  // "the summer season now under way": the one holding the time of writing (under-way.ts).
  if (
    m.shift === null &&
    m.day === undefined &&
    placed.text !== undefined &&
    statedUnderWay(placed.text, placed.mention.end) &&
    published?.month !== undefined
  )
    return holdingWriting(m, published);
  // In a dated news article the publication date is the reference for a yearless date
  // (HeidelTime's news genre: the document creation time; Strötgen & Gertz 2013). A different
  // year set in an earlier sentence ("accounts for the year to 31 March 2024. The festival was
  // cancelled on 3 July", published 2025) carries over only within its own sentence.
  const narrative =
    cursor &&
    (cursor.sentence === placed.sentence ||
      !published ||
      published.month === undefined ||
      cursor.date.year === published.year)
      ? cursor
      : null;
  // "The club lost money throughout 2026. The council agreed to cover its losses until the end
  // of April", published November 2026: the publication's own year, stated a sentence back, sets
  // no time before the time of writing, which stays the reference time of a commitment told as
  // news (Reichenbach 1947); the infinitive's act, and a state bounded by "until", lie after it
  // (Huddleston & Pullum 2002, ch. 14), as committed-act.ts reads them with no narrative year.
  const committedNow =
    placed.tense === null &&
    narrative !== null &&
    narrative.sentence !== placed.sentence &&
    narrative.date.month === undefined &&
    published?.year === narrative.date.year &&
    placed.text !== undefined &&
    committingVerb(placed.text, placed.mention.start) !== null;
  const fromNarrative =
    m.shift === null && !committedNow
      ? sequenceYear(
          placed,
          m,
          narrative,
          published,
          narrativeYear(placed, month, m.day, narrative),
        )
      : null;
  if (fromNarrative !== null) {
    const date = withYear(m, fromNarrative);
    const pub = published ? intervalOf(published) : { first: -Infinity, last: Infinity };
    // A past-tense date the narrative would put after publication is misread: use the
    // publication date. So is a date ahead of the time of writing that it would put wholly
    // before publication ("was approved last year and will open in July", "…, to be opened in
    // July": the year is the past clause's); a future seen from the past ("said in 2019 the
    // bridge would open in July") keeps the narrative's year. So is the "until" bound of a state
    // told in the present ("The licence is valid until the end of March"): it ends after the
    // time of writing, whatever year the sentence before named (present-bound.ts).
    const misread =
      placed.tense === 'future'
        ? intervalOf(date).last < pub.first &&
          (aheadOfWritingAt(placed) || presentStateBoundAt(placed))
        : intervalOf(date).first > pub.last;
    if (!misread) return { date };
  }
  // "agreed to call the residents back in October": the act follows a commitment told as news,
  // so it lies ahead, unless the last such date is recent enough to be it (committed-act.ts);
  // so does the new date of a move told as news ("postponed the vote to June", rescheduled.ts),
  // unless a weekday written with it places it ("brought forward to Friday 28 November").
  const movedTo =
    placed.text !== undefined &&
    movedToInPast(placed.text, placed.mention.start) &&
    weekdayWritten(placed.text, placed.mention.start) === null;
  const committed =
    placed.tense === null &&
    placed.text !== undefined &&
    published?.month !== undefined &&
    (committingVerb(placed.text, placed.mention.start) !== null || movedTo)
      ? actAfterCommitment(m, published, movedTo)
      : null;
  if (committed !== null) return committed;
  // "The council postponed the match from 14 August to 2 October": a move that names the slot it
  // gave up lies before both, at or shortly before publication (committed-act.ts).
  const moved =
    placed.tense === null &&
    placed.text !== undefined &&
    published?.month !== undefined &&
    movedWithSlotInPast(placed.text, placed.mention.start) &&
    weekdayWritten(placed.text, placed.mention.start) === null
      ? dateAfterRecentMove(m, published)
      : null;
  if (moved !== null) return { date: moved };
  const months = m.season !== undefined ? 3 : 1;
  // "will not reopen before the autumn": a bound ahead of writing names a month's or season's
  // onset, so that onset lies after publication, as "next" says (deadline.ts `boundAtOnset`).
  const boundAhead =
    m.shift === null &&
    m.day === undefined &&
    placed.tense === 'future' &&
    placed.text !== undefined &&
    boundAtOnset(placed.text, placed.mention.start);
  const shift = boundAhead ? 'next' : m.shift;
  // "has withdrawn from the regional relay finals on 20 June", published 9 June: a past that
  // would put the occasion's day a year back, though news writes the year of such a date
  // (current-year.ts). A range's days are read together, as a span told as past.
  if (
    placed.tense === 'past' &&
    shift === null &&
    m.day !== undefined &&
    published !== null &&
    !(placed.mention.kind === 'calendar' && placed.mention.until !== undefined) &&
    placed.text !== undefined &&
    currentYearAhead(month, m.day, published) &&
    dateAfterOccasion(placed.text, placed.mention.start)
  )
    return { date: withYear(m, published.year) };
  const year = publicationYear(month, m.day, published, placed.tense, shift, months);
  if (year !== null) return { date: withYear(m, year) };
  // No publication date and no year the narrative has just set: a full date of the same month
  // elsewhere in the article ("On 3 March 2019 the hall opened", paragraphs before "On 7 March,
  // she locked the cases") does not tie its year to this date, so the year is not stated
  // (metadata is what the article states, or unknown).
  return unresolved(YEAR_NOT_STATED);
}

/**
 * "this winter", "this summer": the season of that name holding the time of writing `published`
 * when one does ("this winter" said in February is the winter begun the December before, the
 * northern meteorological winter of December to February: Met Office, WMO); else the one of the
 * publication year, ahead of writing or behind it, except that a past verb cannot tell of a
 * season wholly after writing ("Cases rose this winter", said in March: the winter just ended),
 * so it takes the one before (the same agreement of tense and side anaphora.ts asks of a date).
 */
function thisSeason(m: CalendarMention, published: DateValue, tense: Tense): Resolution {
  const held = holdingWriting(m, published);
  if (held.date) return held;
  const own = withYear(m, published.year);
  if (tense === 'past' && intervalOf(own).first > intervalOf(published).last)
    return { date: withYear(m, published.year - 1) };
  return { date: own };
}

/**
 * The month or season `m` names that holds the time of writing `published` (a day, or a month),
 * as one said to be under way does; left undated when none does ("the spring, now under way",
 * published in July).
 */
function holdingWriting(m: CalendarMention, published: DateValue): Resolution {
  const writing = intervalOf(published);
  for (const year of [published.year, published.year - 1]) {
    const span = intervalOf(withYear(m, year));
    if (span.first <= writing.first && span.last >= writing.last)
      return { date: withYear(m, year) };
  }
  return unresolved('said to be under way, but none such holds the time of writing');
}

/**
 * What stands between a year and a date that narrows it in apposition: a comma or nothing, and
 * a preposition of time ("last year, in March", "last year on 3 March", "last year, early in
 * the spring"): one time, said twice, more precisely the second time (Quirk et al. 1985, 17.65–
 * 17.72, on apposition).
 */
const APPOSITION =
  /^[\s,]*(?:(?:in|on|at|during|around|from|early|late|mid|by|until|through|throughout)[\s-]+)*(?:the\s+)?$/iu;

/**
 * The year of a yearless date told after a year counted from the time of writing ("The work
 * began late last year and ended in the spring", published September 2025), given `year`, the
 * one the narrative would lend it. A year so counted ("last year", "next year") is seen from the
 * time of writing, and so is the date after it: "the spring" is the one the tense places from
 * there (spring 2025), not the spring of last year, which "began late last year" may well
 * postdate. An event told after another in a narrative comes after it (temporal iconicity:
 * events are told in the order they happened unless the text says otherwise; Dowty 1986, "The
 * effects of aspectual class on the temporal structure of discourse"), so a reading from the
 * time of writing that lies wholly before the counted year ("will begin next year and end in
 * the autumn", published September 2025: not autumn 2025) keeps the narrative's year, as does a
 * date in apposition to the year ("Last year, in March, …": {@link APPOSITION}).
 */
function sequenceYear(
  placed: PlacedMention,
  m: CalendarMention,
  cursor: Cursor | null,
  published: DateValue | null,
  year: number | null,
): number | null {
  if (year === null || cursor?.countedYearEnd === undefined || cursor.date.precision !== 'year')
    return year;
  // "Last year, in March, …": in apposition, the date narrows the year; it tells no later event.
  const between =
    cursor.sentence === placed.sentence && placed.text !== undefined
      ? placed.text.slice(cursor.countedYearEnd, placed.mention.start)
      : null;
  if (between !== null && APPOSITION.test(between)) return year;
  const month = mentionMonth(m);
  if (month === undefined) return year;
  const months = m.season !== undefined ? 3 : 1;
  const seen = publicationYear(month, m.day, published, placed.tense, null, months);
  if (seen === null) return year;
  const before = intervalOf(withYear(m, seen)).last < intervalOf(cursor.date).first;
  return before ? year : seen;
}

/**
 * The day number of a weekday counted from publication day `pub`, toward the future (`toward`
 * 1) or the past (-1): on or after (before) publication when bare, strictly so with "next" or
 * "last", which never mean the day of publication itself.
 */
function countedWeekday(
  pub: number,
  weekday: number,
  shift: 'last' | 'next' | null,
  toward: 1 | -1,
): number {
  let n = shift === null ? pub : pub + toward;
  while (weekdayOf(n) !== weekday) n += toward;
  return n;
}

function resolveWeekday(
  placed: PlacedMention,
  m: WeekdayMention,
  published: DateValue | null,
  cursor: Cursor | null,
): Resolution {
  if (
    !published ||
    published.precision !== 'day' ||
    published.month === undefined ||
    published.day === undefined
  ) {
    return unresolved('a weekday needs the day of publication');
  }
  const pub = dayNumber(published.year, published.month, published.day);
  if (m.weeksOn !== undefined) {
    // "a week on Friday" counts from the Friday ahead: said on a Friday, that may be today or
    // a week today; told as past, the text contradicts itself.
    if (weekdayOf(pub) === m.weekday)
      return unresolved(
        '"a week on" the weekday of publication may count from today or from a week ahead',
      );
    if (placed.tense === 'past')
      return unresolved(
        '"a week on" a weekday counts from one ahead, but the sentence tells a past',
      );
    return { date: dayValue(countedWeekday(pub, m.weekday, null, 1) + 7 * m.weeksOn) };
  }
  if (m.week !== undefined) {
    // "Monday next week": weeks run Monday to Sunday, as in ISO 8601.
    const monday = pub - ((weekdayOf(pub) + 6) % 7) + 7 * m.week;
    return { date: dayValue(monday + ((m.weekday + 6) % 7)) };
  }
  // "The board meets on Thursday" (ahead) and "the office is busy on Thursday" read alike: a
  // bare weekday whose sentence says neither past nor future is in doubt.
  // "Patients with appointments on Wednesday are being contacted": an arrangement told in the
  // present is still ahead (occasion-weekday.ts).
  const arranged =
    m.shift === null &&
    placed.tense === null &&
    placed.text !== undefined &&
    occasionWeekdayAhead(placed.text, placed.mention.start);
  if (m.shift === null && placed.tense === null && !arranged)
    return unresolved('the sentence does not say whether the weekday is past or ahead');
  const toward =
    m.shift === 'next' || (m.shift === null && (placed.tense === 'future' || arranged)) ? 1 : -1;
  // "had checked a forecast on Saturday", "on Wednesday, and in the week since then", published
  // on that weekday: the sentence puts the act before the day of writing, so the weekday is the
  // one before it; "said it had sent inspectors on Wednesday", a past perfect that may be only
  // reported speech's backshift, leaves both open (before-writing-day.ts).
  const placing =
    m.shift === null && toward === -1 && placed.text !== undefined
      ? beforeWritingDay(placed.text, placed.mention.start, placed.mention.end)
      : null;
  let n = countedWeekday(placing !== null ? pub - 1 : pub, m.weekday, m.shift, toward);
  // "from Monday to Friday": the span's end comes after its start (weekday-span.ts). Ahead, the
  // end is counted from the start; behind, the start from the end.
  const span =
    m.shift === null && placed.text !== undefined
      ? weekdayPartner(placed.text, placed.mention.start, placed.mention.end)
      : null;
  const spanCounted = span !== null && span.role === (toward === 1 ? 'end' : 'start');
  if (spanCounted) {
    const other = countedWeekday(pub, span.weekday, span.shift, toward);
    n = other + toward;
    while (weekdayOf(n) !== m.weekday) n += toward;
  }
  // "Next Saturday" said on a Friday: a writer who meant tomorrow would say "tomorrow" or "on
  // Saturday", so readers split between tomorrow and the Saturday of next week, eight days
  // ahead; "last Friday" said on a Saturday, between yesterday and eight days ago. Neither day
  // is shown: the month both lie in, as for a week, or nothing. Further off, "next Friday" said
  // on a Monday is the first Friday after it, and "last Monday" said on a Monday a week ago
  // (the latest Monday before today and the Monday of last week are the same day).
  if (m.shift !== null && n === pub + toward) {
    const other = n + 7 * toward;
    const date = monthHolding(Math.min(n, other), Math.max(n, other));
    if (date) return { date };
    return unresolved(
      m.shift === 'next'
        ? '"next" with the weekday of tomorrow may mean tomorrow or eight days ahead'
        : '"last" with the weekday of yesterday may mean yesterday or eight days ago',
    );
  }
  if (m.shift === null && m.week === undefined && storyDayOf(placed, m.weekday, n, cursor))
    return unresolved('the weekday may be a day of the stretch of days the story has just dated');
  // The day of writing or the same weekday a week before: neither day is shown, as for "last"
  // with yesterday's weekday above.
  if (placing === 'either' && !spanCounted && n === pub - 7) {
    const date = monthHolding(n, pub);
    if (date) return { date };
    return unresolved(
      'a past perfect reported after a past verb of saying may be only its backshift: the weekday of publication may be the day of writing or a week before',
    );
  }
  return { date: dayValue(n) };
}

/**
 * True when the same or the previous sentence has just dated a stretch of days ("the event,
 * planned for 8-10 August") holding the weekday at a day other than `n`, the one counted from
 * publication: "Music will end at 11pm on Friday and Saturday" may then be that stretch's
 * Friday (not a day of saying: "On Tuesday the council said…"). A narrative's last date is the
 * reference time of what follows it (Reichenbach's reference time; HeidelTime resolves relative
 * dates against it in narratives), while news counts weekdays from the publication day: the two
 * readings differ, so the weekday is in doubt.
 */
function storyDayOf(
  placed: PlacedMention,
  weekday: number,
  n: number,
  cursor: Cursor | null,
): boolean {
  // The sentence just before, even across a paragraph break: pages often set each sentence apart.
  if (!cursor?.end || cursor.date.precision !== 'day' || placed.sentence - cursor.sentence > 1)
    return false;
  // "On Tuesday the council said the fair made a profit": the telling is the reporter's news,
  // counted from publication, not a day of the story's stretch.
  const { start, end } = placed.mention;
  if (placed.text !== undefined && isSayingDate(placed.text, start, end)) return false;
  const first = intervalOf(cursor.date).first;
  const last = intervalOf(cursor.end).last;
  if (n >= first && n <= last) return false;
  // Any seven days in a row hold every weekday.
  for (let d = first; d <= Math.min(last, first + 6); d++)
    if (weekdayOf(d) === weekday) return true;
  return false;
}

function shiftDate(anchor: DateValue, unit: RelativeMention['unit'], offset: number): Resolution {
  if (unit === 'year') return { date: { year: anchor.year + offset, precision: 'year' } };
  if (anchor.month === undefined || anchor.precision === 'season')
    return unresolved(`"${unit}" needs an anchor with a month`);
  if (unit === 'month')
    return { date: { ...addMonths(anchor.year, anchor.month, offset), precision: 'month' } };
  if (anchor.precision !== 'day' || anchor.day === undefined)
    return unresolved(`"${unit}" needs an anchor with a day`);
  const n = dayNumber(anchor.year, anchor.month, anchor.day);
  if (unit === 'day') return { date: dayValue(n + offset) };
  // A week is shown as its month when the whole week lies in one month, whether weeks are
  // counted from Monday or from Sunday ({@link weekDays}): either reading must give the same month.
  const [first, last] = weekDays(n, offset);
  const month = monthHolding(first, last);
  return month
    ? { date: month, days: [fromDayNumber(first).day, fromDayNumber(last).day] }
    : unresolved('the week spans two months');
}

/**
 * "until the end of the month", "by the end of the year": the month or year the text is in.
 * A narrative that has just set a month (a few sentences back, as for a yearless date) or a
 * year (in this or the previous sentence) is in that one ("In March 2019 the ferry broke down.
 * Sailings stopped until the end of the month": March 2019); otherwise it is the time of
 * writing's, as for other expressions without a stated anchor in news-style text (HeidelTime's
 * news-style rule: the document creation time is the reference time; Strötgen, HeidelTime GATE
 * wrapper readme, 2016). A narrative year cannot give "the month": left undated.
 */
function currentPeriod(
  placed: PlacedMention,
  start: number,
  unit: RelativeMention['unit'],
  cursor: Cursor | null,
  published: DateValue | null,
): Resolution {
  // "For the year 1892 the receipts …, with a balance at the beginning of the year": a year the
  // sentence names before it, and the rules did not read as a date, may be the one meant.
  const fromThisSentence = cursor !== null && cursor.sentence === placed.sentence;
  if (!fromThisSentence && YEAR_WRITTEN.test(placed.text?.slice(0, start) ?? ''))
    return unresolved(`"the ${unit}" may be a year the sentence names without dating it`);
  // "June brought eleven millimetres of rain, most of it at the end of the month": "the month" is
  // anaphoric, the month the sentence has just named (Quirk et al. 1985, 5.32, on the anaphoric
  // definite article), not the one of publication; a month name the rules did not read as a date
  // ("June" as a subject may be a name) leaves which month is meant in doubt; one that names a
  // person ("May Lee said", "Mrs May") names no month.
  if (unit === 'month' && !fromThisSentence && monthWrittenBefore(placed.text ?? '', start))
    return unresolved('"the month" may be a month the sentence names without dating it');
  const month = narrativeMonth(placed, cursor);
  if (month) return shiftDate({ ...month, precision: 'month' }, unit, 0);
  if (cursor && cursor.paragraph === placed.paragraph && placed.sentence - cursor.sentence <= 1) {
    return unit === 'year'
      ? { date: { year: cursor.date.year, precision: 'year' } }
      : unresolved('"the month" after a narrative date with no month');
  }
  if (!published) return unresolved(`"the ${unit}" counts from an unknown publication date`);
  // "later in the month", counted from publication: the days of it after publication
  // (current-part.ts).
  const part = currentPartOf('', placed.text?.slice(0, start) ?? '');
  return part !== null && unit !== 'day'
    ? currentPart(published, unit, part)
    : shiftDate(published, unit, 0);
}

/**
 * "In March … over the following three months": the `count` whole units after the narrative's
 * date (April to June), counted only from a date of that unit. From a day ("on 3 March … the
 * following three months") or a span ("from May to July …") which units are meant is in doubt.
 */
function followingSpan(cursor: Cursor, unit: RelativeMention['unit'], count: number): Resolution {
  if (cursor.end || cursor.date.precision !== unit)
    return unresolved(`"the following ${unit}s" needs a ${unit} to count from`);
  const start = shiftDate(cursor.date, unit, 1);
  const end = shiftDate(cursor.date, unit, count);
  return start.date && end.date ? { date: start.date, end: end.date } : start;
}

function resolveRelative(
  placed: PlacedMention,
  m: RelativeMention,
  history: readonly Cursor[],
  published: DateValue | null,
): Resolution {
  const cursor = history[history.length - 1] ?? null;
  if (m.anchor === 'current')
    return currentPeriod(placed, placed.mention.start, m.unit, cursor, published);
  if (m.anchor === 'publication') {
    if (!published) return unresolved(`"${m.unit}" counts from an unknown publication date`);
    // "earlier this month": the days of the month before publication (current-part.ts).
    const part = m.offset === 0 && m.unit !== 'day' ? currentPartOf(placed.mention.text, '') : null;
    if (part !== null && m.unit !== 'day') return currentPart(published, m.unit, part);
    // "early next week": the first days of the week (week-days.ts).
    return withWeekPart(shiftDate(published, m.unit, m.offset), placed.text, placed.mention.start);
  }
  // "On the same day, campaigners handed in a petition": counted from an event already told
  // whose side of the time of writing agrees with the sentence's tense (anaphora.ts).
  const { count } = m;
  // "Two days later it admitted …": counted from the event the sentence before dates
  // (Reichenbach's reference time, 1947), only when it dates just one.
  const latest = history[history.length - 1];
  if (m.sole && latest && history.filter((h) => h.sentence === latest.sentence).length !== 1)
    return unresolved('counted from the event before, and the sentence before dates more than one');
  const anchors = m.sole ? history.slice(-1) : history;
  return resolveFromNarrative(placed, anchors, published, aheadOfWritingAt(placed), (anchor) =>
    count !== undefined
      ? followingSpan(anchor, m.unit, count)
      : shiftFromStory(anchor, m.unit, m.offset),
  );
}

/**
 * The narrative's date `anchor` moved by `offset` units. From a span of days ("ran from 16 to
 * 18 May. Two days later, …") the count may run from its start or its end: the text does not
 * say which, so only what both readings give is shown, the day when they agree, else the month
 * both lie in, else nothing (as for a week in shiftDate).
 */
function shiftFromStory(anchor: Cursor, unit: RelativeMention['unit'], offset: number): Resolution {
  const fromStart = shiftDate(anchor.date, unit, offset);
  if (!anchor.end || !fromStart.date) return fromStart;
  const fromEnd = shiftDate(anchor.end, unit, offset);
  if (!fromEnd.date) return fromEnd;
  if (formatDate(fromStart.date) === formatDate(fromEnd.date)) return fromStart;
  const first = intervalOf(fromStart.date).first;
  const last = intervalOf(fromEnd.date).last;
  const month = monthHolding(Math.min(first, last), Math.max(first, last));
  return month
    ? { date: month }
    : unresolved('counted from a span of days: from its start or its end is in doubt');
}

/**
 * Resolves one mention: `cursor` and `history` are the narrative's dates so far, `published` the
 * day its counted dates count from.
 */
function resolveMention(
  placed: PlacedMention,
  cursor: Cursor | null,
  history: readonly Cursor[],
  published: DateValue | null,
): Resolution {
  const m = placed.mention;
  return m.kind === 'calendar' && countsYearsBack(placed, m)
    ? unresolved(YEAR_NOT_STATED)
    : m.kind !== 'calendar' && relativeCountedBackByYears(placed, m.start)
      ? unresolved('counted back by years from the time of writing')
      : m.kind === 'calendar'
        ? resolveCalendar(placed, m, cursor, published)
        : m.kind === 'weekday'
          ? resolveWeekday(placed, m, published, cursor)
          : m.kind === 'weekend'
            ? resolveWeekend(m, published, placed.tense)
            : m.kind === 'day-of-month'
              ? resolveDayOfMonth(m, narrativeMonth(placed, cursor), published, placed.tense)
              : m.kind === 'easter-feast'
                ? resolveEasterFeast(m, published, placed.tense)
                : m.kind === 'nth-weekday'
                  ? resolveNthWeekday(m, published, (month) =>
                      publicationYear(month, undefined, published, placed.tense, null),
                    )
                  : resolveRelative(placed, m, history, published);
}

/**
 * A mention counted from the publication day: a weekday, a weekend, a feast of Easter without a
 * year, "yesterday", "last week".
 */
function countedFromPublication(m: Mention): boolean {
  return (
    m.kind === 'weekday' ||
    m.kind === 'weekend' ||
    (m.kind === 'easter-feast' && m.year === undefined) ||
    (m.kind === 'relative' && m.anchor === 'publication')
  );
}

/** Dates of a sentence with the mentions that tell them, as arranged-after-act.ts reads them. */
function sentenceDates(
  soFar: ReadonlyArray<{ placed: PlacedMention; date: DateValue | null }>,
): SentenceDate[] {
  return soFar.map(({ placed, date }) => ({
    start: placed.mention.start,
    end: placed.mention.end,
    tense: placed.tense,
    date,
  }));
}

/** True when two dates cover the same days. */
function sameSpan(a: DateValue, b: DateValue): boolean {
  const [x, y] = [intervalOf(a), intervalOf(b)];
  return x.first === y.first && x.last === y.last;
}

/**
 * Resolves an article's mentions, in reading order.
 *
 * @param mentions the article's mentions sorted by position
 * @param published the publication date as the article states it, or null
 * @returns one resolution per mention, in the same order
 */
export function resolveArticle(
  mentions: readonly PlacedMention[],
  published: DateValue | null,
): Resolution[] {
  let cursor: Cursor | null = null;
  /** Every date the narrative has set so far, in reading order: the anchors of counted dates. */
  const history: Cursor[] = [];
  const updated = updatedOn(mentions, published);
  /** What the sentence's mentions read so far resolved to: an earlier report's date among them. */
  let sentenceSoFar: Array<{ placed: PlacedMention; date: DateValue | null }> = [];
  /** The day a note's stamp states ("Update, 10 April: …"), anchoring the rest of its paragraph. */
  let note: { date: DateValue; paragraph: number } | null = null;
  const resolutions = mentions.map((placed) => {
    const m = placed.mention;
    if (sentenceSoFar[0]?.placed.sentence !== placed.sentence) sentenceSoFar = [];
    const report =
      placed.text !== undefined && countedFromPublication(m)
        ? earlierReportAround(placed.text, m.start, m.end)
        : null;
    let resolution: Resolution;
    if (report) {
      // "In a report on 3 May we said the fire started on Friday": the report's Friday, counted
      // from its date (earlier-report.ts), never from this article's.
      const reportDate = sentenceSoFar.find(
        (d) =>
          d.date?.precision === 'day' &&
          isReportDate(report, d.placed.mention.start, d.placed.mention.end),
      )?.date;
      resolution = reportDate
        ? resolveMention(placed, null, [], reportDate)
        : unresolved('counted by an earlier report whose date the sentence does not state');
    } else if (placed.spoken) {
      // "“On Wednesday night we were pulling sandbags,” he said": counted from the publication
      // day only when the narration has already given that day (spoken-day.ts); a saying day
      // the sentence states counts it instead (spokenFromSayingDay, below).
      const read = resolveMention(placed, cursor, history, published);
      // A day counted from the time of speaking ("today") is never the narration's day.
      const told =
        !deicticDay(m) &&
        read.date !== null &&
        read.end === undefined &&
        read.date.precision === 'day' &&
        history.some(
          (h) =>
            h.sentence < placed.sentence &&
            h.end === undefined &&
            h.date.precision === 'day' &&
            sameSpan(h.date, read.date!),
        );
      resolution = told ? read : unresolved(SPOKEN_DAY_UNSTATED);
    } else if (note?.paragraph === placed.paragraph && countedFromPublication(m)) {
      // "Update, 10 April: The club said on Friday …": counted from the note's own day.
      resolution = resolveMention(placed, cursor, history, note.date);
    } else {
      resolution = resolveMention(placed, cursor, history, published);
      // "agreed on Monday to hold a vote on 14 March": on or after the agreeing (arranged-after-act.ts).
      const arranged =
        m.kind === 'calendar' && placed.tense === null && placed.text !== undefined
          ? arrangedAfterAct(placed.text, m, sentenceDates(sentenceSoFar))
          : null;
      if (arranged) resolution = arranged;
      // "Update, May 4: …": a day counted from the time of writing may be counted from the
      // update's day too; when the two differ it is in doubt (update-line.ts).
      if (updated && resolution.date && countedFromPublication(m)) {
        const fromUpdate = resolveMention(placed, cursor, history, updated).date;
        if (!fromUpdate || !sameSpan(fromUpdate, resolution.date))
          resolution = unresolved(
            'counted from the time of writing, and an update line dates the text later too',
          );
      }
    }
    sentenceSoFar.push({ placed, date: resolution.date });
    const stampEnd = placed.text === undefined ? null : noteStampEnd(placed.text);
    if (stampEnd !== null && m.end <= stampEnd && resolution.date?.precision === 'day')
      note = { date: resolution.date, paragraph: placed.paragraph };
    else if (note !== null && note.paragraph !== placed.paragraph) note = null;
    // Written on the note's day: what lies ahead or behind is reckoned from it (events.ts).
    if (note !== null && resolution.date) resolution = { ...resolution, writtenOn: note.date };
    // "The board, formed in 2019 (or: last year), voted on March 3": the aside's year is its own.
    const aside =
      resolution.date?.precision === 'year' &&
      placed.text !== undefined &&
      inAside(placed.text, m.start, m.end);
    if (
      resolution.date &&
      !(m.kind === 'calendar' && m.since) &&
      !aside &&
      !isDeadlineYear(placed, resolution.date)
    ) {
      cursor = {
        date: resolution.date,
        ...(resolution.end ? { end: resolution.end } : {}),
        sentence: placed.sentence,
        paragraph: placed.paragraph,
        ...(placed.namesThing ? { namesThing: true as const } : {}),
        ...(m.kind === 'relative' && m.anchor === 'publication' && m.unit === 'year'
          ? { countedYearEnd: m.end }
          : {}),
      };
      history.push(cursor);
    }
    return resolution;
  });
  return withActsAfter(
    mentions,
    fromSayingTime(mentions, spokenFromSayingDay(mentions, resolutions)),
  );
}

/** Why a day counted inside a direct quotation is left undated (spoken-day.ts). */
const SPOKEN_DAY_UNSTATED =
  'counted inside a direct quotation from when the speaker spoke, a day the article does not state';

/**
 * `resolutions` with each weekday or weekend inside a direct quotation counted from the day of
 * the saying when its sentence states it, after a verb of saying outside the quotation ("“We
 * opened on Tuesday,” the librarian said on Friday": the Tuesday before that Friday;
 * spoken-day.ts). The direct speech's deictic centre is the speaker's time (Fillmore 1975).
 */
function spokenFromSayingDay(
  mentions: readonly PlacedMention[],
  resolutions: Resolution[],
): Resolution[] {
  return resolutions.map((resolution, i) => {
    const placed = mentions[i]!;
    if (!placed.spoken || placed.text === undefined) return resolution;
    const text = placed.text;
    // The sentence's mentions stand together, in reading order.
    let first = i;
    while (mentions[first - 1]?.sentence === placed.sentence) first--;
    let said: DateValue | null = null;
    for (let j = first; mentions[j]?.sentence === placed.sentence; j++) {
      const other = mentions[j]!;
      const read = resolutions[j]!;
      if (other.spoken || read.date === null || read.date.precision !== 'day' || read.end) continue;
      if (datesSaying(text, other.mention.start, other.mention.end)) said = read.date;
    }
    return said === null ? resolution : resolveMention(placed, null, [], said);
  });
}

/**
 * `resolutions` with each yearless calendar date of a reported clause counted from the time of
 * the saying a reporting clause after it dates ("The stand was unlikely to reopen before the
 * autumn, the council said in March", published in June 2025: the autumn after March 2025, not
 * one counted from June or from the autumn before). The time reference of reported speech is
 * the original utterance's (Quirk et al. 1985, 14.31–14.33), so what the speaker put ahead of
 * or behind their own time is placed from it, as a saying told first ("said in March that …")
 * sets the narrative's date. Only a date the sentence tells as past or ahead, with no other
 * date before it in the sentence; a saying dated by its year alone leaves a month or season in
 * doubt.
 */
function fromSayingTime(
  mentions: readonly PlacedMention[],
  resolutions: Resolution[],
): Resolution[] {
  return rereadInSentence(mentions, resolutions, (placed, m, later, firstInSentence) => {
    if (
      m.year !== undefined ||
      m.yearOffset !== undefined ||
      m.shift !== null ||
      m.until !== undefined ||
      m.since ||
      placed.tense === null ||
      mentionMonth(m) === undefined ||
      !firstInSentence
    )
      return null;
    const clause = reportingClauseAfter(placed.text, m.end);
    if (clause === null) return null;
    const said = later().find((d) => d.start >= clause && d.date !== null)?.date ?? null;
    if (said === null) return null;
    if (said.month === undefined || said.precision === 'season')
      return unresolved('told from a saying dated only by its year or season');
    return resolveCalendarStart(placed, m, null, said);
  });
}

/**
 * `resolutions` with the day of each occasion arranged by an act dated later in its sentence
 * moved on or after that act ("The vote, on 14 March, was agreed on Monday":
 * arranged-after-act.ts). Read once the whole sentence has resolved, the act's date standing
 * after the occasion's; the narrative's later dates kept the occasion's first reading.
 */
function withActsAfter(
  mentions: readonly PlacedMention[],
  resolutions: Resolution[],
): Resolution[] {
  return rereadInSentence(mentions, resolutions, (placed, m, later) =>
    placed.tense === null ? arrangedBeforeAct(placed.text, m, later()) : null,
  );
}

/**
 * `resolutions` with each calendar mention of a sentence whose text is known read again once
 * its whole sentence has resolved: `reread` is given the mention, the dates told after it in its
 * sentence (in reading order, as arranged-after-act.ts reads them; made on demand) and whether
 * it is its sentence's first date, and returns its new resolution, or null to keep the first.
 */
function rereadInSentence(
  mentions: readonly PlacedMention[],
  resolutions: readonly Resolution[],
  reread: (
    placed: PlacedMention & { text: string },
    m: CalendarMention & Mention,
    later: () => SentenceDate[],
    firstInSentence: boolean,
  ) => Resolution | null,
): Resolution[] {
  return resolutions.map((resolution, i) => {
    const placed = mentions[i]!;
    const m = placed.mention;
    const text = placed.text;
    if (m.kind !== 'calendar' || text === undefined) return resolution;
    const later = (): SentenceDate[] => {
      const told: Array<{ placed: PlacedMention; date: DateValue | null }> = [];
      for (let j = i + 1; mentions[j]?.sentence === placed.sentence; j++)
        told.push({ placed: mentions[j]!, date: resolutions[j]!.date });
      return sentenceDates(told);
    };
    const first = mentions[i - 1]?.sentence !== placed.sentence;
    return reread({ ...placed, text }, m, later, first) ?? resolution;
  });
}
