/**
 * One count told in the active and in the passive: "About 200 people attended a public meeting
 * on Thursday night" / "A public meeting on Thursday evening was attended by more than 300
 * people". The count is the doer of the same act in both, the subject of the active verb and the
 * agent ("by …") of the passive one, and what the act was done to is the active's object and the
 * passive's subject. So is a count that is what the act was done to, the object of the active
 * verb and the subject of the passive one: "The clinic has treated 28 patients for food
 * poisoning" / "19 patients had been treated for food poisoning" (the passive makes the active's
 * object its subject: Quirk et al. 1985, A Comprehensive Grammar of the English Language, 3.63).
 * fact-measures.ts compares such counts as counts of one thing.
 */
import { MONTHS, WEEKDAYS } from '../../text/months.js';
import { baseForms } from '../dictionary-words.js';
import { lemmaSynsets } from '../wordnet-relations.js';
import { unitsAfter, unitsBefore, type ClausedSource } from './fact-clauses.js';
import { qualifierStart, type PositionedValue } from './fact-values.js';
import { factTerm } from './fact-term.js';

type PositionedNumber = Extract<PositionedValue, { number: string }>;

const cut = factTerm;

/**
 * Words that say when within a day or a calendar ("Thursday night" / "Thursday evening"): the
 * passages' times are compared elsewhere (fact-setting.ts `sameSetting`, fact-resolved-time.ts),
 * so they are no part of what the act was done to.
 */
const TIME_TERMS: ReadonlySet<string> = new Set(
  [
    ...MONTHS.keys(),
    ...WEEKDAYS.keys(),
    ...['morning', 'afternoon', 'evening', 'night', 'tonight', 'today', 'yesterday'],
  ].map(cut),
);

/** Terms, times of day and calendar words ({@link TIME_TERMS}) set aside. */
export const untimed = (terms: readonly string[]): Set<string> =>
  new Set(terms.filter((term) => !TIME_TERMS.has(term)));

/**
 * Whether the smaller of two sets of terms holds at least `least` terms, all in the larger ("a
 * public meeting" within "a public meeting on Thursday"): one naming, one of them fuller.
 */
export function shorterWithin(
  one: ReadonlySet<string>,
  other: ReadonlySet<string>,
  least: number,
): boolean {
  const [small, large] = one.size <= other.size ? [one, other] : [other, one];
  return small.size >= least && [...small].every((term) => large.has(term));
}

/** The fewest terms of what the act was done to that identify it ("public meeting"). */
const LEAST_TERMS = 2;

/** A past participle and "by" right before a count's words (offset of the participle, its term). */
const AGENT = /([\p{L}]+ed|[\p{L}]+en)\s+by\s+$/u;

/** The act of a count that is the agent of a passive verb, and what the verb's subject names. */
function passiveOf(
  source: ClausedSource,
  x: PositionedNumber,
): { act: string; done: string[] } | null {
  const start = qualifierStart(source.text, x.at);
  const m = AGENT.exec(source.text.slice(0, start));
  if (m === null || m[1] === undefined) return null;
  const done = unitsBefore(source, m.index).flatMap((unit) => unit.keys);
  return { act: cut(m[1]), done };
}

/**
 * The act of a count that opens its clause as the subject of the verb after it ("200 people
 * attended a meeting"), and what the verb's object names; null when a word other than its
 * counted noun stands between the count and the verb.
 */
function activeOf(
  source: ClausedSource,
  x: PositionedNumber,
): { act: string; done: string[] } | null {
  if (x.unit === null || unitsBefore(source, qualifierStart(source.text, x.at)).length > 0)
    return null;
  const [noun, verb, ...rest] = unitsAfter(source, x.at);
  if (noun === undefined || verb === undefined || noun.keys[0] !== cut(x.unit)) return null;
  const act = verb.keys[0];
  return act === undefined ? null : { act, done: rest.flatMap((unit) => unit.keys) };
}

/**
 * True when one count is the subject of an active verb and the other the agent of the same
 * verb in the passive, and what the act was done to is the same: the terms of the shorter
 * naming, at least {@link LEAST_TERMS} of them, times of day and calendar words set aside, are
 * all in the longer ("a public meeting on Thursday night" / "A public meeting on Thursday
 * evening"). Synonyms are not matched ("attended" / "turned out for"): a missed comparison,
 * never a false one.
 */
