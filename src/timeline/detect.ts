/**
 * Detection: finds the date expressions of one sentence and reads what each states, without
 * resolving anything. A mention keeps the precision the text gives it: "Aug. 9" is a day with
 * no year, "In November 2020" a month, "in the spring of 2021" a season, "since 1994" a year
 * that starts something, "on Thursday" a weekday, "last month" a month counted from the
 * publication date, "the next month" one counted from the previous sentence's date.
 *
 * Durations ("for 26 years", "several months", "over the past year"), ranges ("the years
 * 2021-2023"), lowercase month words ("continue to march") and anything inside a URL are not
 * mentions. The rules that read one expression each are in date-rules.ts; linked ends become
 * one range in ranges.ts; matches that name no event of their own are dropped by
 * mention-filters.ts.
 */
import { insideQuotation } from './spoken-day.js';
import { isRetractedDate } from './retracted.js';
import { RULES } from './date-rules.js';
import { joinRanges, lendRangeYears } from './ranges.js';
import { joinListedDays } from './listed-days.js';
import { isGivenUpSlot } from './rescheduled.js';
import {
  dropElidedMonths,
  dropRedundantWeekdays,
  inYearsSpan,
  isHabitualDate,
} from './mention-filters.js';
import { overlaps } from './mention.js';
import type { Mention, Span } from './mention.js';
import { matchesOf } from '../text/matches-of.js';

/** "since" right before a date: "since last month". */
const SINCE_JUST_BEFORE = /\bsince\s+$/iu;

/**
 * "a year later", "two days earlier", "the day before": a point counted from the story's last
 * date, which wink-nlp calls a duration for its unit; the unit is the distance, not what lasts.
 */
const COUNTED_FROM_STORY = /\s(?:later|earlier|before|after)$/iu;

/** Durations the rules themselves recognise, in case wink-nlp's entities miss them. */
const DURATION_RE =
  /\b(?:for|over|during|throughout|within|across)\s+(?:the\s+)?(?:past|last|next|first|coming|following)?\s*(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many)?\s*(?:day|week|month|year|decade)s?\b/giu;

/**
 * The rules' pre-checks that several rules share ("has a month name", "has a year"), each
 * tested once per text: a question's dates are read on every ask, and the rules share most of
 * their pre-checks (36 rules, 20 distinct ones in session 19). One with the global or sticky flag keeps
 * state between tests and is tested for each rule, as written.
 */
const SHARED_CHECKS = [...new Set(RULES.map((rule) => rule.when))].filter(
  (when) => !when.global && !when.sticky,
);
/** Per rule (in {@link RULES}' order), the index of its pre-check in {@link SHARED_CHECKS}, or -1. */
const SHARED_CHECK_OF = RULES.map((rule) => SHARED_CHECKS.indexOf(rule.when));

/** True when the whitespace-delimited chunk around a span looks like a URL or a path. */
function insideUrl(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !/\s/.test(text[from - 1] ?? ' ')) from--;
  let to = end;
  while (to < text.length && !/\s/.test(text[to] ?? ' ')) to++;
  const chunk = text.slice(from, to);
  return /:\/\/|www\.|\/|\\|\.(?:com|org|net|ru|by|html?)\b/i.test(chunk);
}

/** A mention a duration could contain: a bare year or a date counted from an anchor. */
export function durationLike(mention: Mention): boolean {
  return (
    mention.kind === 'relative' ||
    (mention.kind === 'calendar' && mention.month === undefined && mention.season === undefined)
  );
}

/**
 * The mentions of one sentence as the rules read them, before the slots given up, ranges,
 * listed days and the filters of {@link detectMentions} (its parameters).
 */
