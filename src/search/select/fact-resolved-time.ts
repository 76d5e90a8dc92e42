/**
 * When two passages say their facts happened, as calendar days. Words counted from publication
 * ("yesterday", "last night", "on Tuesday", "last month") name a different day in each article:
 * "Councillors approved the plan last night" in an article of Wednesday 5 November and "the
 * committee voted on Tuesday" in one of Thursday 6 November both mean Tuesday 4 November, while
 * "last night" in two articles a day apart means two nights. So such words are resolved to the
 * days they denote, each from its own article's publication date, before two passages are taken
 * for reports of one event: by the timeline's own resolver (src/timeline: the detection rules,
 * the tense of each date and `resolveArticle`), so that a date means the same in `/ask` as in
 * `/timeline`. A publication date that is not stated, or a date the resolver leaves in doubt
 * ("the office is busy on Thursday": past or ahead?), is unknown, never guessed: the passages are
 * then compared as fact-time.ts compares them, by their words and publication dates.
 */
import { SEARCH_OPTIONS } from '../options.js';
import { detectMentions } from '../../timeline/detect.js';
import { tenseOf, type Tense } from '../../timeline/tense.js';
import { resolveArticle, type PlacedMention } from '../../timeline/resolve.js';
import { weekDays } from '../../timeline/week-days.js';
import {
  dayNumber,
  fromDayNumber,
  intervalOf,
  parseIsoDate,
  type DateValue,
  type DayInterval,
} from '../../text/calendar.js';
import type { Mention } from '../../timeline/mention.js';
import { relativeTimeSpans, sameTimeAnchor, type RelativeTime } from './fact-time.js';
import { WEEKDAY_RE } from '../../text/months.js';
import type { StatedDate } from './fact-values.js';

/**
 * What a passage states of its time, read from its text alone (see {@link passageTime}). The
 * timeline's reading of its dates is made only when a comparison needs it ({@link resolvedDays}),
 * and kept: most passages are never compared by time.
 */
export interface PassageTime {
  text: string;
  /** Words counted from publication as fact-time.ts reads them, with where they stand. */
  relative: ReadonlyArray<RelativeTime & { start: number; end: number }>;
  /** The text may name a weekday or a weekend, which the timeline counts from publication too. */
  maybeWeekday: boolean;
}

/** The timeline's reading of a passage's dates: every mention in order, and which count from publication. */
interface DatesRead {
  placed: readonly PlacedMention[];
  counted: readonly number[];
}

const MAYBE_WEEKDAY = new RegExp(`\\b${WEEKDAY_RE}\\b|[Ww]eekend|[Tt]omorrow`);

/**
 * True for a mention whose day counts from the publication date: a weekday ("on Tuesday",
 * "last Friday"), a weekend, and a day, week, month or year counted from publication or from
 * the period the text is in ("yesterday", "last night", "this month", "the end of the year").
 * Calendar dates ("4 November") are values (fact-values.ts), and dates counted from the
 * narrative ("the next day") need the sentences before, which a passage compared alone lacks.
 */
function countsFromPublication(mention: Mention): boolean {
  return (
    mention.kind === 'weekday' ||
    mention.kind === 'weekend' ||
    (mention.kind === 'relative' && mention.anchor !== 'narrative')
  );
}

/**
 * A date mention of a passage with its tense, as {@link savedDatesOf} reads it for an index to
 * save: the mention's `text` is left out when it is the passage's own words from `start` to `end`
 * (always, as detection reads it), so that a saved sentence holds only what the words do not say.
 */
export type SavedMention = readonly [
  mention: Omit<Mention, 'text'> & { text?: string },
  tense: Tense,
];

/**
 * Reads a passage's time expressions once; resolving them needs its publication date. `saved`:
 * what {@link savedDatesOf} read of this very text at build (search/sentence-dates.ts), so that
 * the timeline's reading of its dates is not made again.
 */
export function passageTime(text: string, saved?: readonly SavedMention[]): PassageTime {
  const time = { text, relative: relativeTimeSpans(text), maybeWeekday: MAYBE_WEEKDAY.test(text) };
  if (saved !== undefined) savedDates.set(time, saved);
  return time;
}

