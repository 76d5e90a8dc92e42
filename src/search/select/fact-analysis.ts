/**
 * What the fact comparison reads of one passage (`AnalysedFact`): its stances (fact-stance.ts,
 * fact-occurrence.ts), whether it tells another occurrence, whether it restates a corrected error
 * (text/correction.ts), its content terms (fact-content-terms.ts), values (fact-values.ts), claim
 * with its attribution framing set aside (fact-attribution.ts), time stated relative to
 * publication (fact-resolved-time.ts), holders (fact-holders.ts) and event words
 * (fact-predicates.ts). Each part is read from the text on first use and kept, so a question pays
 * only for what its comparisons ask for. Also the reads kept per passage that several comparisons
 * share: the values of its claim, and its supplementary relative clauses (fact-supplement.ts).
 */
import { withLengthsInOneUnit } from './fact-lengths.js';
import { factValues, type FactValues } from './fact-values.js';
import { type Stance, stancesOf } from './fact-stance.js';
import { claimOf } from './fact-attribution.js';
import { type Holder, holdersOf } from './fact-holders.js';
import {
  outsideFrame,
  passageTime,
  type PassageTime,
  savedDatesOf,
  type SavedMention,
  timeSpans,
} from './fact-resolved-time.js';
import type { UnitOccurrence } from './fact-participants.js';
import { claimEventWords } from './fact-predicates.js';
import { withOccurrenceStances } from './fact-occurrence.js';
import { restatesError } from '../../text/correction.js';
import { maySizeGroup } from './fact-group-size.js';
import { type Supplement, supplementsOf } from './fact-supplement.js';
import { readTerms } from './fact-content-terms.js';

/**
 * Words that make an event another occurrence of its kind. "Earlier", "later", "next",
 * "previous" and "prior" before a period ("earlier this month", "later that day", "next week",
 * "the previous year") say when, not that it happened again: that time is compared as one
 * (fact-time.ts), not read as another occurrence. "Originally" and "initially", as "previously",
 * tell an earlier state or plan than the one now reported ("was originally due to be complete in
 * the spring" / "remains on course to be finished in the spring").
 */
const ANOTHER_OCCURRENCE =
  /\b(?:subsequent|subsequently|another|previously|originally|initially|again|renewed|further|additional|numerous|follow-up|finally)\b|\b(?:later|earlier|previous|prior|next)\b(?!\s+(?:(?:this|that|the\s+same)\s+)?(?:day|week|month|year|today|tonight|morning|afternoon|evening|night|weekend)\b)/i;

/** What the comparison reads of one passage, computed once per passage. */
export interface AnalysedFact {
  text: string;
  stances: ReadonlyMap<Stance, number>;
  anotherOccurrence: boolean;
  /** Restates an error its article corrects (text/correction.ts `restatesError`). */
  restatesError: boolean;
  /** Content terms, each with the offset of its first occurrence. */
  terms: ReadonlyMap<string, number>;
  /** Each content term's whole stem ("started" → "start"; terms are cut to `namePrefix`). */
  stems: ReadonlyMap<string, string>;
  values: FactValues;
  /** Content terms grouped as what they name (termUnits). */
  units: readonly string[][];
  /** Every occurrence of a unit, in order (fact-participants.ts reads who did what to whom). */
  sequence: readonly UnitOccurrence[];
  /** Content terms of what the passage reports, its attribution framing set aside. */
  claimTerms: ReadonlySet<string>;
  /** What the passage reports, its attribution framing set aside (fact-attribution.ts). */
  claim: string;
  /** The event words of its claim (fact-predicates.ts), read when a comparison needs them. */
  events: () => ReadonlySet<string>;
  /** Time stated relative to publication ("this year", "yesterday", "on Tuesday"). */
  time: PassageTime;
  /** Whose its statement or figure is (fact-holders.ts), read when a comparison needs them. */
  holders: () => readonly Holder[];
  /** May give a group's size (fact-group-size.ts `maySizeGroup`): read once, tested per pair. */
  sizesGroup: boolean;
}

/**
 * What a passage reports, its attribution framing set aside (fact-attribution.ts): its content
 * terms and its values; its own when it has no framing.
 */
function claimRead(
  text: string,
  terms: ReadonlyMap<string, number>,
  times: ReadonlyArray<{ start: number; end: number }>,
): { claimTerms: ReadonlySet<string>; claim: string } {
  const claim = claimOf(text);
  return {
    claim,
    claimTerms: new Set((claim === text ? terms : readTerms(claim, times).terms).keys()),
  };
}

/** Each passage's claim values, read only when a disagreement on a place or actor needs them. */
const claimValuesRead = new WeakMap<AnalysedFact, FactValues>();

/**
 * The values of what a passage reports, its attribution framing set aside: "Ana Ruiz said" and
 * "Speaking in Truro, …" name who spoke and where, not the fact's actor or place.
 */
