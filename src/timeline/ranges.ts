/**
 * Ranges within one sentence: two date mentions linked as the ends of one span ("from March 3 to
 * March 5, 2021", "between June 2020 and May 2021") become one mention with an `until`, and a
 * range's start without a year takes its end's ("from July 1 to November 1, 1877"). Kept apart
 * from the detection rules because it reads how mentions already found relate, not the text of
 * one date.
 */
import { CLOCK_TIME } from '../text/clock-time.js';
import { WEEKDAY_RE } from '../text/months.js';
import type { CalendarMention, Mention } from './mention.js';

/**
 * A weekday may restate each end of a range ("from Friday 8 August to Sunday 10 August"); the
 * weekday itself is dropped as redundant, so what lies between the ends may hold it.
 */
const RESTATED_WEEKDAY = String.raw`(?:${WEEKDAY_RE},?\s+)?`;
const RANGE_START_BEFORE = new RegExp(
  String.raw`\b(?:from|between)\s+(?:the\s+)?${RESTATED_WEEKDAY}$`,
  'iu',
);

/** "on", "in", "at 05:00 on", "from 6pm on": before an end (a time of day leaves its day as it is). */
const AT_TIME_ON = String.raw`(?:(?:at|from)\s+(?:${CLOCK_TIME.source})\s+)?(?:on|from|in)\s+`;

/**
 * The modals of a predicate told as still ahead of the writing: "will", "is (due) to", "are (due)
 * to" (Quirk et al. 1985, §4.41ff); a span's second verb may follow them ({@link BEGUN_LINK}), and
 * after them the span's end lies ahead ({@link ENDS_AHEAD}).
 */
const AHEAD_MODALS = String.raw`will|is\s+(?:due\s+)?to|are\s+(?:due\s+)?to`;

/**
 * A span told by its beginning and its end, one predicate coordinated with the other under one
 * subject: "would begin at 05:00 on Monday 15 June and last until 05:00 on Thursday 18 June",
 * "began on 1 June and ended on 4 June", "opens on Friday 8 August and runs until Sunday 10
 * August". The two dates are the ends of one act or state, as in "from … to …": one entry.
 * Before the first: a verb of beginning; between them: "and" with no subject of its own, then
 * a verb of lasting with "until", "till", "through" or "to", or a verb of ending with "on" or "in".
 */
const BEGUN_BEFORE = new RegExp(
  String.raw`\b(?:begin|begins|began|begun|beginning|start|starts|started|starting|open|opens|opened|opening|commence|commences|commenced)\s+${AT_TIME_ON}(?:the\s+)?${RESTATED_WEEKDAY}$`,
  'iu',
);
const BEGUN_LINK = new RegExp(
  String.raw`^,?\s+and\s+(?:(?:${AHEAD_MODALS}|would|should|was\s+(?:due\s+)?to|were\s+(?:due\s+)?to)\s+)?(?:(?:last|lasts|lasted|run|runs|ran|continue|continues|continued|go\s+on|goes\s+on|went\s+on)\s+(?:until|till|through|to)\s+(?:${CLOCK_TIME.source}\s+on\s+)?|(?:end|ends|ended|finish|finishes|finished|close|closes|closed)\s+${AT_TIME_ON})(?:the\s+)?${RESTATED_WEEKDAY}$`,
  'iu',
);

/**
 * The link of a span told by its beginning and its end ({@link BEGUN_LINK}) whose second verb
 * is told in the present or the future ({@link AHEAD_MODALS}: "began in May and is due to finish
 * in November", "started on Monday and will run until Friday"): the end lies ahead of the
 * writing, whatever the tense of the beginning.
 */
const ENDS_AHEAD = new RegExp(String.raw`^,?\s+and\s+(?:${AHEAD_MODALS})\s`, 'iu');

/**
 * True when the text before a date (`before`) and between it and the next (`between`) make the
 * two the ends of one span: "from X to Y", "between X and Y", or a span told by its beginning and
 * its end ({@link BEGUN_BEFORE}).
 */
function spanEnds(before: string, between: string): boolean {
  return (
    (RANGE_START_BEFORE.test(before) && RANGE_LINK.test(between)) ||
    (BEGUN_BEFORE.test(before) && BEGUN_LINK.test(between))
  );
}

/** Orders two calendar mentions of the same precision; a missing part compares as 0. */
function calendarOrder(a: CalendarMention, b: CalendarMention): number {
  return (
    (a.year ?? 0) - (b.year ?? 0) || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0)
  );
}

/**
 * "from March 3 to March 5, 2021", "between June 2020 and May 2021", "from May to July": two
 * ends of the same precision, both with their year or both without, the first after "from" or
 * "between", become one mention with an `until`. Without years, the end may run into the next
 * year ("from December to February"); the resolver gives both their years. A span's end never
 * precedes its start, so two ends that do are no range ("from 14 August to 7 August": an old date
 * and a new one): with years, the end comes later; without, a day of the same month does (a day a
 * year on is written with its years).
 */
export function joinRanges(mentions: Mention[], text: string): Mention[] {
  const joined: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const next = mentions[i + 1];
    if (
      m.kind === 'calendar' &&
      next?.kind === 'calendar' &&
      (m.year === undefined) === (next.year === undefined) &&
      (m.year !== undefined || (m.month !== undefined && !m.since && !m.shift && !next.shift)) &&
      m.yearOffset === undefined &&
      next.yearOffset === undefined &&
      m.until === undefined &&
      next.until === undefined &&
      m.season === undefined &&
      next.season === undefined &&
      (m.month === undefined) === (next.month === undefined) &&
      (m.day === undefined) === (next.day === undefined) &&
      (m.year === undefined || calendarOrder(m, next) < 0) &&
      (m.year !== undefined || m.month !== next.month || calendarOrder(m, next) < 0) &&
      spanEnds(text.slice(0, m.start), text.slice(m.end, next.start))
    ) {
      const until = { year: next.year, month: next.month, day: next.day };
      const endAhead = ENDS_AHEAD.test(text.slice(m.end, next.start));
      joined.push({
        ...m,
        until,
        ...(endAhead ? { endAhead } : {}),
        end: next.end,
        text: text.slice(m.start, next.end),
      });
      i++;
      continue;
    }
    joined.push(m);
  }
  return joined;
}

const RANGE_LINK = new RegExp(
  String.raw`^,?\s*(?:to|until|till|through|and|-|–|—)\s*(?:the\s+)?${RESTATED_WEEKDAY}$`,
  'u',
);

/**
 * "from July 1 to November 1, 1877", "began on 30 December and lasted until 2 January 2026": the
 * start of a range takes the year its end states (the year before, when its month comes later
 * than the end's).
 */
export function lendRangeYears(mentions: Mention[], text: string): Mention[] {
  mentions.forEach((m, i) => {
    const next = mentions[i + 1];
    if (
      m.kind !== 'calendar' ||
      m.year !== undefined ||
      m.month === undefined ||
      m.yearOffset !== undefined
    )
      return;
    if (next?.kind !== 'calendar' || next.year === undefined || next.month === undefined) return;
    const between = text.slice(m.end, next.start);
    if (!RANGE_LINK.test(between) && !spanEnds(text.slice(0, m.start), between)) return;
    m.year = m.month <= next.month ? next.year : next.year - 1;
  });
  return mentions;
}
