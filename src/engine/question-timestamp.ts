/**
 * Discord timestamps in a question: `<t:1741392000:D>` is how a Discord client writes a moment
 * it shows in each reader's own time zone. It names a date, so the engine reads it as one: the
 * calendar day it denotes in UTC, written as English news writes a date ("8 March 2025"), which
 * the date reading of plans, the timeline and the "what happened on" answers already know.
 */
import { writtenDay } from '../text/written-dates.js';

/**
 * A Discord timestamp: `<t:SECONDS>` or `<t:SECONDS:STYLE>`, SECONDS a whole count of seconds
 * since 1970-01-01T00:00:00Z (negative before it), STYLE one letter (`t`, `T`, `d`, `D`, `f`,
 * `F`, `R`, and any Discord adds later: every style shows the same moment). At most 12 digits,
 * so the number is exact in a double and its date within JavaScript's range (±8.64e12 s).
 * Source: Discord Developer Docs, Reference, "Message Formatting", Timestamp Styles,
 * https://discord.com/developers/docs/reference#message-formatting-timestamp-styles
 */
const DISCORD_TIMESTAMP = /<t:(-?\d{1,12})(?::[A-Za-z])?>/g;

/**
 * Years a timestamp is read in. Outside them it names no date a news question asks about (and
 * the date reading of questions takes four-digit years only): it is left to be removed as markup.
 */
export const TIMESTAMP_YEARS = { min: 1000, max: 9999 } as const;

/**
 * The UTC calendar day of a Discord timestamp's seconds, as "8 March 2025", or null when it
 * falls outside {@link TIMESTAMP_YEARS}.
 */
export function timestampDay(seconds: number): string | null {
  const date = new Date(seconds * 1000);
  const year = date.getUTCFullYear();
  if (!Number.isFinite(year) || year < TIMESTAMP_YEARS.min || year > TIMESTAMP_YEARS.max)
    return null;
  return writtenDay(date);
}

/**
 * `question` with each Discord timestamp replaced by the UTC day it denotes (padded with spaces,
 * so it never joins a neighbouring word); one outside {@link TIMESTAMP_YEARS} is left as typed
 * (markup, which the question's markup removal drops). Linear in the question's length.
 *
 * @example
 * withTimestampsAsDates('what happened on <t:1741392000:D>?') // 'what happened on  8 March 2025 ?'
 */
export function withTimestampsAsDates(question: string): string {
  return question.replace(DISCORD_TIMESTAMP, (typed, seconds: string) => {
    const day = timestampDay(Number(seconds));
    return day === null ? typed : ` ${day} `;
  });
}
