/**
 * Whether two passages from different articles report the same fact, a different one, or the
 * same thing with different values ("made in the city of Minsk" / "signed in Moscow"). The
 * bot says "also reported by" and "sources differ" on its own authority, so both are claimed
 * only on positive evidence:
 *
 * - the same event: most content words shared, or (for a question both answer) a shared
 *   question word and dates that can be the same day, each with its year;
 * - the same polarity: neither denies or negates what the other asserts;
 * - the same modality: neither says only that something may, could, should or is planned to
 *   happen where the other says it does (a possibility is not a report of the fact);
 * - not another occurrence: no "subsequent", "later", "another", "next" on one side only, and
 *   not a date (with its year) or a count on one side only;
 * - values: dates (with years), numbers, places and actors that both state must agree for the
 *   same fact; when they do not, the passages disagree on that aspect.
 */
import { SEARCH_OPTIONS } from '../options.js';
import { MONTHS } from '../../text/months.js';
import { termsOf } from '../../text/terms.js';
import { compatibleDates, factValues, type FactValues, type StatedDate } from './fact-values.js';
import { overlapCoefficient } from './widen.js';

/**
 * What the values of two reports can differ on. The engine's `SourcesDiffer.aspect` takes these
 * values (engine.ts assigns one to the other, so the compiler keeps them in step).
 */
export type Aspect = 'place' | 'date' | 'number' | 'actor';

/** How two passages relate. */
export type FactRelation =
  | { kind: 'same-fact' }
  | { kind: 'different-fact'; reason: string }
  | { kind: 'disagree'; aspect: Aspect };

/** What the question tells about the pair, when they answer one. */
export interface RelationContext {
  /** The aspect the question asks about ("where" → place); a disagreement is reported on it only. */
  asked?: Aspect | null;
  /** Question terms both passages hold: the event the question is about. */
  sharedQuestionTerms?: number;
}

