/**
 * The content terms of a passage as the fact comparison reads them: stems (text/terms.ts) cut to
 * `namePrefix` letters, so spelling variants and derived forms of a name are one word, each with
 * where it first stands; grouped as what they name (a run of capitalised words is one unit); and
 * every occurrence of a unit in order (fact-participants.ts reads who did what to whom from it).
 * Values are no terms (numbers, month and weekday names as written: text/months.ts; times of day,
 * fact-clock.ts; ages, a figure's qualifiers, cardinals in words and a figure's notation,
 * fact-values.ts; a day of a month as an ordinal in words, fact-values.ts; times counted
 * from publication, fact-resolved-time.ts), nor are the words marking a plan or an occurrence
 * (fact-stance.ts, fact-occurrence.ts): those are compared as values and stances elsewhere. "No
 * one", "nobody", "none" are one term (fact-negative-universal.ts).
 */
import { SEARCH_OPTIONS } from '../options.js';
import { monthNumber, WEEKDAYS } from '../../text/months.js';
import { isStopWord, stem, tokenize } from '../../text/terms.js';
import {
  ageWordSpans,
  cardinalWordSpans,
  notationWordSpans,
  NUMBER_WORD_LIST,
  qualifierWordSpans,
  wordDateSpans,
} from './fact-values.js';
import { planMarkerSpans } from './fact-stance.js';
import type { UnitOccurrence } from './fact-participants.js';
import { clockSpans } from './fact-clock.js';
import { occurrenceVerbSpans } from './fact-occurrence.js';
import { NEGATIVE_UNIVERSAL_TERM, negativeUniversalSpans } from './fact-negative-universal.js';

/**
 * Exact numbers written as words ("eleven"), as written: values too. Vague counts ("tens of
 * thousands", "hundreds") and multipliers ("million") stay words.
 */
const NUMBER_WORD_SET: ReadonlySet<string> = new Set(NUMBER_WORD_LIST);
/**
 * Numbers and month and weekday names are values, not what an event is about. A name is read as
 * written (months.ts): "March" is a month, "marched" and "march" are what people did.
 */
const isValueTerm = (term: string, word: string, written: string) =>
  /^\d/.test(term) ||
  NUMBER_WORD_SET.has(word) ||
  monthNumber(written) !== undefined ||
  WEEKDAYS.has(written);

/**
 * Each content term of a text with the offset of its first occurrence. Terms are compared by
 * their first letters (`namePrefix`), as names are: spelling variants ("Lukashenko" /
 * "Lukashenka", "Rosgvardia" / "Rosgvardiya") and derived forms ("Belarus" / "Belarusian",
 * "cooperate" / "cooperation") are one word, whether capitalised or not.
 */
export function contentTerms(text: string): ReadonlyMap<string, number> {
  return readTerms(text).terms;
}

