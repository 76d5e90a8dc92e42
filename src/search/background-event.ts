/**
 * Passages that tell an earlier event of the kind a question asks about, given as background.
 * News discourse tells the event it covers as its main event and earlier ones of the same kind
 * as History or Background (the news schema: van Dijk 1988, "News as Discourse", ch. 2); "In
 * 1976 five cavers were trapped in Brackenhole" in a report of 2026 is such background. Events
 * anchored at different times are different events (TimeML: Pustejovsky et al. 2003, an EVENT
 * is anchored to its time by a TLINK), so a passage whose every stated time lies well before
 * the coverage tells another event than the one a question naming no time asks about: a
 * question's definite or bare reference ("how many cavers were trapped", "how long were they
 * trapped") takes the discourse's salient referent, the main event (Quirk et al. 1985, §5.26ff
 * on situational and anaphoric reference). given-first.ts moves such a passage below
 * comparable ones; a question that names a time or an earlier frame of its own ("in 1976",
 * "the previous flood") keeps every order.
 *
 * A passage's times are its own dates as the timeline reads them (select/fact-resolved-time.ts
 * `statedPeriods`). They are compared with its article's publication year, or, for an article
 * that states no date, with the latest publication year the coverage states: the questions are
 * about the coverage, whose time its dated articles give.
 */
import type { DayInterval } from '../text/calendar.js';
import { fromDayNumber } from '../text/calendar.js';
import { YEAR_DIGITS } from '../text/year.js';

/**
 * Years before the reference year from which a stated time is background: more than a decade,
 * so that a report's "last year" or a speech's review of its own term stays of the main story.
 */
export const BACKGROUND_YEARS = 10;

/** Words by which a question frames an earlier time than the main event's. */
const EARLIER_FRAME =
  /\b(?:earlier|previous(?:ly)?|past|history|historic|ago|once|formerly|decades?|century|before)\b/iu;

/** A year in a question: a time it names ("in 1976"; a month it names is plan/time-adjunct.ts's). */
const QUESTION_TIME = new RegExp(String.raw`\b${YEAR_DIGITS}\b`, 'u');

/**
 * True when `question` names a time of its own: a year ("in 1976"), or a word framing an
 * earlier time ("the previous flood", "how long ago").
 *
 * @example namesOwnTime('what did the 1976 party have to eat') // true
 * @example namesOwnTime('how many cavers were trapped') // false
 */
export function namesOwnTime(question: string): boolean {
  // Read by pattern, not by the timeline's date detection, which loads the tagger at question time.
  return EARLIER_FRAME.test(question) || QUESTION_TIME.test(question);
}

/**
 * A sentence opening on an adjunct of time that holds a year ("In 1976 five cavers …", "Back in
 * 1994, …", "During the winter of 1963 …"): an initial adjunct of time sets the scene for the
 * whole clause after it (Quirk et al. 1985, §8.15 and §8.51), so its year dates the sentence's
 * own event. A year only mentioned elsewhere ("Porthlow Pier, which … was opened in 1895, is
 * owned …") need not date it, and "since 1994" bounds a period that runs to the present ("has
 * run the country since 1994", Quirk et al. 1985, §9.53), so neither opens background.
 */
const OPENING_YEAR = new RegExp(
  String.raw`^[\s"“‘']*(?:back\s+)?(?:in|during|by|until)\s+(?:[\p{L}’'-]+\s+){0,3}${YEAR_DIGITS}\b`,
  'iu',
);

/** True when `text` opens on an adjunct of time holding a year ({@link OPENING_YEAR}). */
export function opensOnYear(text: string): boolean {
  return OPENING_YEAR.test(text);
}

/**
 * True when `periods` (a passage's stated periods, {@link statedPeriods}) are some, and each
 * ends more than {@link BACKGROUND_YEARS} years before `reference` (a year): the passage tells
 * background. False when `reference` is null.
 *
 * @example
 * // 1976 against 2026 → true; 1976 and 2025 against 2026 → false; no period → false
 */
export function toldAsBackground(
  periods: readonly DayInterval[],
  reference: number | null,
): boolean {
  if (reference === null || periods.length === 0) return false;
  return periods.every((period) => reference - fromDayNumber(period.last).year > BACKGROUND_YEARS);
}