export function voicesAlike(
  a: ClausedSource,
  x: PositionedNumber,
  b: ClausedSource,
  y: PositionedNumber,
): boolean {
  const pair = (active: ReturnType<typeof activeOf>, passive: ReturnType<typeof passiveOf>) => {
    if (active === null || passive === null || active.act !== passive.act) return false;
    return shorterWithin(untimed(active.done), untimed(passive.done), LEAST_TERMS);
  };
  return pair(activeOf(a, x), passiveOf(b, y)) || pair(activeOf(b, y), passiveOf(a, x));
}

/** A past participle that ends in "-ed" or "-en" (not tagged: only such words are read as one). */
const PARTICIPLE = /^[\p{L}]+(?:ed|en)$/u;

/** A form of "be" and a past participle right after a count's noun ("had been treated"). */
const PASSIVE_AFTER =
  /^\s+(?:(?:has|have|had)\s+)?(?:now\s+|also\s+)?(?:was|were|is|are|been|being)\s+(?:now\s+|also\s+)?([\p{L}]+(?:ed|en))\b/u;

/**
 * A count that is what an act was done to, read either way: the object of the verb right before
 * it ("has treated 28 patients for …", its qualifier aside) or the subject of the passive verb
 * right after its noun ("19 patients had been treated for …"); the act's term and the terms after
 * the count's noun or after the passive verb in its clause (what else is said: why, what for).
 */
function patientOf(
  source: ClausedSource,
  x: PositionedNumber,
): { act: string; said: string[] } | null {
  if (x.unit === null) return null;
  const [noun, ...after] = unitsAfter(source, x.at);
  if (noun === undefined || noun.keys[0] !== cut(x.unit)) return null;
  const passive = PASSIVE_AFTER.exec(source.text.slice(noun.end));
  if (passive !== null && passive[1] !== undefined) {
    const verbEnd = noun.end + passive[0].length;
    return {
      act: cut(passive[1]),
      said: after.filter((unit) => unit.start >= verbEnd).flatMap((unit) => unit.keys),
    };
  }
  const [verb] = unitsBefore(source, qualifierStart(source.text, x.at));
  const word = verb === undefined ? '' : source.text.slice(verb.start, verb.end);
  if (verb === undefined || verb.name || !PARTICIPLE.test(word)) return null;
  return { act: cut(word), said: after.flatMap((unit) => unit.keys) };
}

/**
 * Whether every name of `source` is words of `other`: the active's subject may be left out of
 * the passive, so where it, the agent or a place is named on one side only ("The Marlow clinic
 * treated 28 patients" / "19 patients were treated at Kelby hospital"), the acts may be two.
 * Every sentence opens capitalised, so a single word there is read as a name only when it is no
 * WordNet noun or verb in any regular inflection ("Kelby hospital said", not "Doctors said").
 */
function namesIn(source: ClausedSource, other: ClausedSource): boolean {
  const words = new Set(other.sequence.flatMap((unit) => unit.keys));
  const opening = source.text.search(/\p{L}/u);
  return source.sequence.every((unit) => {
    if (!unit.name || unit.keys.every((key) => words.has(key))) return true;
    if (unit.start !== opening || unit.keys.length !== 1) return false;
    const forms = baseForms(source.text.slice(unit.start, unit.end).toLowerCase());
    return forms.some((form) => NOUNS(form).length > 0 || VERBS(form).length > 0);
  });
}

const NOUNS = lemmaSynsets('noun');
const VERBS = lemmaSynsets('verb');

/**
 * True when both counts are what one act was done to ({@link patientOf}), one the object of the
 * active verb and the other the subject of the passive, and the shorter of what is said after
 * them, times of day and calendar words set aside, is one term or more, all in the longer ("for
 * food poisoning since Friday" / "for food poisoning"), and the passages name the same (none on
 * one side only: {@link namesIn}). Counts of the same voice are compared by
 * what is said after them as any count (fact-measures.ts `saidAlike`).
 */
export function patientsAlike(
  a: ClausedSource,
  x: PositionedNumber,
  b: ClausedSource,
  y: PositionedNumber,
): boolean {
  const px = patientOf(a, x);
  const py = patientOf(b, y);
  if (px === null || py === null || px.act !== py.act) return false;
  const passive = (source: ClausedSource, at: number) =>
    PASSIVE_AFTER.test(source.text.slice(unitsAfter(source, at)[0]?.end ?? at));
  if (passive(a, x.at) === passive(b, y.at)) return false;
  if (!namesIn(a, b) || !namesIn(b, a)) return false;
  return shorterWithin(untimed(px.said), untimed(py.said), 1);
}
