/**
 * Ranges within one sentence: two date mentions linked as the ends of one span ("from March 3 to
 * March 5, 2021", "between June 2020 and May 2021") become one mention with an `until`, and a
 * range's start without a year takes its end's ("from July 1 to November 1, 1877"). Kept apart
 * from the detection rules because it reads how mentions already found relate, not the text of
 * one date.
 */
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
 * year ("from December to February"); the resolver gives both their years.
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
      (m.year !== undefined || calendarOrder(m, next) !== 0) &&
      RANGE_START_BEFORE.test(text.slice(0, m.start)) &&
      RANGE_LINK.test(text.slice(m.end, next.start))
    ) {
      const until = { year: next.year, month: next.month, day: next.day };
      joined.push({ ...m, until, end: next.end, text: text.slice(m.start, next.end) });
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
 * "from July 1 to November 1, 1877": the start of a range takes the year its end states (the
 * year before, when its month comes later than the end's).
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
    if (!RANGE_LINK.test(text.slice(m.end, next.start))) return;
    m.year = m.month <= next.month ? next.year : next.year - 1;
  });
  return mentions;
}
