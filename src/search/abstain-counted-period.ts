/**
 * A count asked of a period is a count of that period. "How many claims were there in the first
 * quarter" asks for the first quarter's figure: "Branches opened overseas handled 900 claims
 * last year" counts claims of another period, and "Norfax handled 4,100 claims in the second
 * quarter, 4 percent fewer than in the first quarter" counts the second quarter's: what follows
 * "than" is what the count is set against, not what it counts. A sentence holding the count
 * (abstain-counted-thing.ts, abstain-counted-act.ts) does not answer when, outside the second
 * term of a comparison, it names another period and not the asked one.
 *
 * A period is named by an ordinal or a word placing it relative to the date ("last", "past",
 * "this", "next") before a noun of time ("the first quarter", "last year"). Another period is
 * one of another noun ("last year" for "the first quarter"), or of the same noun with another
 * ordinal ("the second quarter"). "The past year" may be the asked "first year" told from the
 * date (a State of the Union address speaks of its own year so), so it is not another. A
 * sentence naming no period is left to the classifier: its period may stand in a neighbour.
 *
 * Left alone: questions naming a period relative to the publication date ("last year"), which
 * passages write as dates, and years, which name a source as often as a period ("in Wilson's
 * 1913 message").
 */
import { ORDINAL_WORD_LIST } from './select/fact-values.js';
import type { PassageWords } from './plan/asked-words.js';
import { stem, tokenize } from '../text/terms.js';

/** Nouns of a span of time an ordinal picks one of ("the first quarter", "her second term"), as index terms. */
const PERIOD_NOUNS: ReadonlySet<string> = new Set(
  'day week month quarter half year season term decade century'.split(' ').map(stem),
);

const ORDINALS: ReadonlySet<string> = new Set(ORDINAL_WORD_LIST);
/** An ordinal in digits: "2nd", "3rd". */
const ORDINAL_DIGITS = /^\d+(?:st|nd|rd|th)$/u;

/** True when `word` (folded) is an ordinal: "first", "2nd". */
function isOrdinal(word: string): boolean {
  return ORDINALS.has(word) || ORDINAL_DIGITS.test(word);
}

/**
 * The period a question names by an ordinal and a noun of time, as index terms ("how many
 * claims were there in the first quarter" → ["first", "quarter"]), or null when it names none.
 * The first such pair counts.
 *
 * @example askedPeriod('how many claims were there in the first quarter') // ['first', 'quarter']
 */
export function askedPeriod(question: string): string[] | null {
  const tokens = tokenize(question);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const ordinal = tokens[i]!.word;
    if (!isOrdinal(ordinal)) continue;
    const noun = stem(tokens[i + 1]!.word);
    if (PERIOD_NOUNS.has(noun)) return [stem(ordinal), noun];
  }
  return null;
}

/** Marks that end the second term of a comparison: a clause's punctuation. */
const TERM_END = /[,;:.!?()—–]/u;

const FIELDS = 3;

/**
 * The stems of `text`'s words (`words`, plan/asked-words.ts) with those of each comparison's
 * second term blanked: from the word after "than" to the next mark of punctuation.
 */
function stemsBesideComparisons(text: string, words: PassageWords): string[] {
  const stems = [...words.stems];
  const start = (i: number) => words.words[i * FIELDS] as number;
  const end = (i: number) => words.words[i * FIELDS + 1] as number;
  for (let i = 0; i < stems.length; i++) {
    if (words.folded[i] !== 'than') continue;
    for (let j = i + 1; j < stems.length; j++) {
      if (TERM_END.test(text.slice(end(j - 1), start(j)))) break;
      stems[j] = '';
      i = j;
    }
  }
  return stems;
}

/** Words placing a period relative to the date: "last year", "this quarter". */
const RELATIVE: ReadonlySet<string> = new Set([
  'last',
  'past',
  'this',
  'next',
  'previous',
  'coming',
]);

/** How a sentence names periods beside the one asked: "asked" when it names it, "other" when only another, "none" when none. */
export type PeriodNamed = 'asked' | 'other' | 'none';

/**
 * How `text` (its words `words`) names the asked period ({@link askedPeriod}, index terms)
 * outside the second term of a comparison: "asked" when it names it, "other" when it names
 * another period and not the asked one (see the top of this file), "none" when it names no
 * period. Costs one reading of its words.
 */
export function periodNamed(
  text: string,
  words: PassageWords,
  period: readonly string[],
): PeriodNamed {
  const stems = stemsBesideComparisons(text, words);
  const [ordinal, noun] = period as [string, string];
  let other = false;
  for (let i = 0; i + 1 < stems.length; i++) {
    const modifier = words.folded[i]!;
    if (stems[i] === '' || stems[i + 1] === '' || !PERIOD_NOUNS.has(stems[i + 1]!)) continue;
    const ordinalHere = isOrdinal(modifier);
    if (!ordinalHere && !RELATIVE.has(modifier)) continue;
    if (stems[i + 1] === noun) {
      if (stems[i] === ordinal) return 'asked';
      if (ordinalHere) other = true;
    } else other = true;
  }
  return other ? 'other' : 'none';
}

/**
 * Whether `text` (its words `words`) may give the count of the asked period ({@link
 * askedPeriod}, index terms): false when, outside the second term of a comparison, it names
 * another period and not the asked one ({@link periodNamed}). Costs one reading of its words.
 */
export function mayCountPeriod(
  text: string,
  words: PassageWords,
  period: readonly string[],
): boolean {
  return periodNamed(text, words, period) !== 'other';
}
