/**
 * Which kinds of value a sentence states (fact-values.ts `factValues`), as bits, saved per
 * sentence at index build. "Sources differ" reads, for each of a question's best fifty
 * candidates, whether it holds a value of the kind asked (a number for "how many", a place for
 * "where") before comparing it with a passage shown (select.ts `findDisagreements`). The kinds
 * depend on the sentence alone, yet reading them took the sentence's whole analysis for fact
 * relations (fact-relation.ts `analyseFact`), made only to be set aside: about a fifth of what
 * a question met for the first time cost beyond one asked before (a CPU profile of
 * bench/first-sight.ts, State of the Union 25%, session 32). Saved, a candidate without such a
 * value is set aside unanalysed.
 */
import type { Sentence } from '../../corpus/types.js';
import type { Aspect } from './fact-relation.js';
import { withDescribedPerson } from './fact-described-person.js';
import { factValues, type FactValues } from './fact-values.js';

/** A number or a count of nought in words ("none", "no passengers"). */
const NUMBER = 1;
/** A date or a weekday. */
const DATE = 2;
const PLACE = 4;
const ACTOR = 8;
/** Any value with a position (a date, a weekday, a number): what a question of no type compares. */
const POSITIONED = 16;
/** A count of nought in words alone (`zeros`), which a "how many" question may be answered by. */
const ZERO = 32;

/** The kinds of value `values` holds, as bits (at most 63: one byte per sentence saved). */
export function valueKindsOf(values: FactValues): number {
  return (
    (values.numbers.length > 0 || values.zeros.length > 0 ? NUMBER : 0) |
    (values.dates.length > 0 || values.weekdays.length > 0 ? DATE : 0) |
    (values.places.length > 0 ? PLACE : 0) |
    (values.actors.length > 0 ? ACTOR : 0) |
    (values.positioned.length > 0 ? POSITIONED : 0) |
    (values.zeros.length > 0 ? ZERO : 0)
  );
}

/**
 * True when a sentence of `kinds` ({@link valueKindsOf}) states a value of `aspect` that it could
 * differ on; for null, any positioned value.
 */
export function holdsValueKind(kinds: number, aspect: Aspect | null): boolean {
  switch (aspect) {
    case 'number':
      return (kinds & NUMBER) !== 0;
    case 'date':
      return (kinds & DATE) !== 0;
    case 'place':
      return (kinds & PLACE) !== 0;
    case 'actor':
      return (kinds & ACTOR) !== 0;
    case null:
      return (kinds & POSITIONED) !== 0;
  }
}

/** True when a sentence of `kinds` ({@link valueKindsOf}) states a count of nought in words. */
export function holdsZeroCount(kinds: number): boolean {
  return (kinds & ZERO) !== 0;
}

/**
 * The text a sentence's analysis for fact relations reads: its own, with an age description
 * opening it read as the person the body sentence right before it in its article names
 * (fact-described-person.ts). `textOf(s)`: sentence `s`'s text.
 */
export function factTextAt(
  sentences: readonly Sentence[],
  textOf: (sentence: number) => string,
  sentence: number,
): string {
  const own = sentences[sentence];
  const before = sentences[sentence - 1];
  return withDescribedPerson(
    textOf(sentence),
    own === undefined || before?.article !== own.article || before.kind !== 'body'
      ? null
      : textOf(sentence - 1),
  );
}

/**
 * Per sentence of `sentences`, {@link valueKindsOf} the values of its {@link factTextAt}: what an
 * index build saves (search-index.ts `valueKinds`).
 */
export function sentenceValueKinds(
  sentences: readonly Sentence[],
  textOf: (sentence: number) => string,
): Uint8Array {
  return Uint8Array.from(sentences, (_, s) =>
    valueKindsOf(factValues(factTextAt(sentences, textOf, s))),
  );
}