function readMentions(
  text: string,
  durations: readonly Span[],
  opensInQuotation: boolean,
  spokenDays = false,
): Mention[] {
  const found: Mention[] = [];
  // Per shared pre-check: 1 it holds of `text`, 2 it does not, 0 not yet tested.
  const held = new Uint8Array(SHARED_CHECKS.length);
  for (let r = 0; r < RULES.length; r++) {
    const rule = RULES[r]!;
    const shared = SHARED_CHECK_OF[r]!;
    if (shared < 0) {
      if (!rule.when.test(text)) continue;
    } else {
      if (held[shared] === 0) held[shared] = rule.when.test(text) ? 1 : 2;
      if (held[shared] === 2) continue;
    }
    rule.re.lastIndex = 0;
    for (const match of matchesOf(text, rule.re)) {
      const start = match.index;
      const end = start + match[0].length;
      const read = rule.read(
        match.groups ?? {},
        text.slice(Math.max(0, start - 40), start),
        text.slice(end, end + 40),
      );
      if (
        read === null ||
        (read.kind === 'calendar' &&
          read.month === undefined &&
          read.season === undefined &&
          read.year === undefined)
      )
        continue;
      if (
        read.kind === 'calendar' &&
        read.month === undefined &&
        read.season === undefined &&
        read.day !== undefined
      )
        continue;
      // "'We found it this morning,' she said", "'A year ago we were pulling people out of
      // windows,' he said": a day, or a count back ("ago"), counted from when the speaker spoke,
      // which the article need not state, not from the publication day. With `spokenDays` a
      // day is kept for the timeline, which counts it from a saying day its sentence states
      // (spoken-day.ts) and leaves it undated otherwise.
      if (
        read.kind === 'relative' &&
        (read.unit === 'day' || /\bago$/iu.test(match[0])) &&
        !(spokenDays && read.unit === 'day') &&
        insideQuotation(text, start, opensInQuotation)
      )
        continue;
      found.push({ ...read, start, end, text: match[0] } as Mention);
    }
  }
  const ruleDurations = [...matchesOf(text, DURATION_RE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Mention[] = [];
  for (const mention of found) {
    if (kept.some((k) => overlaps(k, mention))) continue;
    if (insideUrl(text, mention.start, mention.end)) continue;
    // "since 1994" starts what lasts; "the years 2021-2023" and "over the following three
    // months" are spans: none is vetoed as a duration. Nor a date counted from publication
    // right after "since" ("has been closed since last month"), which wink-nlp calls a
    // duration: the date is the start of what lasts, as "since 1994" is.
    const isSince =
      (mention.kind === 'calendar' && (mention.since || mention.until !== undefined)) ||
      (mention.kind === 'relative' && SINCE_JUST_BEFORE.test(text.slice(0, mention.start))) ||
      (mention.kind === 'relative' && mention.count !== undefined) ||
      (mention.kind === 'relative' && COUNTED_FROM_STORY.test(mention.text)) ||
      // "later in the month", "the end of the year": a part of the period the text is in.
      (mention.kind === 'relative' && mention.anchor === 'current') ||
      mention.kind === 'weekend' ||
      mention.kind === 'nth-weekday';
    if (!isSince && ruleDurations.some((v) => overlaps(v, mention))) continue;
    // wink-nlp calls "until 2047" and "until 7 January" durations; a stated year, and a day or
    // a month, is a point in time all the same: only what a duration could contain is vetoed.
    const statesYear = mention.kind === 'calendar' && mention.year !== undefined;
    if (
      !isSince &&
      !statesYear &&
      durationLike(mention) &&
      durations.some((v) => overlaps(v, mention))
    )
      continue;
    kept.push(mention);
  }
  return lendRangeYears(dropRedundantWeekdays(kept, text), text);
}

/**
 * The slots a verb of moving takes events from in one sentence ("postponed from 4 May to 18
 * June": 4 May; rescheduled.ts `isGivenUpSlot`), which {@link detectMentions} leaves out: no
 * event falls on them, but each is the day of a plan the sentence reports moved
 * (later-outcome.ts).
 */
export function givenUpSlots(text: string): Mention[] {
  const read = readMentions(text, [], false);
  return read.filter((m) => isGivenUpSlot(m, read, text));
}

/**
 * Finds the date mentions of one sentence.
 *
 * @param text the sentence
 * @param durations spans already known to be durations (wink-nlp DURATION entities); a
 *   mention a duration could contain ({@link durationLike}: "the past year", "26 years")
 *   overlapping one is dropped, except "since YEAR", the start of what lasts.
 * @param opensInQuotation true when the sentence starts inside a speaker's quotation an earlier
 *   sentence of its paragraph opened (the splitter cut "…said: “It was terrible. We saw the
 *   flames last night.”" in two): its words up to the closing mark are the speaker's.
 * @param spokenDays keep the days counted from the time of writing inside a direct quotation
 *   ("“We opened today,” she said on Friday"), which are otherwise left out: for a caller that
 *   counts them from the speaker's time (the timeline: spoken-day.ts).
 * @example
 * detectMentions('On Aug. 27, Putin said so.')[0] // { kind: 'calendar', month: 8, day: 27, … }
 */
export function detectMentions(
  text: string,
  durations: readonly Span[] = [],
  opensInQuotation = false,
  spokenDays = false,
): Mention[] {
  const read = readMentions(text, durations, opensInQuotation, spokenDays);
  // "moved to October 14 from October 7": the slot given up is no event, nor a range's start.
  const moved = read.filter((m) => !isGivenUpSlot(m, read, text));
  return dropElidedMonths(joinListedDays(joinRanges(moved, text), text)).filter(
    (m, _, all) =>
      !isHabitualDate(m, text) &&
      !inYearsSpan(m, all, text) &&
      !isRetractedDate(text, m.start, m.end),
  );
}
