/**
 * The start, the end or the occurrence of one happening told on two weekdays: "The fire at the
 * Kelby warehouse broke out on Monday night" / "The Kelby warehouse fire started on Sunday
 * night". A weekday alone cannot tell one event from two occurrences of its kind ("The council
 * met on Monday" / "… on Thursday" may both be true), so two weekdays otherwise keep reports
 * apart (fact-relation.ts). Here they cannot be two occurrences:
 *
 * - the subject names the happening with the definite article ("The fire", "The Orlby ferry
 *   strike"), which presupposes the one such happening writer and reader know (Quirk et al. 1985,
 *   5.26–5.30, "unique reference"), not "a fire", which may be another;
 * - the verb carries no event of its own and tells its start ("started", "began", "broke out"),
 *   its end ("ended", "finished") or only that it happened ("took place", "happened", "was held")
 *   (Quirk et al. 1985, 16.49; Levin 1993, 48.1.1 and 55.1; timeline/happening.ts): one happening
 *   starts once, ends once and happens once. Its stopping, resuming or going on may recur, and
 *   keeps the reports apart;
 * - each report names one weekday and no calendar date for it.
 *
 * Two such reports of the same happening (the same noun, or WordNet synonyms) in the same phase
 * name two days for one day: they differ on the date (fact-relation.ts, with the rest of the
 * wording shared and nothing else differing).
 */
import { SEARCH_OPTIONS } from '../options.js';
import { stem } from '../../text/terms.js';
import { phaseOfDate, type Phase } from '../../timeline/happening.js';
import type { FactValues } from './fact-values.js';

/** What is read of a passage: its text and its values (fact-values.ts). */
export interface OnceSource {
  text: string;
  values: FactValues;
}

/** The phases that come once in a happening. */
const ONCE: ReadonlySet<Phase> = new Set<Phase>(['start', 'end', 'occur']);

/** The happening (a fact term: its stem cut to `namePrefix` letters) and phase of a weekday. */
export interface OnceOnWeekday {
  event: string;
  phase: Phase;
}

/** Each passage's reading, kept: tagging a sentence costs more than the rest of a comparison. */
const read = new WeakMap<OnceSource, OnceOnWeekday | null>();

/**
 * The happening whose start, end or occurrence a passage tells on its one weekday, with a
 * definite subject (see the module note); null otherwise.
 *
 * @example onceOnWeekday(analyseFact('The Kelby warehouse fire broke out on Monday night.'))
 * // { event: 'fire', phase: 'start' }
 */
export function onceOnWeekday(source: OnceSource): OnceOnWeekday | null {
  let kept = read.get(source);
  if (kept === undefined) read.set(source, (kept = readOnce(source)));
  return kept;
}

function readOnce({ text, values }: OnceSource): OnceOnWeekday | null {
  if (values.weekdays.length !== 1 || values.dates.length > 0) return null;
  const day = values.positioned.find((v) => 'weekday' in v);
  if (day === undefined) return null;
  const word = /^\p{L}+/u.exec(text.slice(day.at))?.[0] ?? '';
  const found = phaseOfDate(text, day.at, day.at + word.length);
  if (found === null || !found.definite || !ONCE.has(found.phase)) return null;
  return {
    event: found.event.slice(0, SEARCH_OPTIONS.facts.namePrefix),
    phase: found.phase,
  };
}

/**
 * True when two passages tell the same phase, one that comes once, of the same definitely named
 * happening on their one weekday each ({@link onceOnWeekday}): the same noun, or nouns `same`
 * reads as one word (WordNet synonyms, a term of `a` first).
 */
export function onceOnTwoDays(
  a: OnceSource,
  b: OnceSource,
  same: (x: string, y: string) => boolean = () => false,
): boolean {
  const x = onceOnWeekday(a);
  const y = onceOnWeekday(b);
  return (
    x !== null &&
    y !== null &&
    x.phase === y.phase &&
    (x.event === y.event || same(x.event, y.event))
  );
}

/** A verb that tells a phase of its subject's happening, as a fact term, and the phase. */
export interface PhaseVerb {
  term: string;
  phase: Phase;
}

/** Each passage's phase verb, kept as {@link onceOnWeekday} is. */
const phaseVerbs = new WeakMap<OnceSource, PhaseVerb | null>();

/**
 * The verb that governs a passage's one time (one weekday or one date, and no other) when it
 * carries no event of its own and tells a phase of its subject's happening ("broke out on
 * Monday", "began on 9 March": timeline/happening.ts), as a fact term; null otherwise. Two such
 * verbs of one phase ("started" / "broke out") tell one predicate in other words, as WordNet
 * synonyms do (fact-relation.ts reads them as one word).
 */
export function phaseVerbOf(source: OnceSource): PhaseVerb | null {
  let kept = phaseVerbs.get(source);
  if (kept === undefined) phaseVerbs.set(source, (kept = readPhaseVerb(source)));
  return kept;
}

function readPhaseVerb({ text, values }: OnceSource): PhaseVerb | null {
  const times = values.positioned.filter((v) => v.aspect === 'date');
  const [time] = times;
  if (times.length !== 1 || time === undefined) return null;
  const word = /^[\p{L}\p{N}]+/u.exec(text.slice(time.at))?.[0] ?? '';
  const found = phaseOfDate(text, time.at, time.at + word.length);
  if (found === null) return null;
  return { term: stem(found.verb).slice(0, SEARCH_OPTIONS.facts.namePrefix), phase: found.phase };
}