/**
 * A passage's time less what stands in its frame of saying: `claim` is its text with that frame
 * blanked (fact-attribution.ts `claimOf`), and a time there ("confirmed last week that …") dates
 * the saying, not the fact reported, so it is not compared as the fact's time. `time` itself when
 * nothing dated stands in the frame.
 */
export function outsideFrame(time: PassageTime, claim: string): PassageTime {
  if (claim === time.text || !mayDate(time)) return time;
  const framed = (m: { start: number; end: number }) => claim.slice(m.start, m.end).trim() === '';
  const { placed } = datesOf(time);
  if (!time.relative.some(framed) && !placed.some((p) => framed(p.mention))) return time;
  const kept = placed.filter((p) => !framed(p.mention));
  const told = { ...time, relative: time.relative.filter((m) => !framed(m)) };
  datesRead.set(told, {
    placed: kept,
    counted: kept.flatMap((p, i) => (countsFromPublication(p.mention) ? [i] : [])),
  });
  return told;
}

/** True when a passage's dates are read by the timeline's rules at all ({@link datesOf}). */
const mayDate = (time: PassageTime) => time.relative.length > 0 || time.maybeWeekday;

/**
 * The timeline's reading of a passage's dates (src/timeline `detectMentions`, `tenseOf`) in the
 * form an index saves for each sentence: empty for a text that states no time counted from
 * publication at all, as a passage compared alone reads it ({@link passageTime} of `text`), most
 * sentences.
 */
export function savedDatesOf(text: string): SavedMention[] {
  return mayDate(passageTime(text)) ? mentionsRead(text) : [];
}

function mentionsRead(text: string): SavedMention[] {
  return detectMentions(text).map((mention) => {
    const { text: words, ...reading } = mention;
    const saved = words === text.slice(mention.start, mention.end) ? reading : mention;
    return [saved, tenseOf(text, mention.start, mention.end)] as const;
  });
}

/** What {@link passageTime} was given as read at build. */
const savedDates = new WeakMap<PassageTime, readonly SavedMention[]>();

/** Each passage's dates as the timeline reads them, read on first need. */
const datesRead = new WeakMap<PassageTime, DatesRead>();

/** Mentions of `text` as saved, each placed as the timeline's resolver reads it. */
function placedIn(text: string, saved: readonly SavedMention[]): PlacedMention[] {
  return saved.map(([reading, tense]) => ({
    mention: {
      ...reading,
      text: reading.text ?? text.slice(reading.start, reading.end),
    } as Mention,
    sentence: 0,
    paragraph: 0,
    tense,
    text,
  }));
}

function datesOf(time: PassageTime): DatesRead {
  let read = datesRead.get(time);
  if (read === undefined) {
    const { text } = time;
    const placed = placedIn(
      text,
      savedDates.get(time) ?? (mayDate(time) ? mentionsRead(text) : []),
    );
    const counted = placed.flatMap((p, i) => (countsFromPublication(p.mention) ? [i] : []));
    datesRead.set(time, (read = { placed, counted }));
  }
  return read;
}

/**
 * Where a passage's time expressions stand (fact-time.ts's): words that are values, as a
 * weekday's name is. A weekday's name is a value already (fact-relation.ts).
 */
export function timeSpans(time: PassageTime): Array<{ start: number; end: number }> {
  return time.relative.map(({ start, end }) => ({ start, end }));
}

/** True when a passage states any time counted from publication. */
export function isTimed(time: PassageTime): boolean {
  return time.relative.length > 0 || (time.maybeWeekday && datesOf(time).counted.length > 0);
}

/** Each passage's resolved days, per publication date they were counted from. */
const daysRead = new WeakMap<PassageTime, Map<string | null, DayInterval[] | null>>();

/**
 * The days a passage's time expressions denote, counted from `published` (`YYYY-MM-DD`,
 * `YYYY-MM`, `YYYY`; null when not stated): one interval per expression, empty when it has
 * none. Null when any is unknown: the publication date is not stated (or not precise enough,
 * as a weekday needs the day), the resolver leaves the date in doubt, or fact-time.ts reads an
 * expression the timeline does not date ("now", "so far", "two years ago").
 */
