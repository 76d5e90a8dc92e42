/**
 * A definite frequency a passage states, what "how often …?" asks for (Quirk et al. 1985, A
 * Comprehensive Grammar of the English Language, ch. 8, adjuncts of frequency): a number of
 * times in a period ("four times a day", "twice a week", "3 times per month"), a frequency
 * adverb of a period ("daily", "weekly", "annually") or "every" with a period ("every morning",
 * "every two weeks", "every Monday").
 *
 * A rate of something else ("50 million litres a day") is no frequency: only times, or the
 * once/twice words that say times, are counted in a period. An adverb that begins a name ("the
 * Daily Courier") is none either.
 */

/** The periods a frequency counts times in, singular or plural. */
const PERIOD = String.raw`(?:second|minute|hour|day|night|morning|afternoon|evening|week|weekend|fortnight|month|quarter|year|season|term|shift|(?:mon|tues|wednes|thurs|fri|satur|sun)day)s?`;

/** A count of times: "once", "twice", "thrice", or a numeral or number word before "times". */
const TIMES = String.raw`(?:once|twice|thrice|(?:\d+|a (?:few|dozen)|several|many|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|a hundred)\s+times)`;

const FREQUENCY = new RegExp(
  String.raw`(?<![\p{L}-])(?:` +
    String.raw`${TIMES}\s+(?:a|an|per|each|every)\s+(?:(?:\d+|[\p{L}-]+)\s+)?${PERIOD}` +
    String.raw`|every\s+(?:(?:other|\d+|[\p{L}-]+)\s+)?${PERIOD}` +
    String.raw`)(?![\p{L}-])`,
  'iu',
);

/**
 * A frequency adverb of a period, with its case: one before a capitalised word begins a name
 * ("the Daily Courier", "Weekly Standard"), as a compass word does (direction-in-text.ts).
 */
const FREQUENCY_ADVERB =
  /(?<![\p{L}-])(?:[Hh]ourly|[Dd]aily|[Nn]ightly|[Ww]eekly|[Ff]ortnightly|[Mm]onthly|[Qq]uarterly|[Yy]early|[Aa]nnually)(?![\p{L}-])(?!\s+\p{Lu})/u;

/** True when `text` states a definite frequency (see the file header). */
export function statesFrequency(text: string): boolean {
  return FREQUENCY.test(text) || FREQUENCY_ADVERB.test(text);
}
