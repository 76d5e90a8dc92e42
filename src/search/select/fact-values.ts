/**
 * The values a sentence states that two reports of one event can differ on: dates, numbers,
 * places and actors, each read by a general pattern. Used to tell the same fact from a
 * different one, and a disagreement from an agreement (fact-relation.ts).
 */
import { MONTH_RE, monthNumber } from '../../text/months.js';

/** A date as precise as the text gives it; a missing part is null. */
export interface StatedDate {
  year: number | null;
  month: number | null;
  day: number | null;
}

/** What a sentence states. */
export interface FactValues {
  dates: StatedDate[];
  /**
   * Numbers, not counting years or days of dates: digits without thousands separators ("200"),
   * or a number word as written ("dozens", "two"), so "dozens" and "20" count as different.
   */
  numbers: string[];
  /** Capitalised names after "in", "at", "from" … ("in the city of Minsk" → "Minsk"). */
  places: string[];
  /** Capitalised names before a verb of saying or doing, at the start of a clause. */
  actors: string[];
}

const MONTH_WORD = MONTH_RE;
/** "Nov. 19, 2020", "November 19", "November 2020", "19 November 2020", "4 November". */
const DATE_PATTERN = new RegExp(
  `\\b(?:(${MONTH_WORD})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_WORD})(?:,?\\s+(\\d{4}))?|(${MONTH_WORD})\\s+(?:of\\s+)?(\\d{4}))\\b`,
  'g',
);
/** Counts written as words: exact ones ("two") and vague ones ("dozens", "hundreds"). */
const NUMBER_WORD_PATTERN =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|dozens|hundreds|thousands|millions|dozen)\b/gi;
const YEAR_PATTERN = /\b(1[5-9]\d{2}|20\d{2})\b/g;
const NUMBER_PATTERN = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\d.,])\d+(?:\.\d+)?(?![\d,])/g;
const PLACE_PATTERN =
  /\b(?:in|at|from|near|into|outside)\s+(?:the\s+)?(?:(?:city|town|region|capital|village|republic)\s+of\s+)?((?:[A-Z][\p{L}’'-]+)(?:\s+[A-Z][\p{L}’'-]+)*)/gu;
const ACTOR_PATTERN =
  /(?:^|[.;:,]\s+|\band\s+)((?:[A-Z][\p{L}’'-]+\s+){0,3}[A-Z][\p{L}’'-]+)\s+(?:said|says|signed|announced|reported|ordered|approved|told|confirmed|denied|stated)\b/gu;

function monthOf(word: string): number {
  return monthNumber(word.replace(/\.$/, '')) ?? 0;
}

/** A capitalised word that is a month or weekday name is a date, not a place. */
const CALENDAR_WORD =
  /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)/;

/** Reads the dates, numbers, places and actors a sentence states. */
export function factValues(text: string): FactValues {
  const dates: StatedDate[] = [];
  const used: Array<[number, number]> = [];
  for (const m of text.matchAll(DATE_PATTERN)) {
    used.push([m.index, m.index + m[0].length]);
    if (m[1] !== undefined)
      dates.push({
        month: monthOf(m[1]),
        day: Number(m[2]),
        year: m[3] ? Number(m[3]) : null,
      });
    else if (m[5] !== undefined)
      dates.push({ month: monthOf(m[5]), day: Number(m[4]), year: m[6] ? Number(m[6]) : null });
    else dates.push({ month: monthOf(m[7] as string), day: null, year: Number(m[8]) });
  }
  const inDate = (index: number) => used.some(([a, b]) => index >= a && index < b);
  for (const m of text.matchAll(YEAR_PATTERN)) {
    if (!inDate(m.index)) {
      used.push([m.index, m.index + m[0].length]);
      dates.push({ year: Number(m[1]), month: null, day: null });
    }
  }
  const numbers: string[] = [];
  for (const m of text.matchAll(NUMBER_PATTERN)) {
    if (inDate(m.index)) continue;
    numbers.push(String(Number(m[0].replace(/,/g, ''))));
  }
  for (const m of text.matchAll(NUMBER_WORD_PATTERN)) numbers.push((m[0] as string).toLowerCase());
  const places: string[] = [];
  for (const m of text.matchAll(PLACE_PATTERN)) {
    const name = m[1] as string;
    // "at Lukashenka's request" names a person, not a place.
    const possessive = /^['’]s\b/.test(text.slice(m.index + m[0].length));
    if (!CALENDAR_WORD.test(name) && !possessive && !/['’]s$/.test(name)) places.push(name);
  }
  const actors = [...text.matchAll(ACTOR_PATTERN)].map((m) => m[1] as string);
  return { dates, numbers, places, actors };
}

/**
 * True when two dates can be the same day: every part both give is equal. A date without a
 * year can never be shown to be the same as, or different from, a dated one.
 */
export function compatibleDates(a: StatedDate, b: StatedDate): boolean {
  return (
    (a.year === null || b.year === null || a.year === b.year) &&
    (a.month === null || b.month === null || a.month === b.month) &&
    (a.day === null || b.day === null || a.day === b.day)
  );
}
