/**
 * Time stated relative to when an article was published ("this year", "the past fiscal year",
 * "last month", "yesterday", "now"). Such words mean a different time in each article: "the
 * total for the year amounted to $165 million" in an address of 1894 and "$156 million" in one of
 * 1893 are two years' totals, not two accounts of one. Two passages are compared as reports of
 * one fact only when each such expression counts from the same point: both articles' publication
 * dates known, and equal as far as the expression reaches (the year for "this year", the day for
 * "yesterday"). fact-resolved-time.ts resolves the words the timeline dates to the days they
 * denote and compares those; this comparison by words and publication dates is what remains when
 * a time cannot be resolved ("now", "so far", a publication date not stated).
 */

import { matchesOf } from '../../text/matches-of.js';

/** How far a relative expression reaches: it names a day, a month or a year counted from publication. */
export type TimeGrain = 'day' | 'month' | 'year';

/** One relative expression: its reach and the period it names, as a comparable key. */
export interface RelativeTime {
  grain: TimeGrain;
  /** The period named, words of one meaning folded: "the past year" and "last year" are "year-1". */
  key: string;
}

/** Words that count back one period ("last year", "the past fiscal year", "the preceding month"). */
const BACK = 'last|past|previous|preceding|prior';
/** Words that name the current period ("this year", "the current fiscal year", "the year"). */
const CURRENT = 'this|current|present|the';
/** Words that count forward one period. */
const FORWARD = 'next|coming|following';

/**
 * A period named from publication: "(the) last/this/next (fiscal) year|month|week"; "the year"
 * alone, not "the year 1776" (a year given) nor "the year before" (counted from another time).
 */
const PERIOD = new RegExp(
  `\\b(?:the\\s+)?(${BACK}|${CURRENT}|${FORWARD})\\s+(?:(?:fiscal|financial|calendar|school|academic)\\s+)?(year|month|week)(?!\\s+(?:\\d|of\\b|before|after|earlier|later|in which|when)|[\\p{L}'’-])`,
  'giu',
);
/** "two years ago", "a month earlier" (earlier than publication: "ago" only), "for the past 26 years". */
const AGO =
  /\b(?:(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|few|some)\s+)(year|month|week|day)s?\s+ago\b/giu;
const PAST_SPAN =
  /\b(?:the\s+)?(?:past|last|previous)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+(year|month|week|day)s\b/giu;
/**
 * Adverbs of the present time, as an expression's source: the time of writing ("now", "so far").
 * Also what marks a question about the present state (plan/present-state.ts).
 */
export const PRESENT_TIME_ADVERBS = String.raw`now|currently|at\s+present|presently|so\s+far|to\s+date`;

/** The day of publication, the days around it, and "now". */
const DAY = new RegExp(
  String.raw`\b(today|yesterday|tomorrow|tonight|this\s+(?:morning|afternoon|evening)|last\s+night|${PRESENT_TIME_ADVERBS})\b(?![\p{L}'’-])`,
  'giu',
);

/** Every pattern above needs one of these words. */
export const MAYBE_RELATIVE =
  /year|month|week|day|tonight|morning|afternoon|evening|night|now|currently|present|so far|to date/i;

const GRAIN_OF: Readonly<Record<string, TimeGrain>> = {
  year: 'year',
  month: 'month',
  week: 'day',
  day: 'day',
};

/** A whole word of {@link BACK} or of {@link FORWARD}: made once, not for every expression read. */
const BACK_WORD = new RegExp(`^(?:${BACK})$`);
const FORWARD_WORD = new RegExp(`^(?:${FORWARD})$`);

function periodKey(word: string, unit: string): string {
  const w = word.toLowerCase();
  const offset = BACK_WORD.test(w) ? -1 : FORWARD_WORD.test(w) ? 1 : 0;
  return `${unit.toLowerCase()}${offset === 0 ? '' : offset > 0 ? '+1' : '-1'}`;
}

/**
 * The relative time expressions of a passage, in order of appearance; empty when it has none.
 * "The" alone before "year" ("for the year") names the current year, as it does in reports of a
 * year's accounts.
 */
export function relativeTimes(text: string): RelativeTime[] {
  return relativeTimeSpans(text).map(({ grain, key }) => ({ grain, key }));
}

/** {@link relativeTimes} with where each expression stands (offsets in `text`, end exclusive). */
export function relativeTimeSpans(
  text: string,
): Array<RelativeTime & { start: number; end: number }> {
  // Most sentences hold none of these words: one cheap test spares them the four patterns.
  if (!MAYBE_RELATIVE.test(text)) return [];
  const found: Array<RelativeTime & { start: number; end: number }> = [];
  const at = (m: RegExpMatchArray) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  for (const m of matchesOf(text, PERIOD)) {
    const unit = (m[2] as string).toLowerCase();
    found.push({
      ...at(m),
      grain: GRAIN_OF[unit] as TimeGrain,
      key: periodKey(m[1] as string, unit),
    });
  }
  for (const pattern of [AGO, PAST_SPAN])
    for (const m of matchesOf(text, pattern)) {
      const unit = (m[1] as string).toLowerCase();
      found.push({
        ...at(m),
        grain: GRAIN_OF[unit] as TimeGrain,
        key: m[0].toLowerCase().replace(/\s+/g, ' '),
      });
    }
  for (const m of matchesOf(text, DAY))
    found.push({
      ...at(m),
      grain: 'day',
      key: (m[1] as string).toLowerCase().replace(/\s+/g, ' '),
    });
  return found.sort((x, y) => x.start - y.start);
}

const GRAIN_LENGTH: Readonly<Record<TimeGrain, number>> = { year: 4, month: 7, day: 10 };

/**
 * True when two passages' relative expressions count from the same point, so the passages can be
 * compared as reports of one fact: neither has any; or the articles' publication dates
 * (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`, null when not stated) are both known to the finest grain
 * either passage uses and equal to it; and, when both passages have such expressions, they name
 * a period in common ("this year" and "last year" in articles of one day are two years).
 */
export function sameTimeAnchor(
  a: readonly RelativeTime[],
  b: readonly RelativeTime[],
  publishedA: string | null | undefined,
  publishedB: string | null | undefined,
): boolean {
  if (a.length === 0 && b.length === 0) return true;
  const grains = [...a, ...b].map((t) => GRAIN_LENGTH[t.grain]);
  const length = Math.max(...grains);
  if (publishedA == null || publishedB == null) return false;
  if (publishedA.length < length || publishedB.length < length) return false;
  if (publishedA.slice(0, length) !== publishedB.slice(0, length)) return false;
  return a.length === 0 || b.length === 0 || a.some((x) => b.some((y) => x.key === y.key));
}