export function resolvedDays(time: PassageTime, published: string | null): DayInterval[] | null {
  let byDate = daysRead.get(time);
  if (byDate === undefined) daysRead.set(time, (byDate = new Map()));
  if (byDate.has(published)) return byDate.get(published) ?? null;
  const days = resolve(time, published);
  byDate.set(published, days);
  return days;
}

/**
 * The days of a week counted from publication ("last week", "this week": text/timeline
 * `RelativeMention` of unit "week" anchored at publication) in an article of day `published`
 * (timeline/week-days.ts `weekDays`: Monday and Sunday readings both); null for any other mention.
 */
function weekFromPublication(mention: Mention, published: DateValue): DayInterval | null {
  if (mention.kind !== 'relative' || mention.unit !== 'week' || mention.anchor !== 'publication')
    return null;
  if (published.precision !== 'day' || published.month === undefined || published.day === undefined)
    return null;
  const [first, last] = weekDays(
    dayNumber(published.year, published.month, published.day),
    mention.offset,
  );
  return { first, last };
}

function resolve(time: PassageTime, published: string | null): DayInterval[] | null {
  if (!isTimed(time)) return [];
  const anchor = published === null ? null : parseIsoDate(published);
  if (anchor === null) return null;
  const { placed, counted } = datesOf(time);
  const covered = (x: { start: number; end: number }) =>
    counted.some((i) => {
      const m = (placed[i] as PlacedMention).mention;
      return m.start < x.end && x.start < m.end;
    });
  if (!time.relative.every(covered)) return null;
  const resolutions = resolveArticle(placed, anchor);
  const days: DayInterval[] = [];
  for (const i of counted) {
    const r = resolutions[i];
    const week = weekFromPublication((placed[i] as PlacedMention).mention, anchor);
    if (week !== null && r?.date == null) {
      // The timeline shows a week as its month, so a week spanning two months ("last week" of
      // Wednesday 9 April 2025: 30 March–6 April) has no date there; its days are known all
      // the same.
      days.push(week);
      continue;
    }
    if (r?.date == null) return null;
    // A week shown as its month keeps its days ("next week" of 14 March: the 16th to the 23rd):
    // it names those days, not the month.
    const { year, month } = r.date;
    if (r.days !== undefined && r.end === undefined && month !== undefined) {
      days.push({
        first: dayNumber(year, month, r.days[0]),
        last: dayNumber(year, month, r.days[1]),
      });
      continue;
    }
    days.push({ first: intervalOf(r.date).first, last: intervalOf(r.end ?? r.date).last });
  }
  return days;
}

/**
 * The calendar days a passage's time counted from publication names one by one ("on Tuesday" in
 * an article of Wednesday 12 August 2026 → 11 August 2026), each with the offset where its words
 * start: {@link resolvedDays} from `published`, a week or a month left out (it names no one day).
 * Empty when the passage states none or any is unknown.
 */
export function resolvedDaysAt(
  time: PassageTime,
  published: string | null,
): Array<{ at: number; date: StatedDate }> {
  const days = resolvedDays(time, published);
  if (days === null || days.length === 0) return [];
  const { placed, counted } = datesOf(time);
  return counted.flatMap((i, k) => {
    const day = days[k];
    if (day === undefined || day.first !== day.last) return [];
    return [{ at: (placed[i] as PlacedMention).mention.start, date: fromDayNumber(day.first) }];
  });
}

const meet = (x: DayInterval, y: DayInterval) => x.first <= y.last && y.first <= x.last;

