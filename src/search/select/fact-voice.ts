/**
 * One count told in the active and in the passive: "About 200 people attended a public meeting
 * on Thursday night" / "A public meeting on Thursday evening was attended by more than 300
 * people". The count is the doer of the same act in both, the subject of the active verb and the
 * agent ("by …") of the passive one, and what the act was done to is the active's object and the
 * passive's subject. fact-measures.ts compares such counts as counts of one thing.
 */
import { SEARCH_OPTIONS } from '../options.js';
import { stem } from '../../text/terms.js';
import { MONTHS, WEEKDAYS } from '../../text/months.js';
import { unitsAfter, unitsBefore, type ClausedSource } from './fact-clauses.js';
import { qualifierStart, type PositionedValue } from './fact-values.js';

type PositionedNumber = Extract<PositionedValue, { number: string }>;

const cut = (word: string) => stem(word.toLowerCase()).slice(0, SEARCH_OPTIONS.facts.namePrefix);

/**
 * Words that say when within a day or a calendar ("Thursday night" / "Thursday evening"): the
 * passages' times are compared elsewhere (fact-relation.ts `sameSetting`, fact-resolved-time.ts),
 * so they are no part of what the act was done to.
 */
const TIME_TERMS: ReadonlySet<string> = new Set(
  [
    ...MONTHS.keys(),
    ...WEEKDAYS.keys(),
    ...['morning', 'afternoon', 'evening', 'night', 'tonight', 'today', 'yesterday'],
  ].map(cut),
);

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
    const named = (terms: string[]) => new Set(terms.filter((term) => !TIME_TERMS.has(term)));
    const one = named(active.done);
    const other = named(passive.done);
    const [small, large] = one.size <= other.size ? [one, other] : [other, one];
    return small.size >= LEAST_TERMS && [...small].every((term) => large.has(term));
  };
  return pair(activeOf(a, x), passiveOf(b, y)) || pair(activeOf(b, y), passiveOf(a, x));
}
