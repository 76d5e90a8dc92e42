/**
 * Date rules: the patterns that find one date expression each and read what it states ("Aug.
 * 27", "in the spring of 2021", "since 1994", "last Friday", "the next month"), with the words
 * around it that shift or cancel it ("October 29 last", "every October"). Most specific first.
 * Kept apart from detect.ts, which runs them over a sentence and settles overlaps, durations,
 * ranges and filters.
 */
import { SEASONS } from '../text/months.js';
import { isFallSeason } from './fall-season.js';
import {
  MONTH_RE,
  SEASON_RE,
  SEASON_RE_ANY_INITIAL,
  WEEKDAY_RE,
  WEEKDAYS,
  monthNumber,
} from '../text/months.js';
import { parseIsoDate } from '../text/calendar.js';
import {
  isCountLookalike,
  isMeasureAfter,
  isMonthLookalike,
  isPlaceNameAfter,
  isWeekdayClassifier,
  isWeekdayLookalike,
} from './lookalikes.js';
import { SPAN_RULES } from './spans.js';
import { AGO_RE, HAS_AGO, readAgo, weeksBack } from './ago.js';
import { inCapitalisedName } from './named-day-word.js';
import { DAY_OF_COUNTED_MONTH_RE, DAY_OF_MONTH_RE, readDayOfMonth } from './day-of-month.js';
import type { CalendarMention, MentionReading } from './mention.js';
import {
  EARLY_YEAR,
  EARLY_YEAR_DIGITS,
  EARLY_YEAR_WORDS,
  YEAR,
  YEAR_DIGITS,
} from '../text/year.js';
import { LISTED_DAY_RE, readListedDay } from './listed-days.js';
import { ORDINAL_DAY, ordinalDay } from './spelled-ordinals.js';
import { EASTER_FEAST_RE, HOLIDAY_WEEKDAY_RE, readWeekdayOccasion } from './weekday-occasions.js';
import { PLAN_CUES } from './plan-words.js';
import { anyOf } from '../text/word-class.js';
import { PUBLICATION_DAY_PART } from './publication-day-part.js';
import { matchesOf } from '../text/matches-of.js';

type Groups = Record<string, string | undefined>;
interface Rule {
  /** A cheap test the sentence must pass before the rule's pattern runs. */
  when: RegExp;
  re: RegExp;
  read(groups: Groups, before: string, after: string): MentionReading | null;
}

const DAY = String.raw`(?<day>\d{1,2})(?!\d)(?:st|nd|rd|th|d)?`;
const M = `(?<month>${MONTH_RE})(?![\\p{L}])`;
/**
 * Checked before a lookbehind: only a position where a year starts pays for the lookbehind. A
 * cheap superset of text/year.ts's years, which the pattern after it reads exactly.
 */
const DIGIT_FIRST = String.raw`(?=[12]\d{3})`;
const NOT_LETTER_BEFORE = String.raw`(?<![\p{L}\d])`;
const YEAR_CONTEXT = String.raw`(?:in|since|by|until|till|from|during|of|before|after|early|late|mid|throughout|around|circa|(?<![\p{L}.])ca?\.|${SEASON_RE})`;
/** Words before a year that make a time of a number below 1500 (text/year.ts), and "c.". */
const EARLY_YEAR_CONTEXT = String.raw`(?:${EARLY_YEAR_WORDS.join('|')}|(?<![\p{L}.])ca?\.)`;
/**
 * "around 1340", "circa 1850", "c. 1850": the year is approximate (the event may fall in a year
 * either side), so the timeline says so of its quote. Not "about", before which a four-digit
 * number is mostly a count ("about 2000 homes", "rose to about 2000").
 */
const APPROXIMATE_BEFORE_YEAR = /^(?:around|circa|ca?\.)$/iu;
const HAS_EARLY_YEAR = new RegExp(EARLY_YEAR_DIGITS, 'u');
/** Words a bare month follows as a time: prepositions, "early", "last", and "spent" ("spent August testing the dam"). */
const MONTH_CONTEXT = String.raw`(?:in|on|by|since|until|till|from|to|between|during|through|of|before|after|early|late|mid|last|next|this|for|spen[dt]|spends|spending)`;
/** "between October and December": "and" takes a month only after "between MONTH". */
const BETWEEN_MONTHS = String.raw`between\s+${MONTH_RE}\s+and`;
/** "scheduled for September": "for" takes a month only after a word of planning. */
const PLANNED_FOR = new RegExp(String.raw`\b(?:${anyOf(PLAN_CUES)})\s+for\s+$`, 'iu');

const HAS_MONTH = new RegExp(`${MONTH_RE}(?![\\p{L}])`, 'u');
const HAS_YEAR = new RegExp(YEAR_DIGITS, 'u');
const HAS_DAY_AND_MONTH = new RegExp(`\\d\\D{0,8}${MONTH_RE}|${MONTH_RE}\\D{0,4}\\d`, 'u');
const HAS_WEEKDAY = new RegExp(WEEKDAY_RE, 'u');
const HAS_SEASON = new RegExp(SEASON_RE, 'iu');
/**
 * A comparative "as" complement right after "the same day" ("the same day as the outbreak was
 * declared over"), not "as well", "as part of", nor a clause after a comma.
 */