/**
 * True when two passages can speak of the same time, so that they may be compared as reports of
 * one fact (`published`: their articles' publication dates, null when not stated):
 *
 * - neither states a time counted from publication;
 * - both do, every one resolved ({@link resolvedDays}), and some day of one is a day of the
 *   other ("last night" of 5 November and "on Tuesday" of 6 November: 4 November; "last month"
 *   of 11 March and "on Thursday" of 8 February: February holds 6 February);
 * - one does, every one resolved, and the other states a calendar date (with its year or not)
 *   whose period, as the timeline resolves it from that article's date, holds one of those days:
 *   "handed in last November" of 13 February 2025 and "handed in yesterday" of 6 November 2024
 *   (the timeline dates both, so `/ask` reads them as `/timeline` does); when it states such
 *   dates and none holds one of those days, the times are two, whatever the words share;
 * - one does, every one resolved, and the other states none: news reports what is new, so a
 *   report that states no time speaks of the days just before its publication, up to
 *   `SEARCH_OPTIONS.facts.measureMaxDaysApart` days before it (the window in which counts are
 *   taken as of one time, fact-measures.ts). It meets a time that falls in those days ("Tressa
 *   has secured £38m", 3 December, and "raised £36m last month", 13 January: December; "the
 *   meeting ran for more than five hours", 6 November, and "last night", 5 November: 4
 *   November), or one counted from the same publication date as far as the words reach
 *   (fact-time.ts `sameTimeAnchor`: "the year" of two reports of 1894);
 * - otherwise (a time unknown) as fact-time.ts `sameTimeAnchor` compares them, by their words
 *   and publication dates.
 */
export function sameTime(
  a: PassageTime,
  b: PassageTime,
  publishedA: string | null,
  publishedB: string | null,
): boolean {
  if (!isTimed(a) && !isTimed(b)) return true;
  // fact-time.ts reads periods, not weekdays: "on Monday" against "last week" is left to its
  // words only where both are resolved to days; unresolved, which days they name is unknown.
  const byWords = () =>
    sameTimeAnchor(a.relative, b.relative, publishedA, publishedB) &&
    !weekdayAgainstPeriod(a, b) &&
    !weekdayAgainstPeriod(b, a);
  const da = resolvedDays(a, publishedA);
  const db = resolvedDays(b, publishedB);
  if (da === null || db === null) return byWords();
  if (da.length > 0 && db.length > 0) return da.some((x) => db.some((y) => meet(x, y)));
  const [days, untimed, untimedPublished] =
    da.length > 0 ? [da, b, publishedB] : [db, a, publishedA];
  // "Handed in last November" (an article of 13 February 2025) tells its time as a calendar
  // date, not counted from publication: the period the timeline gives it (November 2024) is its
  // time, which "yesterday" of 6 November 2024 falls in. A time is one of an event's arguments
  // (Davidson 1967, "The logical form of action sentences": events are told apart by their
  // times): when both passages state one and none meets ("opened a station on Saturday" of 22
  // November 2024, "opened a station in January" of 4 April 2025), they tell two events, whatever
  // their words share, so the calendar date is read before the words' anchors.
  const stated = calendarDatesOf(untimed, untimedPublished);
  if (stated.length > 0) return stated.some((d) => days.some((x) => meet(x, d.period)));
  if (byWords()) return true;
  const date = untimedPublished === null ? null : parseIsoDate(untimedPublished);
  if (date === null) return false;
  const recent = intervalOf(date);
  recent.first -= SEARCH_OPTIONS.facts.measureMaxDaysApart;
  return days.some((x) => meet(x, recent));
}

/**
 * True when `a` names a weekday or a weekend counted from publication and `b` names none, but a
 * period of its own counted from publication ("last week", "yesterday").
 */
function weekdayAgainstPeriod(a: PassageTime, b: PassageTime): boolean {
  if (b.relative.length === 0 || !a.maybeWeekday) return false;
  const weekdays = (time: PassageTime) => {
    const { placed, counted } = datesOf(time);
    return counted.some((i) => {
      const kind = (placed[i] as PlacedMention).mention.kind;
      return kind === 'weekday' || kind === 'weekend';
    });
  };
  return weekdays(a) && !(b.maybeWeekday && weekdays(b));
}

/** Words that give a figure as it stands when written: "so far", "to date" (fact-time.ts keys). */
const UP_TO_NOW: ReadonlySet<string> = new Set(['so far', 'to date']);

