/**
 * Month, weekday and season names as English news writes them: full names and AP-style
 * abbreviations ("Sept.", "Aug."). Months and weekdays capitalised, which is what keeps "continue
 * to march weekly" and "may" the verb from reading as dates; callers that read a line known to be
 * a date may ignore case. Seasons in lower case, as English writes them inside a sentence.
 */
import type { Season } from './calendar.js';
import { anyOfAnyInitial } from './word-class.js';

/** Each month's full name, then its abbreviations (AP style, written with a dot). */
const MONTH_SPELLINGS: readonly (readonly string[])[] = [
  ['January', 'Jan'],
  ['February', 'Feb'],
  ['March', 'Mar'],
  ['April', 'Apr'],
  ['May'],
  ['June', 'Jun'],
  ['July', 'Jul'],
  ['August', 'Aug'],
  ['September', 'Sept', 'Sep'],
  ['October', 'Oct'],
  ['November', 'Nov'],
  ['December', 'Dec'],
];

/** Month number (1–12) by spelling: full names and abbreviations, without their dot. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  MONTH_SPELLINGS.flatMap((spellings, i) => spellings.map((s) => [s, i + 1] as const)),
);

/** The abbreviated month spellings ("Jan", "Sept"): written with a dot, which may end a sentence. */
export const MONTH_ABBREVIATIONS: readonly string[] = MONTH_SPELLINGS.flatMap((s) => s.slice(1));

/** Weekday number (0 Sunday … 6 Saturday) by name. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['Sunday', 0],
  ['Monday', 1],
  ['Tuesday', 2],
  ['Wednesday', 3],
  ['Thursday', 4],
  ['Friday', 5],
  ['Saturday', 6],
]);

/** Regex source matching a month name or abbreviation (abbreviations may end in a dot). */
export const MONTH_RE = `(?:${MONTH_SPELLINGS.map((s) => s[0]).join('|')}|(?:${MONTH_ABBREVIATIONS.join('|')})\\.?)`;

/** Regex source matching a weekday name. */
export const WEEKDAY_RE = `(?:${[...WEEKDAYS.keys()].join('|')})`;

/**
 * Season by name, lower-cased. "fall" is autumn in American English only, and a season there
 * only as a time adjunct (timeline/fall-season.ts says when); a caller reading "fall" as the
 * season must apply that rule.
 */
export const SEASONS: ReadonlyMap<string, Season> = new Map([
  ['spring', 'spring'],
  ['summer', 'summer'],
  ['autumn', 'autumn'],
  ['fall', 'autumn'],
  ['winter', 'winter'],
]);

/** Regex source matching a season name in lower case ("spring", "fall"); add flag i for any case. */
export const SEASON_RE = `(?:${[...SEASONS.keys()].join('|')})`;

/**
 * {@link SEASON_RE} without "fall": the names that are a season wherever they stand, for a rule
 * that reads "fall" only by timeline/fall-season.ts or through a year.
 */
export const SEASON_NOT_FALL_RE = `(?:${[...SEASONS.keys()].filter((name) => name !== 'fall').join('|')})`;

/** {@link SEASON_RE} with its first letter in either case ("Spring", "spring"), for a case-sensitive regex. */
export const SEASON_RE_ANY_INITIAL = `(?:${anyOfAnyInitial([...SEASONS.keys()])})`;

/** Month number of a matched month token ("Sept." → 9); undefined for any other word. */
export function monthNumber(token: string): number | undefined {
  return MONTHS.get(token.replace(/\.$/, ''));
}

/**
 * True when the word `tokens[at]` of `text` (tokens from terms.ts's `tokenize(text)`, stop words
 * left out or not) is a month as it names a date: a month name written capitalised (capitals
 * are what tell "March" from "march"), not opening the text or right before a number ("March
 * 4, what happened?"). A word opening the text is as likely any capitalised word ("March
 * organisers said"). One definition for questions (plan/query-plan.ts) and article sentences
 * (search/select/month-words.ts).
 */
export function isMonthOfDate(
  text: string,
  tokens: ReadonlyArray<{ word: string; start: number; end: number }>,
  at: number,
): boolean {
  const token = tokens[at];
  if (token === undefined || monthNumber(text.slice(token.start, token.end)) === undefined)
    return false;
  return token.start > 0 || /^\d/.test(tokens[at + 1]?.word ?? '');
}

/** {@link monthNumber} ignoring case ("SEPT." → 9), for text already known to be a date. */
export function monthNumberIgnoringCase(token: string): number | undefined {
  const bare = token.replace(/\.$/, '').toLowerCase();
  return monthNumber(bare.charAt(0).toUpperCase() + bare.slice(1));
}

/** "May" capitalised after another word of its sentence: the month, not the modal. */
const MONTH_MAY = /(?<=[\p{L}\d,;:)]\s+)May\b/gu;

/**
 * `text` with each "May" that is the month (capitalised after another word: "began in May";
 * English capitalises the modal only where it opens a sentence) masked as "Xxx", as many
 * letters, so that offsets stay those of `text` and no reading of modals takes it for one.
 */
export function maskMonthMay(text: string): string {
  // Most texts hold no "May": a scan for it is cheaper than the look-behind tried everywhere.
  return text.includes('May') ? text.replace(MONTH_MAY, 'Xxx') : text;
}