const SAME_AS_STANDARD = /^\s+as\b(?!\s+(?:well|part)\b)/u;

/**
 * A distributive quantifier heading the clause's subject before "the same day" ("every report
 * would be checked the same day", "… said that each call would be answered the same day"): "the
 * same" is then bound by the quantified subject, the day of each member's own event (a bound
 * reading of temporal anaphora, Partee 1984, "Nominal and temporal anaphora"), never one day of
 * the narrative. The quantifier opens the clause: at its start, after a comma or after "that" or
 * a verb of saying. One in an object ("Police closed every road into the village the same day")
 * binds nothing of the act's time. Not "the following day", which after a narrative date is as
 * often that date's next day ("Each councillor voted the following day").
 */
const DISTRIBUTIVE_BEFORE =
  /(?:^|[,;:]\s*|\b(?:that|said|says|say|told|tells)\s+)(?:every|each|any)\s+\p{L}[^.;:!?,]*$/iu;

const HAS_RELATIVE = /last|this|next|yesterday|tomorrow|following|previous|preceding|same|later/iu;

/** "the day before", "the night after", "the previous evening", "the following morning". */
const HAS_DAY_NEXT_TO_STORY =
  /\b(?:(?:day|night|morning|evening)\s+(?:before|after)|(?:previous|preceding|following|next)\s+(?:morning|afternoon|evening|night))\b/iu;

/**
 * The day next to the story's last date, told by a part of it or by "day" and "before"/"after"
 * ending its phrase ({@link HAS_DAY_NEXT_TO_STORY}). Not "over the previous night" (a stretch).
 */
const DAY_NEXT_TO_STORY_RE =
  /(?<!\b(?:over|for|within|throughout|during)\s)\b[Tt]he\s+(?:(?:day|night|morning|evening)\s+(?<before>before|after)(?=\s*(?:[,.;:!?]|$))|(?<rel>previous|preceding|following|next)\s+(?:morning|afternoon|evening|night)(?![\p{L}]))/gu;

/** "later" or "earlier", the words of a count from the narrative's date. */
const HAS_LATER_OR_EARLIER = /\b(?:later|earlier)\b/iu;

/**
 * A count of units, then "later" or "earlier": "a day later", "two weeks earlier", "10 days
 * later". Not before "than" (a comparison), nor after "the" or a word of span ("the two days
 * later", "for a year later").
 */