/**
 * True when the only times two passages state are "so far" or "to date" (one at least), and
 * their articles are published at most `SEARCH_OPTIONS.facts.measureMaxDaysApart` days apart:
 * such a figure stands as of its article's day, and a report that states no time speaks of the
 * days just before its own (as {@link sameTime} reads it), so the two can tell one state.
 * "118 tiles so far" of 13 May and "118 tiles recorded" of 12 May report one count. Read for a
 * same fact only: a figure that moves may differ a day later without a dispute
 * (fact-measures.ts `runningCountsApart`).
 */
export function upToNowAlike(
  a: PassageTime,
  b: PassageTime,
  publishedA: string | null,
  publishedB: string | null,
): boolean {
  const times = [...a.relative, ...b.relative];
  if (times.length === 0 || !times.every((t) => UP_TO_NOW.has(t.key))) return false;
  if (a.maybeWeekday || b.maybeWeekday || publishedA === null || publishedB === null) return false;
  const x = parseIsoDate(publishedA);
  const y = parseIsoDate(publishedB);
  if (x === null || y === null) return false;
  const [dx, dy] = [intervalOf(x), intervalOf(y)];
  return (
    dx.first === dx.last &&
    dy.first === dy.last &&
    Math.abs(dx.first - dy.first) <= SEARCH_OPTIONS.facts.measureMaxDaysApart
  );
}

/** Each passage's calendar dates as the timeline resolves them, per publication date read with. */
const calendarRead = new WeakMap<PassageTime, Map<string | null, readonly CalendarDate[]>>();

/** A calendar date a passage states, resolved: its period, and whether it names one day. */
export interface CalendarDate {
  period: DayInterval;
  day: boolean;
}

/**
 * The calendar dates a passage states ("on 5 November", "last November", "in 2024"), each as the
 * period the timeline gives it (src/timeline `resolveArticle`, from `published`, its article's
 * date): a date written with its year in that year, one written without it in the year its tense
 * and the publication date say. A date the timeline leaves unresolved (no publication date to
 * take a missing year from) is left out.
 */
export function calendarDatesOf(
  time: PassageTime,
  published: string | null,
): readonly CalendarDate[] {
  let byDate = calendarRead.get(time);
  if (byDate === undefined) calendarRead.set(time, (byDate = new Map()));
  let dates = byDate.get(published);
  if (dates === undefined) {
    // Every mention, as datesOf reads them of a text that may state a time from publication.
    const placed = mayDate(time)
      ? datesOf(time).placed
      : placedIn(time.text, mentionsRead(time.text));
    const anchor = published === null ? null : parseIsoDate(published);
    const resolutions = resolveArticle(placed, anchor);
    dates = placed.flatMap(({ mention }, i) => {
      const date = resolutions[i]?.date;
      if (mention.kind !== 'calendar' || date == null) return [];
      const day =
        mention.day !== undefined &&
        date.precision === 'day' &&
        date.month !== undefined &&
        date.day !== undefined;
      return [{ period: intervalOf(date), day }];
    });
    byDate.set(published, dates);
  }
  return dates;
}

/**
 * The periods a passage's own dates name, each as the timeline resolves it: the calendar dates it
 * states ({@link calendarDatesOf}: "on 20 March", "in 2024") and its times counted from
 * publication ({@link resolvedDays}: "on Saturday" of an article of Monday 18 November 2024 is
 * 16 November 2024), both from `published`, its article's date. A date left unresolved is left
 * out; empty when the passage states none.
 */
export function statedPeriods(time: PassageTime, published: string | null): DayInterval[] {
  return [
    ...calendarDatesOf(time, published).map((date) => date.period),
    ...(resolvedDays(time, published) ?? []),
  ];
}

/**
 * The calendar days a passage states (a month and a day each), as day numbers, each in the year
 * the timeline gives it ({@link calendarDatesOf}: "on March 2" in an article of 4 March 2021 is
 * 2 March 2021).
 */
export function calendarDayNumbers(time: PassageTime, published: string | null): number[] {
  return calendarDatesOf(time, published).flatMap((d) => (d.day ? [d.period.first] : []));
}