/** What may stand between two words of one name: spaces, a possessive's apostrophe. */
const ADJOINING = /^[\s'’]*$/;

/**
 * The content terms of a text grouped as what they name: a run of two or more capitalised words
 * ("Marrowick Inshore Fishers' Association", "Orrel Valley Regional Authority") is one name, so
 * one unit; every other term is a unit of its own. Two reports that share only a long name share
 * one thing, not four ("The association has warned that the gates could harm shellfish" /
 * "Members of the association watched from their boats").
 */
export function termUnits(text: string): string[][] {
  return readTerms(text).units;
}

/**
 * {@link contentTerms} and {@link termUnits} of a text, read in one pass, with every occurrence
 * of a unit in order (a name's words together), where it stands in the text. Words inside
 * `times` (spans of time counted from publication: "last night", "yesterday") are values, as a
 * weekday's name is: the days they denote are compared (fact-resolved-time.ts), not their words
 * ("yesterday" and "last night" of two articles may be one day).
 */
export function readTerms(
  text: string,
  times: ReadonlyArray<{ start: number; end: number }> = [],
): {
  terms: Map<string, number>;
  units: string[][];
  sequence: UnitOccurrence[];
  stems: Map<string, string>;
} {
  const terms = new Map<string, number>();
  const stems = new Map<string, string>();
  const units: string[][] = [];
  const sequence: UnitOccurrence[] = [];
  let run: string[] = [];
  let runEnd = -1;
  let occurrence: UnitOccurrence | null = null;
  // "no one", "nobody", "none": one pronoun, read as one term (fact-negative-universal.ts).
  const pronouns = negativeUniversalSpans(text);
  // A time of day is a value ("3.40 pm" / "15:40"), compared as a time (fact-clock.ts).
  const clocks = clockSpans(text);
  // The words marking a plan ("is due to", "remains on course to") are its stance, compared as
  // such (fact-stance.ts `planMarkerSpans`), no content of what is planned.
  // So are a verb of occurrence's ("took place", "happened"): the event is its subject's noun
  // (fact-occurrence.ts).
  const plans = [...planMarkerSpans(text), ...occurrenceVerbSpans(text)];
  // The words of an age ("34-year-old", "aged 34") are its value's, as a weekday's name is.
  // So are the words that approximate or bound a figure ("around 300"): its range holds them.
  // So are the words of a cardinal written in words ("one hundred", "half a million"), and those
  // of a figure's notation ("231 million", "5 per cent", "twice"), and a date's ordinal day
  // in words ("the twenty-fifth of November"), compared as the date.
  const ages = [
    ...wordDateSpans(text),
    ...ageWordSpans(text),
    ...qualifierWordSpans(text),
    ...cardinalWordSpans(text),
    ...notationWordSpans(text),
  ];
  const close = () => {
    if (run.length > 0) units.push(run);
    run = [];
  };
  for (const token of tokenize(text)) {
    const first = text[token.start] ?? '';
    const capitalised = first !== first.toLowerCase();
    // Read only of a capitalised word: only one continues a name's run.
    const adjoining = capitalised && runEnd >= 0 && ADJOINING.test(text.slice(runEnd, token.start));
    const stop =
      isStopWord(token) ||
      overlaps(times, token.start, token.end) ||
      covers(plans, token.start, token.end);
    if (!adjoining || stop) close();
    const pronoun = covers(pronouns, token.start, token.end);
    const term = stop ? '' : pronoun ? NEGATIVE_UNIVERSAL_TERM : stem(token.word);
    const clock = covers(clocks, token.start, token.end) || covers(ages, token.start, token.end);
    if (stop || clock || isValueTerm(term, token.word, text.slice(token.start, token.end))) {
      close();
      runEnd = -1;
      continue;
    }
    const key = term.slice(0, SEARCH_OPTIONS.facts.namePrefix);
    if (adjoining && occurrence?.name) {
      occurrence.keys.push(key);
      occurrence.end = token.end;
    } else {
      occurrence = { keys: [key], start: token.start, end: token.end, name: capitalised };
      sequence.push(occurrence);
    }
    const seen = terms.has(key);
    if (!seen) terms.set(key, token.start);
    if (!seen) stems.set(key, term);
    if (capitalised) {
      if (!seen) run.push(key);
      runEnd = token.end;
    } else {
      runEnd = -1;
      if (!seen) units.push([key]);
    }
  }
  close();
  return { terms, units, sequence, stems };
}

/**
 * True when one of `spans` holds the word from `start` to `end` whole. Loops of module
 * functions, not a closure made per word: the comparison reads every word of every candidate.
 */
function covers(spans: ReadonlyArray<{ start: number; end: number }>, start: number, end: number) {
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    if (start >= span.start && end <= span.end) return true;
  }
  return false;
}

/** True when one of `spans` shares a character with the word from `start` to `end`. */
function overlaps(
  spans: ReadonlyArray<{ start: number; end: number }>,
  start: number,
  end: number,
) {
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    if (start < span.end && span.start < end) return true;
  }
  return false;
}
