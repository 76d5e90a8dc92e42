/**
 * A date that names a thing rather than the narrative's time: "the funded loan of 1891", "the
 * treaty of peace of 1783", "the flood of 1968", "12 percent of 1974 tax payments". The date is
 * part of a noun phrase and dates what its noun names (named-thing.ts reads the attributive and
 * possessive ones), not the act the story is telling, so it sets no year for the sentences after
 * it: "…call in the funded loan of 1891. To and including November 30, $23,458,100 of these
 * bonds have been paid" tells nothing of 1891's November. A date after "of" that follows a noun
 * of time ("the end of 2021", "the first ten months of the year 1890") is the narrative's own.
 */
import { baseForms } from '../search/dictionary-words.js';
import { NOUN_TIME } from '../search/usual-noun-files.js';
import { nounFiles } from './event-noun.js';
import { namedThing } from './named-thing.js';

/** "loan of", "treaty of peace of", "months of the year": the word before "of" and the date. */
const OF_BEFORE = /(\p{L}+)\s+of\s+(?:the\s+year\s+)?$/iu;

/** True when `word` is a noun lemma (any inflection) none of whose frequent senses is of time. */
function nounNotOfTime(word: string): boolean {
  const files = baseForms(word.toLowerCase()).flatMap((lemma) => nounFiles(lemma));
  return files.length > 0 && !files.includes(NOUN_TIME);
}

/**
 * True when the date at `start`–`end` of `sentence` names a thing: it is attributive or
 * possessive (named-thing.ts), or follows "of" after a noun not of time. Tags the sentence
 * (wink-nlp) for the attributive reading: read when the timeline is built, not at question time.
 */
export function namesThing(sentence: string, start: number, end: number): boolean {
  return ofThing(sentence, start) || namedThing(sentence, start, end) !== null;
}

/**
 * True when the date at `start` of `sentence` follows "of" after a noun not of time ("the
 * landslide of 9 March", "the funded loan of 1891"; not "the end of March", "the night of 9
 * March"): it postmodifies that noun and dates what the noun names.
 */
export function ofThing(sentence: string, start: number): boolean {
  return thingBefore(sentence, start) !== null;
}

/**
 * The noun the date at `start` of `sentence` postmodifies after "of", as written ("report" in
 * "our report of 4 June said …", "loan" in "the funded loan of 1891"), or null when the date
 * follows no "of" after a noun not of time ({@link ofThing}).
 */
export function thingBefore(sentence: string, start: number): string | null {
  const of = OF_BEFORE.exec(sentence.slice(0, start));
  return of !== null && nounNotOfTime(of[1]!) ? of[1]! : null;
}
