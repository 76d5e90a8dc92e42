/**
 * Offsets from a date: "two days before 31 March", "a week after Friday 5 December", "the day
 * before Tuesday". The date written is an anchor, not the day of the event: the event is that
 * many days away from it. A timeline must shift the anchor by the offset, or leave the event
 * undated when the offset is no exact count of days ("weeks before 3 March", "two months after
 * May", "in the week before 31 March"): never list it on the anchor's day.
 */
import { SEASON_RE, WEEKDAY_RE } from '../text/months.js';
import { dayNumber } from '../text/calendar.js';
import { COUNTS } from './date-rules.js';
import { dayValue, unresolved, type Resolution } from './resolution.js';

/** Days in each unit an offset can count exactly; a month or a year has no fixed length. */
const DAYS_IN: Readonly<Record<string, number>> = { day: 1, night: 1, week: 7, fortnight: 14 };

/**
 * A count of units, then "before"/"after" (or "ahead of", "prior to", "earlier than", "later
 * than") right before a date, across a weekday written with it ("two days before Friday 5
 * December") and a "the" ("the day before the 12th"). The word before the count, when it is a
 * determiner or a preposition of span ("in the two weeks before", "for three days after"), makes
 * it a stretch of time, caught as such.
 */
const OFFSET_BEFORE = new RegExp(
  String.raw`(?:\b(?<lead>[\p{L}]+)\s+)?\b(?<count>\d{1,3}|[\p{L}]+)\s+(?:(?:full|whole|clear)\s+)?(?<unit>days?|nights?|weeks?|fortnights?|months?|years?)\s+(?<direction>before|after|ahead\s+of|prior\s+to|earlier\s+than|later\s+than)\s+(?:the\s+)?(?:${WEEKDAY_RE},?\s+(?:the\s+)?)?$`,
  'iu',
);

/**
 * "after" right before a date, with no count ("closed the library after 3 May", "soon after
 * March 3"): the act lies at some time after the date, an offset of no number of days, never on
 * it ("after" of time: "later than", Quirk et al. 1985, §9.39). Not "on or after", which sets the
 * date itself as the first possible day.
 */
const AFTER_BEFORE =
  /(?<!\bon\s+or\s+)\b(?:(?:soon|shortly|just|right|immediately|long|well|only|even|not\s+until)\s+)?after\s+$/iu;

/**
 * {@link AFTER_BEFORE} with a determiner between "after" and a season, which takes one as the
 * head of its noun phrase ("after the summer", "until after this autumn"). Only a season: after
 * "the" a day or month premodifies the noun that follows ("after the 3 May vote"), an occasion.
 */
const AFTER_DETERMINER_BEFORE = new RegExp(
  String.raw`(?<!\bon\s+or\s+)\bafter\s+(?:the|this|next|last)\s+$`,
  'iu',
);
const SEASON_ONLY = new RegExp(String.raw`^${SEASON_RE}$`, 'iu');

/** Words before a count that make it a stretch of time, not an offset to one day. */
const SPAN_LEAD = /^(?:for|in|within|over|during|throughout|the|those|these|first|last|next)$/iu;

/** What an offset before a date says: a shift by a whole number of days, or one in doubt. */
export type Offset = { days: number } | 'inexact';

/**
 * The offset written right before the date at `start` of `sentence`, or null when there is
 * none. `{ days }` for an exact count of days or weeks ("two days before" −2, "a week after" +7,
 * "the day before" −1); `'inexact'` for a count that is no fixed number of days ("several days
 * before", "two months after", "days before") or a stretch ("in the two weeks before").
 *
 * @param sentence the sentence
 * @param start offset of the date in the sentence
 * @param end offset just after the date (to tell a possessive date, "after Monday's vote")
 */
export function offsetBefore(sentence: string, start: number, end = start): Offset | null {
  const before = sentence.slice(0, start);
  const match = OFFSET_BEFORE.exec(before);
  const groups = match?.groups;
  if (!groups) {
    // A possessive date names an occasion the act follows ("after Monday's announcement"):
    // named-thing.ts lists it under the occasion's date, saying so.
    const possessive =
      /['’]s$/u.test(sentence.slice(start, end)) || /^['’]s\b/u.test(sentence.slice(end));
    const afterSeason =
      AFTER_DETERMINER_BEFORE.test(before) && SEASON_ONLY.test(sentence.slice(start, end).trim());
    return (AFTER_BEFORE.test(before) || afterSeason) && !possessive ? 'inexact' : null;
  }
  const count = (groups.count as string).toLowerCase();
  const unit = (groups.unit as string).toLowerCase().replace(/s$/u, '');
  const sign = /^(?:before|ahead|prior|earlier)/iu.test(groups.direction as string) ? -1 : 1;
  const lead = groups.lead?.toLowerCase();
  // "the day before", "the night after": one day; "the week before 3 March" is a stretch.
  if (count === 'the') return unit === 'day' || unit === 'night' ? { days: sign } : 'inexact';
  const n = countOf(count);
  // "several weeks after", "days before 31 March": units of no number, an offset in doubt; "the
  // present year prior to 23 November" is no offset, but a bound.
  if (n === undefined)
    return /^(?:few|several|some|many)$/iu.test(count) || /s$/iu.test(groups.unit as string)
      ? 'inexact'
      : null;
  if (lead !== undefined && SPAN_LEAD.test(lead)) return 'inexact';
  const days = DAYS_IN[unit];
  return days === undefined ? 'inexact' : { days: sign * n * days };
}

/** The number a count word or numeral states ("a", "one", "two" … "twelve", "14"). */
function countOf(word: string): number | undefined {
  if (/^\d+$/u.test(word)) return Number(word);
  if (word === 'a' || word === 'an' || word === 'one') return 1;
  return COUNTS[word];
}

/**
 * The date `resolution` gave its anchor, moved by `offset`: a day shifted by the offset's days;
 * anything else left undated with the reason (an inexact offset, or an anchor coarser than a
 * day or a range, whose shifted day is not known).
 */
export function shiftBy(resolution: Resolution, offset: Offset): Resolution {
  const date = resolution.date;
  if (date === null) return resolution;
  if (offset === 'inexact')
    return unresolved('an offset from the date written that is no exact number of days');
  if (
    date.precision !== 'day' ||
    date.month === undefined ||
    date.day === undefined ||
    resolution.end
  )
    return unresolved('an offset from a date written coarser than a day');
  return { date: dayValue(dayNumber(date.year, date.month, date.day) + offset.days) };
}