const COUNTED_LATER_RE =
  /(?<![\p{L}'’-])(?<!\b(?:[Tt]he|[Ff]or|[Oo]ver|[Ww]ithin)\s)(?<count>[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|\d{1,2})\s+(?<unit>days?|weeks?|fortnights?|months?|years?)\s+(?<direction>later|earlier)(?![\p{L}])(?!\s+than\b)/gu;

/** Days in a unit counted exactly; a month or a year has no fixed length. */
const DAYS_PER: Readonly<Record<string, number>> = { day: 1, week: 7, fortnight: 14 };

/** The mention "N units later/earlier" reads: a shift of the narrative's date. */
function readCountedLater(g: Groups): MentionReading | null {
  const word = (g.count ?? '').toLowerCase();
  const count = /^(?:an?|one)$/u.test(word) ? 1 : (COUNTS[word] ?? Number(word));
  const unit = (g.unit ?? '').toLowerCase().replace(/s$/u, '');
  // "a days later", "two day later": no count agrees with its unit so.
  const plural = /s$/iu.test(g.unit ?? '');
  if (!Number.isInteger(count) || count < 1 || (count === 1) === plural) return null;
  const sign = /^earlier$/iu.test(g.direction ?? '') ? -1 : 1;
  const days = DAYS_PER[unit];
  return days !== undefined
    ? {
        kind: 'relative',
        unit: 'day',
        offset: sign * count * days,
        anchor: 'narrative',
        sole: true,
      }
    : {
        kind: 'relative',
        unit: unit as 'month' | 'year',
        offset: sign * count,
        anchor: 'narrative',
        sole: true,
      };
}

/** Words that may follow a day and go on with the clause ("on March the 3rd to vote"). */
const AFTER_DAY_LINK =
  '(?:to|and|at|in|on|when|but|with|while|as|after|before|for|from|until|by|last|next)';

const SHIFT_BEFORE = /\b(last|next)\s+$/i;

/** Counts written as words, as a span of units states them ("the following three months"). */
export const COUNTS: Readonly<Record<string, number>> = Object.fromEntries(
  'two three four five six seven eight nine ten eleven twelve'.split(' ').map((w, i) => [w, i + 2]),
);

function validDay(day: number): boolean {
  return day >= 1 && day <= 31;
}

function calendar(parts: Partial<CalendarMention>): CalendarMention | null {
  if (parts.day !== undefined && !validDay(parts.day)) return null;
  return { kind: 'calendar', since: false, shift: null, ...parts };
}

const num = (s: string | undefined): number | undefined =>
  s === undefined ? undefined : Number(s);

/**
 * A range of days of one month. "and" needs "between", and "to"/"until"/"through" need "from"
 * or no lead word; a dash needs neither. The month must be capitalised (the rules' flag is not).
 */
function dayRange(g: Groups): CalendarMention | null {
  const link = (g.link ?? '').trim().toLowerCase();
  const ctx = g.ctx?.toLowerCase();
  if (link === 'and' ? ctx !== 'between' : ctx === 'between') return null;
  if (!/^\p{Lu}/u.test(g.month ?? '')) return null;
  const month = monthNumber(g.month ?? '');
  const first = num(g.day);
  const last = num(g.day2);
  if (month === undefined || first === undefined || last === undefined) return null;
  if (!(first < last) || !validDay(first) || !validDay(last)) return null;
  const year = num(g.year);
  return calendar({ month, day: first, year, until: { year, month, day: last } });
}

/** A month (and day) whose year is counted from publication: "last", "this" or "next" year. */
function withYearCounted(g: Groups): CalendarMention | null {
  const offset = { last: -1, this: 0, next: 1 }[g.rel ?? 'this'] ?? 0;
  return calendar({ month: monthNumber(g.month ?? ''), day: num(g.day), yearOffset: offset });
}

/** Rules, most specific first: a longer match wins over a shorter one it overlaps. */
export const RULES: Rule[] = [
  {
    // December 18, 2020 / Nov. 19, 2020
    when: HAS_DAY_AND_MONTH,
    re: new RegExp(`${NOT_LETTER_BEFORE}${M}\\s+${DAY}(?:,\\s*|\\s+)${YEAR}`, 'gu'),
    read: (g) =>
      calendar({ month: monthNumber(g.month ?? ''), day: num(g.day), year: num(g.year) }),
  },
  {
    // 18 December 2020 / 4th of November, 2021
    when: HAS_DAY_AND_MONTH,
    re: new RegExp(`${NOT_LETTER_BEFORE}${DAY}\\s+(?:of\\s+)?${M}(?:,\\s*|\\s+)${YEAR}`, 'gu'),
    read: (g) =>
      calendar({ month: monthNumber(g.month ?? ''), day: num(g.day), year: num(g.year) }),
  },
  {
    // In November 2020 / June, 2021
    when: HAS_MONTH,
    re: new RegExp(`${NOT_LETTER_BEFORE}${M},?\\s+(?:of\\s+)?${YEAR}`, 'gu'),
    read: (g) => calendar({ month: monthNumber(g.month ?? ''), year: num(g.year) }),
  },
  {
    // in September of this year / Dec. 20 last year
    when: HAS_RELATIVE,
    re: new RegExp(
      `${NOT_LETTER_BEFORE}${M}(?:\\s+${DAY})?,?\\s+(?:of\\s+)?(?<rel>last|this|next)\\s+year(?![\\p{L}])`,
      'gu',
    ),
    read: withYearCounted,
  },
  {
    // 16 November last year / the 4th of June next year: the day-month order of the rule above.
    // The year phrase completes the day's own expression, one date and not two (TimeML: one
    // TIMEX3 per temporal expression, Pustejovsky et al. 2003), as "16 November 2024" is.
    when: HAS_RELATIVE,
    re: new RegExp(
      `${NOT_LETTER_BEFORE}${DAY}\\s+(?:of\\s+)?${M},?\\s+(?:of\\s+)?(?<rel>last|this|next)\\s+year(?![\\p{L}])`,
      'gu',
    ),
    read: withYearCounted,
  },
  {
    // Aug. 9 / September 14 (not a time "at 9:30", not a number that goes on, not a measure
    // "March 10 km": in doubt, left undated)
    when: HAS_DAY_AND_MONTH,
    re: new RegExp(`${NOT_LETTER_BEFORE}${M}\\s+${DAY}(?![\\d:.,]\\d|\\s*%|\\p{L})`, 'gu'),
    read: (g, before, after) =>
      isMeasureAfter(after) || isPlaceNameAfter(after)
        ? null
        : withShift(
            calendar({ month: monthNumber(g.month ?? ''), day: num(g.day) }),
            before,
            after,
          ),
  },
  {
    // March the 3rd (an ordinal only: "March the 3" is no way to write a day; not a rank before
    // a noun: "in March the 3rd time")
    when: HAS_MONTH,
    re: new RegExp(
      `${NOT_LETTER_BEFORE}${M}\\s+the\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)(?![\\p{L}\\d])(?!\\s+(?!${AFTER_DAY_LINK}\\b)\\p{Ll})`,
      'gu',
    ),
    read: (g, before, after) =>
      withShift(calendar({ month: monthNumber(g.month ?? ''), day: num(g.day) }), before, after),
  },
  {
    // the third of March / the twenty-first of June (spelled-ordinals.ts)
    when: HAS_MONTH,
    re: new RegExp(`(?<![\\p{L}])[Tt]he\\s+${ORDINAL_DAY}\\s+of\\s+${M}`, 'gu'),
    read: (g, before, after) =>
      isPlaceNameAfter(after)
        ? null
        : withShift(
            calendar({ month: monthNumber(g.month ?? ''), day: ordinalDay(g.ordinal ?? '') }),
            before,
            after,
          ),
  },
  {
    // March the third (not a rank before a noun: "in March the third time")
    when: HAS_MONTH,
    re: new RegExp(
      `${NOT_LETTER_BEFORE}${M}\\s+the\\s+${ORDINAL_DAY}(?![\\p{L}-])(?!\\s+(?!${AFTER_DAY_LINK}\\b)\\p{Ll})`,
      'gu',
    ),
    read: (g, before, after) =>
      withShift(
        calendar({ month: monthNumber(g.month ?? ''), day: ordinalDay(g.ordinal ?? '') }),
        before,
        after,
      ),
  },
  {
    // 4 November / the 4th of November (not a street: "14 March Lane")
    when: HAS_DAY_AND_MONTH,
    re: new RegExp(`(?<![\\p{L}\\d.,:])${DAY}\\s+(?:of\\s+)?${M}`, 'gu'),
    read: (g, before, after) =>
      isPlaceNameAfter(after)
        ? null
        : withShift(
            calendar({ month: monthNumber(g.month ?? ''), day: num(g.day) }),
            before,
            after,
          ),
  },
  {
    // the 2 of "on 2 and 9 November", the 2 and 3 of "2, 3 and 4 November" (listed-days.ts)
    when: /\d(?:st|nd|rd|th)?\s*,?\s+and\s+\d/u,
    re: LISTED_DAY_RE,
    read: (g, before, after) => (isRecurring(before, after) ? null : readListedDay(g)),
  },
  {
    // from 3 to 7 March 2021 / between 12 and 14 May / 1-3 June 2021 (a range of days of one month)
    when: HAS_DAY_AND_MONTH,
    re: new RegExp(
      `(?:(?<ctx>from|between)\\s+(?:the\\s+)?)?(?<![\\p{L}\\d.,:-])${DAY}\\s*(?<link>-|–|\\s(?:to|and|until|till|through)\\s)\\s*(?:the\\s+)?(?<day2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${M}(?:,?\\s+${YEAR})?`,
      'giu',
    ),
    read: (g, before, after) => (isRecurring(before, after) ? null : dayRange(g)),
  },
  {
    // June 1-3, 2020 / from March 3 to 5, 2021 / between May 12 and 14
    when: HAS_DAY_AND_MONTH,
    re: new RegExp(
      `(?:(?<ctx>from|between)\\s+)?${NOT_LETTER_BEFORE}${M}\\s+${DAY}\\s*(?<link>-|–|\\s(?:to|and|until|till|through)\\s)\\s*(?<day2>\\d{1,2})(?:st|nd|rd|th)?(?![\\d:.]\\d|\\s*%|\\p{L}|\\s+${MONTH_RE})(?:,?\\s+${YEAR})?`,
      'giu',
    ),
    read: (g, before, after) => (isRecurring(before, after) ? null : dayRange(g)),
  },
  {
    // the spring of 2021 / autumn 2020
    when: HAS_SEASON,
    re: new RegExp(`(?<![\\p{L}])(?<season>${SEASON_RE_ANY_INITIAL})\\s+(?:of\\s+)?${YEAR}`, 'gu'),
    read: (g) =>
      calendar({ season: SEASONS.get((g.season ?? '').toLowerCase()), year: num(g.year) }),
  },
  {
    // In October / in late August / at the end of August / mid-August / last October
    when: HAS_MONTH,
    re: new RegExp(
      `(?<=\\b${MONTH_CONTEXT}[\\s-]|\\b${BETWEEN_MONTHS}\\s|\\b(?:end|beginning|start|middle) of\\s)${M}(?!,?\\s*\\d)`,
      'giu',
    ),
    read: (g, before, after) => {
      // The flag makes the context case-insensitive; the month itself must be capitalised.
      if (!/^\p{Lu}/u.test(g.month ?? '')) return null;
      if (/\bfor\s+$/iu.test(before) && !PLANNED_FOR.test(before)) return null;
      if (isMonthLookalike(g.month ?? '', before, after)) return null;
      return withShift(calendar({ month: monthNumber(g.month ?? '') }), before, after);
    },
  },
  {
    // in the spring / this summer / last winter ("fall" only as a time adjunct: fall-season.ts)
    when: HAS_SEASON,
    re: new RegExp(
      String.raw`(?<=\b(?:[Ii]n the|[Tt]his|[Ll]ast|[Nn]ext|(?:end|beginning|start|middle) of the|[Dd]uring the|[Bb]y the|[Uu]ntil the|[Bb]efore the|[Aa]fter the|[Tt]hroughout the)\s)(?<season>${SEASON_RE})(?!\s+of\b|\s+\d|[\p{L}])`,
      'gu',
    ),
    read: (g, before, after) =>
      g.season === 'fall' && !isFallSeason(before, after)
        ? null
        : withShift(calendar({ season: SEASONS.get(g.season ?? '') }), before, after),
  },
  {
    // in 2016 / since 1994 / by 2030 (not a range "2021-2023", not a decade "1990s")
    when: HAS_YEAR,
    re: new RegExp(
      `${DIGIT_FIRST}(?:(?<=\\b(?<ctx>${YEAR_CONTEXT})[\\s-])|(?<=\\b${YEAR_DIGITS},?\\s+(?:and|or)\\s))${YEAR}(?!\\s*(?:-|–|—|to)\\s*\\d|s\\b|['’]s\\b)`,
      'giu',
    ),
    read: (g, before, after) => readContextYear(g, before, after),
  },
  {
    // made around 1340 / in 1066 / since 1215: a year before 1500 after a word of time only
    when: HAS_EARLY_YEAR,
    re: new RegExp(
      `(?=${EARLY_YEAR_DIGITS})(?<=\\b(?<ctx>${EARLY_YEAR_CONTEXT})\\s)${EARLY_YEAR}(?!\\s*(?:-|–|—|to)\\s*\\d|s\\b|['’]s\\b)`,
      'giu',
    ),
    read: (g, before, after) => readContextYear(g, before, after),
  },
  {
    // a 2018 survey / the 2009 proposal (a year naming a thing; not "the 1800 officers", a count)
    when: HAS_YEAR,
    // Case-sensitive, so that the word after the year must be lower-case.
    re: new RegExp(
      `${DIGIT_FIRST}(?<=\\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\\s)${YEAR}(?=\\s+\\p{Ll})`,
      'gu',
    ),
    read: (g, _before, after) => (isCountLookalike(after) ? null : calendar({ year: num(g.year) })),
  },
  {
    // the years 2021-2023 / from 2019 to 2022 / between 2015 and 2018 / 2021-23
    when: HAS_YEAR,
    re: new RegExp(
      `${DIGIT_FIRST}(?<=\\b(?<ctx>years?|from|in|for|during|over|of|covering|spanning|between)\\s)${YEAR}(?<link>\\s*(?:-|–|—|to|through|until)\\s*|\\s+and\\s+)(?<end>${YEAR_DIGITS}|\\d{2})(?![\\d\\p{L}]|['’]s)`,
      'giu',
    ),
    read: (g, _before, after) => {
      const start = num(g.year);
      const written = g.end ?? '';
      if (start === undefined || isCountLookalike(after)) return null;
      // "between 2015 and 2018" is a range; "in 2015 and 2018" two years.
      if ((g.ctx?.toLowerCase() === 'between') !== /^\s+and\s+$/iu.test(g.link ?? '')) return null;
      const end =
        written.length === 2 ? Math.floor(start / 100) * 100 + Number(written) : Number(written);
      // "2021-23" ends after it starts, within a lifetime; "1998-12" is not a range of years.
      if (!(end > start && end - start <= 100)) return null;
      return calendar({ year: start, until: { year: end } });
    },
  },
  {
    // 2019-05-01 in running text (ISO 8601), a real calendar day only
    when: /\d{4}-\d{2}-\d{2}/u,
    re: /(?<![\d\p{L}/.-])(?<iso>\d{4}-\d{2}-\d{2})(?![\d\p{L}-])/gu,
    read: (g) => {
      const date = parseIsoDate(g.iso ?? '');
      return date ? calendar({ year: date.year, month: date.month, day: date.day }) : null;
    },
  },
  {
    // Good Friday / Easter Monday 2025 / last Whit Monday: a feast of Easter
    when: /shrove|ash|palm|maundy|holy|good|easter|ascension|whit|pentecost/iu,
    re: EASTER_FEAST_RE,
    read: (g) => readWeekdayOccasion(g),
  },
  {
    // Bank Holiday Monday / the May bank holiday Monday: the weekday alone (weekday-occasions.ts)
    when: /holiday/iu,
    re: HOLIDAY_WEEKDAY_RE,
    read: (g) => readWeekdayOccasion(g),
  },
  {
    // on Thursday / Thursday's address / reported Friday / last Friday
    when: HAS_WEEKDAY,
    re: new RegExp(
      `(?:\\b(?<shift>last|next|[Ll]ast|[Nn]ext)\\s+)?(?<![\\p{L}])(?<weekday>${WEEKDAY_RE})(?<possessive>['’]s)?(?![\\p{L}])(?:,?\\s+(?<week>last|next|this)\\s+week(?![\\p{L}]))?`,
      'gu',
    ),
    read: (g, before, after) =>
      // "in Larkfield Park next Saturday": a "next"/"last" the match holds stands between the
      // weekday and the capitalised word before it, so that word names nothing with it; "on
      // the next Friday" still counts from the story, not from publication.
      (g.shift
        ? /\b(?:the|every|each)\s+$/iu.test(before) ||
          isWeekdayLookalike(`${before}${g.shift} `, after)
        : isWeekdayLookalike(before, after)) ||
      // "Friday week" is a day (British English: a week after the Friday ahead), not a
      // weekday classifying the noun "week" ({@link weeksOnWeekday}).
      (!g.shift &&
        !g.week &&
        !g.possessive &&
        !WEEK_AFTER.test(after) &&
        isWeekdayClassifier(before, g.weekday ?? '', after))
        ? null
        : {
            kind: 'weekday',
            weekday: WEEKDAYS.get(g.weekday ?? '') ?? 0,
            shift: (g.shift?.toLowerCase() as 'last' | 'next' | undefined) ?? null,
            ...(g.week
              ? { week: { last: -1, this: 0, next: 1 }[g.week] ?? 0 }
              : weekOfCountBack(g.shift, before)),
            ...(g.shift || g.week || g.possessive ? {} : weeksOnWeekday(before, after)),
          },
  },
  {
    // last month / this week / earlier this year / next year (not "the last year", a duration;
    // not "in last month", "for next year", which may be spans, unless a possessive makes the
    // unit a determiner of what happened then: "stolen in last month's attack").
    // "or"/"and" going on with a time ("next month or so", "this week and next", "last year or
    // two") makes a vaguer span; one going on with the clause ("raised it last week and has
    // written …") does not.
    when: HAS_RELATIVE,
    re: /(?:(?<!\b(?:[Tt]he|[Oo]ver|[Ff]or|[Ww]ithin|[Pp]ast|[Ii]n)\s)|(?<=\b(?:[Oo]ver|[Ff]or|[Ii]n)\s)(?=(?:[Ll]ast|[Tt]his|[Nn]ext)\s+(?:week|month|year)['’]s\s))\b(?:(?:earlier|later)\s+)?(?<rel>[Ll]ast|[Tt]his|[Nn]ext)\s+(?<unit>week|month|year)(?![\p{L}]|\s+(?:or|and)\s+(?:so|two|three|more|next|last|this|early|earlier|late|later|the\s+(?:week|month|year|one|next|last|previous|following|same|coming))\b)/gu,
    read: (g) => ({
      kind: 'relative',
      unit: g.unit as 'week' | 'month' | 'year',
      offset: { last: -1, this: 0, next: 1 }[(g.rel ?? '').toLowerCase()] ?? 0,
      anchor: 'publication',
    }),
  },
  {
    // this morning / tonight / later today: the publication day; last night: the day before it
    // (not a title: "The Tonight Show", "told Tonight on Monday": named-day-word.ts)
    when: /morning|afternoon|evening|tonight|today|night/iu,
    re: new RegExp(
      String.raw`(?<![\p{L}])(?<part>${PUBLICATION_DAY_PART})(?![\p{L}])(?!\s+\p{Lu}\p{Ll})`,
      'gu',
    ),
    read: (g, before, after) => {
      const lastNight = /^last/iu.test(g.part ?? '');
      return !lastNight && inCapitalisedName(g.part ?? '', before, after)
        ? null
        : { kind: 'relative', unit: 'day', offset: lastNight ? -1 : 0, anchor: 'publication' };
    },
  },
  {
    // "reopened today": the publication day, as "this morning" is; not in a name ("told Cycling
    // Today", named-day-word.ts), not "of today" (the present age), not "today's" (mostly
    // "today's teenagers"), not "a week ago today" (what the count counts from, no day of its
    // own); inside a direct quotation it is dropped with the other relative days (detectMentions).
    when: /today/iu,
    re: /(?<![\p{L}])(?<!\b(?:[Oo]f|[Ll]ater|[Ee]arlier|ago)\s)(?<word>[Tt]oday)(?![\p{L}'’-])/gu,
    read: (g, before, after) =>
      inCapitalisedName(g.word ?? '', before, after)
        ? null
        : { kind: 'relative', unit: 'day', offset: 0, anchor: 'publication' },
  },
  ...SPAN_RULES.map((rule) => ({
    when: rule.when,
    re: rule.re,
    read: (g: Groups, _before: string, after: string) => rule.read(g, after),
  })),
  {
    when: HAS_RELATIVE,
    re: /(?<![\p{L}])(?<rel>[Yy]esterday|[Tt]omorrow)(?![\p{L}])/gu,
    read: (g) => ({
      kind: 'relative',
      unit: 'day',
      offset: /^y/i.test(g.rel ?? '') ? -1 : 1,
      anchor: 'publication',
    }),
  },
  {
    // "two days ago", "a week ago", "three months ago": counted back from publication, at the
    // precision of the unit counted (ago.ts)
    when: HAS_AGO,
    re: AGO_RE,
    read: (g, _before, after) =>
      // "two weeks ago on Thursday": the weekday gives the day ({@link weekOfCountBack}).
      WEEKDAY_NEXT.test(after) && weeksBack(g.unit ?? '', 1) !== null
        ? null
        : readAgo(g.unit ?? '', agoCount(g.count), /^\s+today(?![\p{L}])/iu.test(after)),
  },
  {
    // The next month / the following day / the previous week / the same day. Not "the same day
    // as …" ({@link SAME_AS_STANDARD}): a comparative "as" complement names the standard of the
    // comparison (Quirk et al. 1985, 15.53ff), so the day is that of the event it tells, not the
    // narrative's (TimeML: an anaphoric time expression is anchored by the event it names). That
    // event's date is not read here, so the day is left undated rather than given the date of
    // the sentence before. Nor under "every" or "each" ({@link DISTRIBUTIVE_BEFORE}).
    when: HAS_RELATIVE,
    re: /(?<!\b(?:over|for|within|throughout|across|during)\s)\b[Tt]he\s+(?<rel>next|following|previous|preceding|same)\s+(?<unit>day|week|month|year)(?![\p{L}]|\s+or\b)/gu,
    // "the following week", "the previous week" (not "the next week", which also counts from
    // the time of writing: "a decision is due in the next week").
    read: (g, before, after) =>
      (g.unit === 'week' && g.rel === 'next') ||
      (g.rel === 'same' && SAME_AS_STANDARD.test(after)) ||
      (g.rel === 'same' && DISTRIBUTIVE_BEFORE.test(before))
        ? null
        : {
            kind: 'relative',
            unit: g.unit as 'day' | 'week' | 'month' | 'year',
            offset: g.rel === 'same' ? 0 : g.rel === 'previous' || g.rel === 'preceding' ? -1 : 1,
            anchor: 'narrative',
          },
  },
  {
    // on that day / later that same day / That day, … / on the same date: the day of an event
    // already told. "that day" only as a time (after a preposition of time or opening the
    // sentence: "recalled that day" names no time of the verb); "the same date" not before a
    // year or a date it is compared with ("the same date last year").
    when: /\b(?:that\s+(?:same\s+)?day|same\s+date)\b/iu,
    re: /(?:(?<=\b(?:[Oo]n|[Ll]ater|[Ee]arlier|[Bb]y|[Uu]ntil|[Ff]rom|[Ss]ince)\s)|^)[Tt]hat\s+(?:same\s+)?day(?![\p{L}'’])|\b[Tt]he\s+same\s+date(?![\p{L}])(?!,?\s+(?:last|next|this|a|an|in|of|as|the|every|each)\b|,?\s*\d)/gu,
    read: () => ({ kind: 'relative', unit: 'day', offset: 0, anchor: 'narrative' }),
  },
  {
    // over the following three months: the whole units after the narrative's date
    when: /\bfollowing\b/iu,
    re: /\b[Tt]he\s+following\s+(?<count>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?<unit>day|month|year)s\b/gu,
    read: (g) => {
      const count = COUNTS[g.count ?? ''] ?? Number(g.count);
      return count >= 2
        ? {
            kind: 'relative',
            unit: g.unit as 'day' | 'month' | 'year',
            offset: 1,
            anchor: 'narrative',
            count,
          }
        : null;
    },
  },
  {
    // until the end of the month / by the end of the year / later in the month: "the month" is
    // the one the text is in (see RelativeMention), not a span of a month; not "the year 1810".
    when: /\b(?:end|beginning|start|middle|earlier|later)\s+(?:of|in)\s+the\s+(?:month|year)\b/iu,
    re: /(?<=\b(?:[Ee]nd|[Bb]eginning|[Ss]tart|[Mm]iddle)\s+of\s|\b(?:[Ee]arlier|[Ll]ater)\s+in\s)the\s+(?<unit>month|year)(?![\p{L}'’-]|\s*\d)/gu,
    read: (g) => ({
      kind: 'relative',
      unit: g.unit as 'month' | 'year',
      offset: 0,
      anchor: 'current',
    }),
  },
  {
    // approval came on the 12th (its month is the one the text is in: see day-of-month.ts)
    when: /\bthe\s+\d{1,2}(?:st|nd|rd|th)\b/u,
    re: DAY_OF_MONTH_RE,
    read: (g) => readDayOfMonth(g),
  },
  {
    // an objection lodged on the 3rd of last month (counted from the publication month)
    when: /\bthe\s+\d{1,2}(?:st|nd|rd|th)\s+of\s+(?:last|this|next)\s+month\b/iu,
    re: DAY_OF_COUNTED_MONTH_RE,
    read: (g) => readDayOfMonth(g),
  },
  {
    // "The day before, the council had warned …", "reopened the road the day after.", "the
    // previous evening", "the following morning": the day next to the story's last date. A
    // "before" or "after" with a date or a noun after it is an offset from that (offset.ts), so
    // only one that ends its phrase (a comma, a clause's end) stands alone.
    when: HAS_DAY_NEXT_TO_STORY,
    re: DAY_NEXT_TO_STORY_RE,
    read: (g) => ({
      kind: 'relative',
      unit: 'day',
      offset: /^(?:before|previous|preceding)$/iu.test(g.before ?? g.rel ?? '') ? -1 : 1,
      anchor: 'narrative',
    }),
  },
  {
    // a month later / two days later / a week earlier / three years later: the narrative's date
    // moved by a count of units (HeidelTime's narrative rules resolve "N units later" against the
    // reference time, as offset.ts reads "two days after 3 May"). A week or a fortnight is an
    // exact count of days; a month or a year keeps its unit's precision. Not a comparison with
    // no date ("two days later than planned": offset.ts reads one with a date).
    when: HAS_LATER_OR_EARLIER,
    re: COUNTED_LATER_RE,
    read: (g) => readCountedLater(g),
  },
];

/**
 * "October 29 last", "the 1st of January next": older style for the latest past or next such
 * date, "last" or "next" postposed, closing the date's noun phrase. Not when a time noun follows
 * it: then "last" or "next" is the determiner of that noun, a second time expression ("this
 * summer last night": TimeML tags "this summer" and "last night" as two TIMEX3s).
 */
const SHIFT_AFTER = new RegExp(
  String.raw`^,?\s+(last|next)\b(?!\s+(?:day|night|week|weekend|fortnight|month|year|morning|afternoon|evening|time|${WEEKDAY_RE}|${MONTH_RE}|${SEASON_RE})(?![\p{L}]))`,
  'iu',
);
/** "this summer", "this December": a deictic determiner (TimeML's THIS), the publication year's. */
const THIS_BEFORE = /\bthis\s+$/iu;
/** "every October", "the 1st of July in each year": a recurring date, not an event. */
const RECURRING_BEFORE = /\b(?:every|each)\s+$/i;
const RECURRING_AFTER =
  /^(?:\s*(?:to|until|till|through|and|-|–)\s+[^,.;]{1,25}?)?(?:,?\s+(?:(?:in|of)\s+)?(?:each|every)\s+year\b|,?\s+annually\b)/i;

/** "every October", "from 1 April to 30 September each year": a date that comes back yearly. */
function isRecurring(before: string, after: string): boolean {
  return RECURRING_BEFORE.test(before) || RECURRING_AFTER.test(after);
}

/** The number a count of "N units ago" states: "a", "an", "one" 1; "two" … "twelve"; digits. */
function agoCount(count: string | undefined): number {
  return /^(?:an?|one)$/iu.test(count ?? '') ? 1 : (COUNTS[count ?? ''] ?? Number(count));
}

/** "a week on", "one week on", "a fortnight on" right before a weekday. */
const WEEKS_ON_BEFORE = /\b(?:(?<week>a|one)\s+week|(?<fortnight>a)\s+fortnight)\s+on\s+$/iu;
/** "week" right after a weekday ("Friday week"), not "weeks" or "weekend", nor "week's". */
const WEEK_AFTER = /^\s+week(?![\p{L}'’])/u;

/**
 * "a week on Friday", "Friday week": in British English, a week after the Friday ahead; "a
 * fortnight on Friday", two weeks after it (Cambridge Dictionary, "a week on Monday/Tuesday,
 * etc." and "Monday/Tuesday, etc. week", UK: "one week after the day mentioned"). `{}` when
 * neither stands next to the weekday.
 */
function weeksOnWeekday(before: string, after: string): { weeksOn?: number } {
  const on = WEEKS_ON_BEFORE.exec(before);
  if (on?.groups?.['fortnight'] !== undefined) return { weeksOn: 2 };
  if (on !== null || WEEK_AFTER.test(after)) return { weeksOn: 1 };
  return {};
}

/** A weekday right after a count back ("… ago on Thursday", "… ago, Monday"). */
const WEEKDAY_NEXT = new RegExp(`^,?\\s+(?:on\\s+)?${WEEKDAY_RE}(?![\\p{L}])`, 'u');

/**
 * "two weeks ago on Thursday", "a week ago Monday": the weekday of the week that many weeks
 * before the publication's, as "Thursday last week" is (`week` −2, −1), not the last such
 * weekday; `{}` when no count of weeks back stands right before the weekday, or a "last"/"next"
 * does.
 */
function weekOfCountBack(shift: string | undefined, before: string): { week?: number } {
  if (shift) return {};
  const count = [...matchesOf(before, AGO_RE)].at(-1);
  if (count?.groups === undefined) return {};
  if (!/^,?\s+(?:on\s+)?$/u.test(before.slice(count.index + count[0].length))) return {};
  const weeks = weeksBack(count.groups.unit ?? '', agoCount(count.groups.count));
  return weeks === null ? {} : { week: -weeks };
}

/**
 * A year after a word of time ("in 2016", "since 1994", "around 1340"), or null when the number
 * may be a count: after "by", "of", "from" or "around" a number may count; after "in" or "since"
 * only a noun after it makes it one ("in 1800 homes"). "since" marks the start of a state;
 * "around", "circa" or "c." an approximate year ({@link APPROXIMATE_BEFORE_YEAR}).
 */
function readContextYear(g: Groups, before: string, after: string): CalendarMention | null {
  const ctx = (g.ctx ?? '').toLowerCase();
  const timeWord = !/^(?:by|of|from|around|circa|ca?\.)$/u.test(ctx);
  const lead = ctx === 'since' ? '' : `${before}${g.year ?? ''}`;
  if (isCountLookalike(after, timeWord ? lead : null)) return null;
  const mention = calendar({ year: num(g.year) });
  if (mention && ctx === 'since') mention.since = true;
  if (mention && APPROXIMATE_BEFORE_YEAR.test(ctx)) mention.approximate = true;
  return mention;
}

/** Reads the words around a yearless date: "last October", "October 29 last", "every October". */
function withShift(
  mention: CalendarMention | null,
  before: string,
  after: string,
): CalendarMention | null {
  if (!mention || isRecurring(before, after)) return null;
  // "this summer", "this December": the publication year's. Its determiner fixes the date, so
  // no "last" after it shifts it: "this summer last night" is this summer (and last night).
  const shift =
    SHIFT_BEFORE.exec(before) ?? (THIS_BEFORE.test(before) ? null : SHIFT_AFTER.exec(after));
  if (shift) mention.shift = shift[1]?.toLowerCase() === 'last' ? 'last' : 'next';
  else if (THIS_BEFORE.test(before)) mention.yearOffset = 0;
  return mention;
}