/**
 * True when a passage's time counted from publication resolves ({@link resolvedDays}, from
 * `published`) to one day, and that day is one of the calendar days another passage states
 * ({@link calendarDayNumbers} of `dated`, from `datedPublished`): "on Tuesday last week" in an
 * article of 8 April 2026 and "on 31 March 2026" name one day, as the timeline, which resolves
 * both, dates them alike. A week, a month or an unresolved time names no day.
 */
export function resolvesToStatedDay(
  time: PassageTime,
  published: string | null,
  dated: PassageTime,
  datedPublished: string | null,
): boolean {
  const days = resolvedDays(time, published);
  if (days === null || days.length === 0) return false;
  const stated = calendarDayNumbers(dated, datedPublished);
  return days.some((x) => x.first === x.last && stated.includes(x.first));
}

/**
 * True when some period a passage's time counted from publication resolves to ({@link
 * resolvedDays}, from `published`: a day, a week, a month) holds one of the calendar days
 * another passage states ({@link calendarDayNumbers} of `dated`, from `datedPublished`): "last
 * month" of 11 March holds 12 February. False when either is not resolved: which days it names
 * is unknown.
 */
export function holdsStatedDay(
  time: PassageTime,
  published: string | null,
  dated: PassageTime,
  datedPublished: string | null,
): boolean {
  const days = resolvedDays(time, published);
  if (days === null) return false;
  const stated = calendarDayNumbers(dated, datedPublished);
  return days.some((x) => stated.some((n) => x.first <= n && n <= x.last));
}

/**
 * True when two passages state the same calendar days ({@link calendarDayNumbers}, each from its
 * own article's date), at least one each and every one resolved: "on Nov. 19, 2026" and "on 19
 * November" in an article of 22 November 2026 name one day, the year a date leaves out being the
 * one its article's date and tense give, as the timeline reads it. False when a day is left
 * unresolved (no publication date to take the year from): which day it names is then unknown.
 */
export function sameCalendarDays(
  a: PassageTime,
  publishedA: string | null,
  b: PassageTime,
  publishedB: string | null,
  stated: readonly [number, number],
): boolean {
  const sameDay = (x: number, y: number) => x === y;
  return sameWhole(
    calendarDayNumbers(a, publishedA),
    calendarDayNumbers(b, publishedB),
    stated,
    sameDay,
  );
}

/**
 * True when two sides' resolved times are the same set, at least one on the first, and each side
 * resolved every time it writes (`stated`: how many each writes; one left unresolved is unknown).
 */
function sameWhole<T>(
  a: readonly T[],
  b: readonly T[],
  stated: readonly [number, number],
  same: (x: T, y: T) => boolean,
): boolean {
  return (
    a.length > 0 &&
    a.length === stated[0] &&
    b.length === stated[1] &&
    a.every((x) => b.some((y) => same(x, y))) &&
    b.every((y) => a.some((x) => same(x, y)))
  );
}

/**
 * True when two passages state the same calendar periods, each resolved from its own article's
 * date as the timeline resolves it ({@link calendarDatesOf}), at least one each and every one
 * resolved (`stated`: how many dates each writes): "reported … last October" in an article of
 * March 2026 and "complained … in October 2025" both name October 2025, as TimeML gives both the
 * value 2025-10 (a date without its year is anchored to the document's creation time: Pustejovsky
 * et al. 2003, TimeML, TIMEX3 `value`). {@link sameCalendarDays} reads days; this, months and
 * years as well, each period compared whole, so "last autumn" / "in October 2025" stay apart.
 */
export function sameCalendarPeriods(
  a: PassageTime,
  publishedA: string | null,
  b: PassageTime,
  publishedB: string | null,
  stated: readonly [number, number],
): boolean {
  const samePeriod = (x: DayInterval, y: DayInterval) => x.first === y.first && x.last === y.last;
  const periods = (time: PassageTime, published: string | null) =>
    calendarDatesOf(time, published).map((d) => d.period);
  return sameWhole(periods(a, publishedA), periods(b, publishedB), stated, samePeriod);
}
