/**
 * Two weekdays that bound one span: "will strike from Monday to Friday", "will be closed from
 * next Monday until Friday", "between Saturday and Monday". The span ends after it starts, so
 * its end is the first such weekday after its start, not the one nearest publication: published
 * on Friday 6 June 2025, "from Monday to Friday" ahead is 9 to 13 June, never 9 June and 6 June.
 * Told as past, its start is the latest such weekday before its end ("struck from Tuesday to
 * Friday", published on a Wednesday: the Tuesday before that Friday). Each weekday alone is
 * counted from publication as any other (resolve.ts); this says only which one bounds the other.
 */
import { WEEKDAY_RE, WEEKDAYS } from '../text/months.js';

/** The other bound of a span a weekday is one bound of. */
export interface WeekdayPartner {
  /** Which bound the weekday read is: the span's start or its end. */
  role: 'start' | 'end';
  /** The other bound's weekday (0 Sunday … 6 Saturday) and its "last"/"next", if any. */
  weekday: number;
  shift: 'last' | 'next' | null;
}

const SHIFT = String.raw`(?:(?<shift>[Ll]ast|[Nn]ext)\s+)?`;
/** Words that join a span's two bounds after "from" or "between". */
const JOIN = String.raw`(?:to|until|till|through|and)`;

/** The start and the joining word before an end: "from next Monday until ". */
const BEFORE_END = new RegExp(
  String.raw`\b(?:from|between)\s+${SHIFT}(?<weekday>${WEEKDAY_RE})\s+${JOIN}\s+$`,
  'u',
);
/** "from " before a start, and the joining word and end after it: " to Friday". */
const OPENS_SPAN = /\b(?:from|between)\s+(?:[Ll]ast\s+|[Nn]ext\s+)?$/u;
const AFTER_START = new RegExp(String.raw`^\s+${JOIN}\s+${SHIFT}(?<weekday>${WEEKDAY_RE})\b`, 'u');

/**
 * The other bound of the span the weekday at `start`–`end` of `sentence` bounds (see the module
 * note), or null when it bounds none.
 */
export function weekdayPartner(
  sentence: string,
  start: number,
  end: number,
): WeekdayPartner | null {
  const before = sentence.slice(0, start);
  const asEnd = BEFORE_END.exec(before);
  if (asEnd?.groups) return partner('end', asEnd.groups);
  if (!OPENS_SPAN.test(before)) return null;
  const asStart = AFTER_START.exec(sentence.slice(end));
  return asStart?.groups ? partner('start', asStart.groups) : null;
}

function partner(
  role: 'start' | 'end',
  groups: Record<string, string | undefined>,
): WeekdayPartner {
  return {
    role,
    weekday: WEEKDAYS.get(groups.weekday ?? '') ?? 0,
    shift: (groups.shift?.toLowerCase() as 'last' | 'next' | undefined) ?? null,
  };
}