/** Words that deny or negate what is said. */
const NEGATION =
  /\b(?:not|no|never|none|nobody|nothing|neither|nor|denied|deny|denies|denying|refuted|refutes|rejected|rejects|dismissed|dismisses|false|fabricated|untrue|baseless)\b|n[’']t\b/i;
/**
 * Words that make a statement one of possibility, obligation or intention rather than of fact
 * (epistemic and deontic modals, and verbs of planning). "Will" and "would" are left out: they
 * also report what was said ("he said it would not be used").
 */
const MODALITY =
  /\b(?:may|might|could|can|cannot|should|must|ought|plans? to|planned to|planning to|intends? to|intended to|proposes|proposed|expected to|likely|possibly|perhaps)\b/i;
/** Words that make an event another occurrence of its kind. */
const ANOTHER_OCCURRENCE =
  /\b(?:subsequent|subsequently|later|another|previous|previously|earlier|again|renewed|further|additional|numerous|follow-up|prior|finally|next)\b/i;
/** Month names and numbers are values, not what an event is about. */
const MONTH_TERMS: ReadonlySet<string> = new Set([...MONTHS.keys()].flatMap((m) => termsOf(m)));
const isValueTerm = (term: string) => /^\d/.test(term) || MONTH_TERMS.has(term);

function contentTerms(text: string): ReadonlySet<string> {
  return new Set(termsOf(text).filter((term) => !isValueTerm(term)));
}

function datesWithYear(values: FactValues): StatedDate[] {
  return values.dates.filter((date) => date.year !== null);
}

/** A place by its first word ("Belarusian border"), a person by the last ("President Vladimir Putin"). */
const fold = (name: string, word: 'first' | 'last' = 'first') => {
  const words = name.toLowerCase().split(/\s+/);
  return (
    (word === 'first' ? words[0] : words[words.length - 1])?.slice(
      0,
      SEARCH_OPTIONS.facts.namePrefix,
    ) ?? ''
  );
};

/** Two name lists agree when they share a name (compared by the start of one word of it). */
function namesMeet(
  a: readonly string[],
  b: readonly string[],
  word: 'first' | 'last' = 'first',
): boolean {
  return a.some((x) => b.some((y) => fold(x, word) === fold(y, word)));
}

/**
 * The aspects on which both passages state values and none of them agree. Dates count with
 * their years only, unless the passages are nearly the same words (`sameWording`): then
 * "September 14" and "September 4" differ whatever the year.
 */
function conflicts(a: FactValues, b: FactValues, sameWording: boolean): Aspect[] {
  const found: Aspect[] = [];
  const da = sameWording ? a.dates : datesWithYear(a);
  const db = sameWording ? b.dates : datesWithYear(b);
  if (da.length > 0 && db.length > 0 && !da.some((x) => db.some((y) => compatibleDates(x, y))))
    found.push('date');
  if (a.places.length > 0 && b.places.length > 0 && !namesMeet(a.places, b.places))
    found.push('place');
  if (a.numbers.length > 0 && b.numbers.length > 0 && !a.numbers.some((x) => b.numbers.includes(x)))
    found.push('number');
  if (a.actors.length > 0 && b.actors.length > 0 && !namesMeet(a.actors, b.actors, 'last'))
    found.push('actor');
  return found;
}

/** Shared terms over all terms of either (the Jaccard index), 0–1. */
function jaccardIndex<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** How many values of an aspect a passage states. */
function valuesOf(values: FactValues, aspect: Aspect, sameWording: boolean): number {
  switch (aspect) {
    case 'date':
      return sameWording ? values.dates.length : datesWithYear(values).length;
    case 'place':
      return new Set(values.places.map((place) => fold(place))).size;
    case 'number':
      return new Set(values.numbers).size;
    case 'actor':
      return new Set(values.actors.map((actor) => fold(actor, 'last'))).size;
  }
}

/**
 * Classifies two passages (sentences of different articles) as the same fact, a different
 * fact, or a disagreement on one aspect.
 *
 * @example
 * classifyFacts('Police said 200 protesters were detained in Minsk on Sunday.',
 *               'The ministry denied that any protesters were detained in Minsk on Sunday.')
 * // { kind: 'different-fact', reason: 'polarity' }
 */
export function classifyFacts(a: string, b: string, context: RelationContext = {}): FactRelation {
  return relateFacts(analyseFact(a), analyseFact(b), context);
}

/** What the comparison reads of one passage, computed once per passage. */
export interface AnalysedFact {
  negated: boolean;
  modal: boolean;
  anotherOccurrence: boolean;
  terms: ReadonlySet<string>;
  values: FactValues;
}

/** Analyses a passage for {@link relateFacts}. */
export function analyseFact(text: string): AnalysedFact {
  return {
    negated: NEGATION.test(text),
    modal: MODALITY.test(text),
    anotherOccurrence: ANOTHER_OCCURRENCE.test(text),
    terms: contentTerms(text),
    values: factValues(text),
  };
}

/** {@link classifyFacts} on passages already analysed (a question compares each with several). */
export function relateFacts(
  a: AnalysedFact,
  b: AnalysedFact,
  context: RelationContext = {},
): FactRelation {
  const o = SEARCH_OPTIONS.facts;
  if (a.negated !== b.negated) return { kind: 'different-fact', reason: 'polarity' };
  if (a.modal !== b.modal) return { kind: 'different-fact', reason: 'modality' };
  if (a.anotherOccurrence !== b.anotherOccurrence)
    return { kind: 'different-fact', reason: 'another occurrence' };
  const ta = a.terms;
  const tb = b.terms;
  const shared = overlapCoefficient(ta, tb);
  const smaller = Math.min(ta.size, tb.size);
  const overlapping = smaller >= o.minContentTerms && shared >= o.sameEventOverlap;
  // Nearly the same words: most of the larger one's terms too (a Jaccard index), or most of
  // the smaller one's in long enough sentences.
  const jaccard = jaccardIndex(ta, tb);
  const nearlySame = smaller >= o.nearlySameMinTerms && jaccard >= o.nearlySameJaccard;
  const closelyOverlapping =
    nearlySame || (smaller >= o.disagreeMinContentTerms && shared >= o.disagreeOverlap);
  const va = a.values;
  const vb = b.values;
  const da = datesWithYear(va);
  const db = datesWithYear(vb);
  const sharedTerms = [...ta].filter((term) => tb.has(term)).length;
  const anchored =
    ((context.sharedQuestionTerms ?? 0) > 0 || sharedTerms >= o.anchorSharedTerms) &&
    da.length > 0 &&
    db.length > 0 &&
    da.some((x) => db.some((y) => compatibleDates(x, y)));
  if (!overlapping && !anchored && !nearlySame)
    return { kind: 'different-fact', reason: 'another event' };
  const differ = conflicts(va, vb, closelyOverlapping);
  if (differ.length > 0) {
    const asked = context.asked;
    const aspect = asked == null ? differ[0] : differ.find((x) => x === asked);
    // A disagreement is claimed only about one event for certain (dated alike, or nearly the
    // same words) and one value on each side: with two places in a sentence, which one is
    // where the event happened is not known.
    const certain =
      (anchored || closelyOverlapping) &&
      aspect !== undefined &&
      valuesOf(va, aspect, closelyOverlapping) === 1 &&
      valuesOf(vb, aspect, closelyOverlapping) === 1;
    return certain
      ? { kind: 'disagree', aspect }
      : { kind: 'different-fact', reason: `different ${differ.join(', ')}` };
  }
  // Dates without years that cannot be the same day ("September 14" / "September 4").
  if (va.dates.some((x) => vb.dates.length > 0 && !vb.dates.some((y) => compatibleDates(x, y))))
    return { kind: 'different-fact', reason: 'different dates' };
  // The same fact needs the words, not only a shared date; and a fact dated on one side only
  // may be another occurrence of the same kind of event (the June 2021 agreement is not the
  // November 2020 one), so it is not claimed as the same.
  if (!overlapping && !nearlySame) return { kind: 'different-fact', reason: 'too little shared' };
  if (da.length > 0 !== db.length > 0)
    return { kind: 'different-fact', reason: 'dated on one side only' };
  // Likewise a count stated on one side only: "40 trawlers were impounded" is not confirmed
  // by "trawlers were impounded", which may be another occasion or a vaguer report.
  if (va.numbers.length > 0 !== vb.numbers.length > 0)
    return { kind: 'different-fact', reason: 'a count on one side only' };
  return { kind: 'same-fact' };
}
