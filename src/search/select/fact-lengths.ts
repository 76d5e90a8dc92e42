/**
 * One length of time written in other units: "trapped for two days" / "trapped for 48 hours",
 * "closed for 14 days" / "closed for two weeks", "half an hour" / "30 minutes", "a day and a
 * half" / "36 hours". The units of each chain stand in fixed ratios (a minute is 60 seconds, an
 * hour 60 minutes, a day 24 hours: SI Brochure, 9th edition, table 8; a week 7 days, a fortnight
 * 14 days, a year 12 months by definition of the calendar words), so a length is one value
 * whichever of them it is counted in. A report is read for fact relations with each such length
 * rewritten in the first unit of days, hours, minutes, seconds (or years, months) that counts it
 * whole ("two weeks" → "14 days", "48 hours" → "2 days", "a day and a half" → "36 hours", "half an
 * hour" → "30 minutes", "24 months" → "2 years"), so the two wordings share their words and their
 * figure, and every other check reads them as written. Weeks are written as days, so "11 days" /
 * "two weeks" differ on the number as "11 days" / "14 days" do; "12 days" / "12 hours" stay in
 * two units, two things rather than a dispute. A month is no fixed number of days, so the two
 * chains never meet.
 *
 * Read only where a length is counted: a number (digits or words) or "half", "and a half", "a
 * fortnight" before the unit, or a number joined to it by a hyphen ("a two-week closure" →
 * "a 14-day closure"); "a day" alone is left as written ("twice a day" counts no length), and so
 * are an age ("six months old", "a 12-year-old") and a length that places a time ("two years
 * ago", "three days later": the timeline's words, which fact-resolved-time.ts reads, "two years
 * ago" a round figure stating no date, "three months ago" a month).
 */
import { NUMBER_WORD_LIST, NUMBER_WORD_VALUES } from './fact-values.js';

/** The units of one chain: each unit's length in the chain's smallest unit. */
interface Chain {
  units: ReadonlyMap<string, number>;
  /** The units a length is written back in, the first that counts it whole. */
  written: ReadonlyArray<readonly [name: string, size: number]>;
}

const CLOCK: Chain = {
  units: new Map([
    ['second', 1],
    ['minute', 60],
    ['hour', 3_600],
    ['day', 86_400],
    ['week', 604_800],
    ['fortnight', 1_209_600],
  ]),
  written: [
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
    ['second', 1],
  ],
};

const CALENDAR: Chain = {
  units: new Map([
    ['month', 1],
    ['year', 12],
  ]),
  written: [
    ['year', 12],
    ['month', 1],
  ],
};

const CHAINS: readonly Chain[] = [CLOCK, CALENDAR];

const WORD = `(?:${NUMBER_WORD_LIST.join('|')})(?:-(?:${NUMBER_WORD_LIST.join('|')}))?`;
/** The units a length of time is counted in, as a pattern's alternatives. */
export const UNIT_NAMES = 'second|minute|hour|day|week|fortnight|month|year';
const UNIT = `(${UNIT_NAMES})s?`;
/** Any unit's name in a text: most texts hold none, and are left as written at once. */
const ANY_UNIT = new RegExp(UNIT_NAMES, 'i');
/**
 * A counted length: "48 hours", "two days", "twenty-four hours", "2.5 hours", "three and a half
 * days", "a day and a half", "half an hour", "a fortnight", "a two-week" (before a noun). Not
 * inside a word or a longer figure, nor before "old", "of age", "ago", "later" and the like.
 */
const LENGTH = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(?:(\d+(?:\.\d+)?|${WORD})(\s+and\s+a\s+half)?\s+${UNIT}|an?\s+${UNIT}\s+and\s+a\s+half|half\s+an?\s+${UNIT}|a\s+(fortnight)|(\d+|${WORD})-(${UNIT_NAMES}))(?![\p{L}\p{N}]|-old)(?!\s+(?:old|of\s+age|ago|later|earlier|before|after|from\s+now)\b)`,
  'giu',
);

/** The value of a number as written ("48", "2.5", "two", "twenty-four"); null when unknown. */
function numberValue(written: string): number | null {
  if (/^\d/.test(written)) return Number(written);
  const values = written
    .toLowerCase()
    .split('-')
    .map((part) => NUMBER_WORD_VALUES.get(part));
  return values.every((v) => v !== undefined) ? values.reduce((sum, v) => sum + v, 0) : null;
}

/**
 * A length in `chain`'s smallest unit, written in the first of its written units that counts it
 * whole: "2 days", "an hour", "14-day" (`hyphened`); null when none does.
 */
function written(length: number, chain: Chain, hyphened: boolean): string | null {
  for (const [name, size] of chain.written) {
    if (length % size !== 0) continue;
    const count = length / size;
    if (hyphened) return `${count}-${name}`;
    // One of a unit as news writes it ("for an hour"), which is read as no figure.
    if (count === 1) return `${name === 'hour' ? 'an' : 'a'} ${name}`;
    return `${count} ${name}s`;
  }
  return null;
}

/**
 * `text` with each counted length of time ({@link LENGTH}) written in one unit of its chain
 * ("for two weeks" → "for 14 days", "half an hour" → "30 minutes"); a length that is no whole
 * number of the chain's smallest unit ("1.7 seconds") is left as written.
 */
export function withLengthsInOneUnit(text: string): string {
  if (!ANY_UNIT.test(text)) return text;
  return text.replace(LENGTH, (match: string, ...groups: unknown[]) => {
    const [count, andHalf, unit, andHalfUnit, halfUnit, fortnight, hyphenCount, hyphenUnit] =
      groups as Array<string | undefined>;
    const counted = count ?? hyphenCount;
    const [units, name] =
      counted !== undefined
        ? [(numberValue(counted) ?? NaN) + (andHalf === undefined ? 0 : 0.5), unit ?? hyphenUnit]
        : andHalfUnit !== undefined
          ? [1.5, andHalfUnit]
          : halfUnit !== undefined
            ? [0.5, halfUnit]
            : [1, fortnight];
    const singular = name?.toLowerCase() ?? '';
    const chain = CHAINS.find((c) => c.units.has(singular));
    const length = units * (chain?.units.get(singular) ?? NaN);
    if (chain === undefined || !Number.isInteger(length)) return match;
    return written(length, chain, hyphenCount !== undefined) ?? match;
  });
}