export function claimValuesOf(fact: AnalysedFact): FactValues {
  if (fact.claim === fact.text) return fact.values;
  let values = claimValuesRead.get(fact);
  if (values === undefined) claimValuesRead.set(fact, (values = factValues(fact.claim)));
  return values;
}

/**
 * The time of what a passage reports: a frame of saying's own time ("confirmed last week that
 * …") set aside when what it reports is still to come ("… that the ferry will stop in June"), as
 * the time of saying is then no time of the event, which follows it (Reichenbach 1947: the time
 * of speech, of reference and of the event; in reported speech the reporting verb's time is the
 * reported clause's point of reference). A past event or state reported ("confirmed on Monday
 * that the workers were safe") held by the time it was said, so that time still dates it.
 */
function reportedTime(time: PassageTime, claim: string): PassageTime {
  return claim !== time.text && stancesOf(claim).has('future') ? outsideFrame(time, claim) : time;
}

/** `read`, called at most once. */
function once<T>(read: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= read());
}

/**
 * Analyses a passage for {@link relateFacts}. `events`: its {@link claimEventWords} when known (an
 * index saves them for each sentence); read from the text, by tagging, only when needed otherwise.
 * `dates`: its {@link savedFactDates} when known (an index saves them too); read when needed
 * otherwise. Each part is read from the text on first use and kept ({@link analysedWith}).
 */
export function analyseFact(
  text: string,
  events?: ReadonlySet<string>,
  dates?: readonly SavedMention[],
): AnalysedFact {
  // One length of time in other units is one figure (fact-lengths.ts).
  const read = withLengthsInOneUnit(text);
  return analysedWith(
    read,
    events === undefined ? () => claimEventWords(read) : () => events,
    dates,
  );
}

/**
 * The timeline's reading of a passage's dates as {@link analyseFact} of `text` makes it
 * (fact-resolved-time.ts `savedDatesOf`), for an index to save per sentence.
 */
export function savedFactDates(text: string): SavedMention[] {
  return savedDatesOf(withLengthsInOneUnit(text));
}

/**
 * {@link analyseFact} with its event words read by `events`. Each part of the analysis is read
 * from the text when first asked for, then kept: a question reads only the values of most of its
 * candidates (select.ts: which hold a value of the kind asked), the terms of those compared by
 * {@link mayDisagree}, and the rest only of the pairs compared in full; reading every part of
 * every candidate was about a sixth of a State of the Union question met for the first time
 * (session 33). Every part is a function of the text alone, so what is read is what an eager
 * analysis would hold. The parts are the object's own enumerable properties (getters), so a
 * copy made by spreading (`{ ...fact, stances }`) reads and holds them all.
 */
export function analysedWith(
  text: string,
  events: () => ReadonlySet<string>,
  dates?: readonly SavedMention[],
): AnalysedFact {
  let time: PassageTime | undefined;
  let told: PassageTime | undefined;
  let read: ReturnType<typeof readTerms> | undefined;
  let values: FactValues | undefined;
  let stances: ReadonlyMap<Stance, number> | undefined;
  let anotherOccurrence: boolean | undefined;
  let restates: boolean | undefined;
  let claim: ReturnType<typeof claimRead> | undefined;
  let sizesGroup: boolean | undefined;
  const timeOf = () => (time ??= passageTime(text, dates));
  const termsRead = () => (read ??= readTerms(text, timeSpans(timeOf())));
  const claimOfText = () => (claim ??= claimRead(text, termsRead().terms, timeSpans(timeOf())));
  return {
    text,
    get stances() {
      return (stances ??= withOccurrenceStances(text, stancesOf(text)));
    },
    get anotherOccurrence() {
      return (anotherOccurrence ??= ANOTHER_OCCURRENCE.test(text));
    },
    get restatesError() {
      return (restates ??= restatesError(text));
    },
    get terms() {
      return termsRead().terms;
    },
    get stems() {
      return termsRead().stems;
    },
    get values() {
      return (values ??= factValues(text));
    },
    get units() {
      return termsRead().units;
    },
    get sequence() {
      return termsRead().sequence;
    },
    get claimTerms() {
      return claimOfText().claimTerms;
    },
    get claim() {
      return claimOfText().claim;
    },
    events,
    get time() {
      return (told ??= reportedTime(timeOf(), claimOfText().claim));
    },
    holders: once(() => holdersOf({ text, sequence: termsRead().sequence })),
    get sizesGroup() {
      return (sizesGroup ??= maySizeGroup(text));
    },
  };
}

/** Each passage's supplements (fact-supplement.ts), read once. */
const supplementsRead = new WeakMap<AnalysedFact, readonly Supplement[]>();

export function supplementsOfFact(fact: AnalysedFact): readonly Supplement[] {
  let found = supplementsRead.get(fact);
  if (found === undefined) supplementsRead.set(fact, (found = supplementsOf(fact.text)));
  return found;
}
