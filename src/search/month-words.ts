/**
 * Month names in article sentences. A month naming a date in the text ("on March 4", "in
 * March") is matched by the question's own words (and their aliases), never by a synonym,
 * derived form or guessed spelling of another word: "moved" is not "March". And a month the
 * question names as a date matches the month, never the lowercase word ("continue to march").
 * Both sides read a month as a date by one definition (text/months.ts, isMonthOfDate); the
 * index terms stay plain words, so this is decided per sentence when a question touches them.
 */
import { SEARCH_OPTIONS } from './options.js';
import { isMonthOfDate, monthNumber, MONTHS } from '../text/months.js';
import { isStopWord, stem, termsOf, tokenize } from '../text/terms.js';

/** How one sentence uses the month names it holds, as term ids. */
export interface MonthWords {
  /** Held only as a month naming a date: no other word's synonym matches them here. */
  onlyAsDate: ReadonlySet<number>;
  /** Held only as a lowercase word, never a month name: no month the question names matches them. */
  onlyAsWord: ReadonlySet<number>;
}

/** A sentence that holds no month name. */
export const NO_MONTH_WORDS: MonthWords = Object.freeze({
  onlyAsDate: new Set<number>(),
  onlyAsWord: new Set<number>(),
});

let terms: ReadonlySet<string> | undefined;

/**
 * The index terms of the month names and their abbreviations ("march", "mar", "septemb"): made
 * once, as they depend on nothing but the month table and the stemmer (a question's ordinal test
 * read them for every ask, some 2% of a warm State of the Union ask).
 */
export function monthTerms(): ReadonlySet<string> {
  return (terms ??= new Set([...MONTHS.keys()].flatMap((spelling) => termsOf(spelling))));
}

/**
 * How sentence `text` uses the month terms (`monthIds`, as ids by `idOf`): each occurrence is a
 * month naming a date (isMonthOfDate), the lowercase word, or neither (a capitalised month name
 * opening the sentence, "March organisers said": either). Costs one tokenisation of the text.
 */
export function monthWordsOf(
  text: string,
  idOf: (term: string) => number | undefined,
  monthIds: ReadonlySet<number>,
): MonthWords {
  const tokens = tokenize(text);
  const asDate = new Set<number>();
  const asWord = new Set<number>();
  const either = new Set<number>();
  tokens.forEach((token, at) => {
    if (isStopWord(token)) return;
    const id = idOf(stem(token.word));
    if (id === undefined || !monthIds.has(id)) return;
    if (isMonthOfDate(text, tokens, at)) asDate.add(id);
    else if (monthNumber(text.slice(token.start, token.end)) === undefined) asWord.add(id);
    else either.add(id);
  });
  if (asDate.size + asWord.size === 0) return NO_MONTH_WORDS;
  const only = (set: Set<number>, ...others: Set<number>[]) =>
    new Set([...set].filter((id) => others.every((other) => !other.has(id))));
  return { onlyAsDate: only(asDate, asWord, either), onlyAsWord: only(asWord, asDate, either) };
}

/**
 * True when an alternative (term ids and match factor) of a concept may match in a sentence
 * using month names as `months` says: a month the question names as a date (`month`) not a
 * lowercase word; any other concept's synonym, derived form or guessed spelling (a factor below
 * an alias's, options.ts) not a month naming a date.
 */
export function agreesOnMonth(
  month: boolean,
  alternative: { ids: readonly number[]; factor: number },
  months: MonthWords,
): boolean {
  if (month) return !alternative.ids.some((id) => months.onlyAsWord.has(id));
  if (alternative.factor >= SEARCH_OPTIONS.plan.matchFactor.alias) return true;
  return !alternative.ids.some((id) => months.onlyAsDate.has(id));
}

/** True when some alternative of the concepts holds a month term, so month use matters. */
export function touchesMonths(
  concepts: ReadonlyArray<{ alternatives: ReadonlyArray<{ ids: readonly number[] }> }>,
  monthIds: ReadonlySet<number>,
): boolean {
  return concepts.some((concept) =>
    concept.alternatives.some((alternative) => alternative.ids.some((id) => monthIds.has(id))),
  );
}
