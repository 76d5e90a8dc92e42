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
 *   (Quirk et al. 1985, 16.49; Levin 1993, 48.1.1 and 55.1; timeline/happening.ts), read from
 *   the sentence's opening as written, with no tagger at question time: one happening
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
import type { FactValues } from './fact-values.js';

/** Which part of its subject's happening a verb that carries no event of its own tells. */
export type Phase = 'start' | 'end' | 'occur';

/**
 * The verbs that tell only a phase of their subject's happening (timeline/happening.ts reads the
 * same verbs with a tagger; a comparison at question time reads no tagger, so the forms are
 * matched as written), each form with its phase. Stopping, resuming and going on may recur and
 * are left out.
 */
const PHASE_FORMS: ReadonlyArray<readonly [readonly string[], Phase]> = [
  [['started', 'began', 'begun', String.raw`broke\s+out`, 'erupted'], 'start'],
  [['ended', 'finished'], 'end'],
  [[String.raw`took\s+place`, 'happened', 'occurred', String.raw`was\s+held`], 'occur'],
];

/** Each phase verb's form (a pattern source, as in {@link PHASE_FORMS}) read alone. */
const PHASE_OF: ReadonlyArray<readonly [RegExp, Phase]> = PHASE_FORMS.map(([forms, phase]) => [
  new RegExp(`^(?:${forms.join('|')})$`, 'iu'),
  phase,
]);

/**
 * A sentence opening with a definite subject ("The fire at the Kelby warehouse") and a phase
 * verb ("broke out"), an auxiliary allowed between: the subject's words, then the verb.
 */
const OPENING = new RegExp(
  String.raw`^["“‘']?(The\s+(?:[\p{L}’'-]+\s+){0,7}?)(?:(?:has|had|have)\s+)?(` +
    PHASE_FORMS.flatMap(([forms]) => forms).join('|') +
    String.raw`)\b`,
  'u',
);

/** Words that end a subject's head: what follows names where or of what ("The fire at …"). */
const AFTER_HEAD = /^(?:at|in|on|of|near|outside|inside|by|from|for|over|during)$/iu;

/** What is read of a passage: its text and its values (fact-values.ts). */
export interface OnceSource {
  text: string;
  values: FactValues;
}

/** The happening (a fact term: its stem cut to `namePrefix` letters) and phase of a weekday. */
export interface OnceOnWeekday {
  event: string;
  phase: Phase;
}

/** A phase verb and its subject, read from the opening of a sentence. */
interface Opening {
  event: string;
  phase: Phase;
  /** The verb as a fact term ("broke" of "broke out"). */
  term: string;
  /** Where the verb ends. */
  end: number;
}

function openingOf(text: string): Opening | null {
  const m = OPENING.exec(text);
  if (m === null) return null;
  const words = (m[1] ?? '').trim().split(/\s+/u).slice(1);
  const until = words.findIndex((w) => AFTER_HEAD.test(w));
  const head = (until < 0 ? words : words.slice(0, until)).at(-1);
  const verb = m[2] ?? '';
  const phase = PHASE_OF.find(([forms]) => forms.test(verb))?.[1];
  if (head === undefined || phase === undefined) return null;
  const cut = (word: string) => stem(word.toLowerCase()).slice(0, SEARCH_OPTIONS.facts.namePrefix);
  return {
    event: cut(head),
    phase,
    term: cut(verb.split(/\s+/u)[0] ?? verb),
    end: m.index + m[0].length,
  };
}

/** Each passage's reading, kept. */
const read = new WeakMap<OnceSource, Opening | null>();

function openingKept(source: OnceSource): Opening | null {
  let kept = read.get(source);
  if (kept === undefined) read.set(source, (kept = openingOf(source.text)));
  return kept;
}

/**
 * The happening whose start, end or occurrence a passage tells on its one weekday, after the
 * verb, with a definite subject opening the sentence (see the module note); null otherwise.
 *
 * @example onceOnWeekday(analyseFact('The Kelby warehouse fire broke out on Monday night.'))
 * // { event: 'fire', phase: 'start' }
 */
export function onceOnWeekday(source: OnceSource): OnceOnWeekday | null {
  const { values } = source;
  if (values.weekdays.length !== 1 || values.dates.length > 0) return null;
  const day = values.positioned.find((v) => 'weekday' in v);
  const opening = openingKept(source);
  if (day === undefined || opening === null || day.at < opening.end) return null;
  return { event: opening.event, phase: opening.phase };
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

/**
 * The phase verb right after a definite subject opening a passage that states one time (one
 * weekday or one date) after it ("The fire broke out on Monday"), as a fact term; null otherwise.
 * Two such verbs of one phase ("started" / "broke out") tell one predicate in other words, as
 * WordNet synonyms do (fact-relation.ts reads them as one word).
 */
export function phaseVerbOf(source: OnceSource): PhaseVerb | null {
  const times = source.values.positioned.filter((v) => v.aspect === 'date');
  const [time] = times;
  const opening = openingKept(source);
  if (times.length !== 1 || time === undefined || opening === null || time.at < opening.end)
    return null;
  return { term: opening.term, phase: opening.phase };
}
