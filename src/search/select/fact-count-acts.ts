/**
 * What act a count is told of, read before it: "stole 340 gigabytes" and "published around
 * 430GB" are a theft and a publication, two measures, whatever they count; "It makes 23
 * recommendations" and "The report … sets out 23 recommendations" tell one count under verbs
 * with no event of their own. What is said after a count (fact-measures.ts) is read there.
 */
import { changeStartAfterEnd, rangeStartBefore } from './fact-range-units.js';
import { EVENTLESS_VERBS } from './fact-predicates.js';
import { qualifierStart, type PositionedValue } from './fact-values.js';
import { inDescribingClause, unitsBefore, type ClausedSource } from './fact-clauses.js';
import { factTerm } from './fact-term.js';
import { isPossessive } from '../../text/possessive.js';
import type { UnitOccurrence } from './fact-participants.js';
import { passingVerbStart } from './fact-passing.js';

type PositionedNumber = Extract<PositionedValue, { number: string }>;

/**
 * Verbs that report taking a count ("counted 118 tiles", "recorded 118 tiles", "tallied",
 * "logged", "enumerated"): with a count as their object they state one act, finding how many
 * there are, whichever word a reporter uses. As fact terms (stems cut to `namePrefix` letters).
 * "Registered" is left out: to register voters is to enrol them, not to count them.
 */
const COUNTING_VERBS: ReadonlySet<string> = new Set(
  ['count', 'record', 'tally', 'log', 'enumerate'].map(factTerm),
);

/**
 * Verbs that tell a whole's relation to its parts ("will comprise 84 turbines", "consists of 12
 * wards"): WordNet's {consist, comprise} "be composed of" (comprise v.1), as "include" ("have as
 * a part", include v.1) and "have", which fact-predicates.ts `EVENTLESS_VERBS` holds. With a
 * count as their object they carry no event of their own: the count is of the parts, so "would
 * have 72 turbines" and "will comprise 84 turbines" count one thing. As fact terms. Read here,
 * before a count, only: a sentence's event words (saved in the index) are unchanged.
 */
const WHOLE_PART_VERBS: ReadonlySet<string> = new Set(['comprise', 'consist'].map(factTerm));

/** The term every counting verb is read as. */
const COUNTING = 'count';

/** Nouns that name a count as an act ("a survey", "the census"), as fact terms. */
const COUNT_NOUNS: ReadonlySet<string> = new Set(
  ['survey', 'count', 'census', 'tally', 'inventory', 'audit'].map(factTerm),
);

/** True when a subject's terms name the count itself ({@link COUNT_NOUNS}). */
function namesCount(keys: ReadonlySet<string>): boolean {
  return [...keys].some((key) => COUNT_NOUNS.has(key));
}

/** What governs a count from before it. */
type Governor =
  { kind: 'none' } | { kind: 'light'; at: number } | { kind: 'verb'; key: string; at: number };

/** Words that open a clause of their own: a count after them is not the object of what precedes. */
const CLAUSE_OPENER = /\b(?:that|which|who|whom|whose|whether|if|because|as|when|while)\b/i;

/**
 * What a count is the object of: the content word right before it in its clause, its bound or
 * approximation words set aside ("stole 340 gigabytes", "published around 430GB" → "publis"),
 * as a fact term. A verb that carries no event of its own ("makes", "sets out", "said":
 * fact-predicates.ts `EVENTLESS_VERBS`) is light: the event is the counted noun. None when the
 * count opens its clause, follows a word that opens a clause ("said that 9,400 …") or a name
 * ("Kestonbury's 640 staff"). The word is not known to be a verb (no tagging here): a noun before
 * the count ("a list of 23 recommendations") counts as an act of its own, which only ever keeps
 * two counts apart.
 */
function governorOf(source: ClausedSource, x: PositionedNumber): Governor {
  return governorAt(source, x.at);
}

/**
 * The nearest of `before` (the units before a count, nearest first) that may govern it: a
 * genitive noun phrase right before the count ("cover the zone's 23 entry points", "installed at
 * the city council's 23 depots") is its determiner, part of the counted phrase (Huddleston &
 * Pullum 2002, The Cambridge Grammar of the English Language, ch. 5, the genitive as subject-
 * determiner), so the word before it governs; the genitive's premodifiers ("city" of "city
 * council's", written with nothing but a space or a hyphen between) are skipped with it. A name
 * as genitive ("Kestonbury's 640 staff") is a name before the count, read as such by the caller.
 */
function governingUnit(
  source: ClausedSource,
  before: readonly UnitOccurrence[],
): UnitOccurrence | undefined {
  const [nearest] = before;
  if (nearest === undefined || nearest.name || !isPossessive(source.text, nearest)) return nearest;
  let i = 1;
  while (
    i < before.length &&
    /^[\s-]*$/u.test(source.text.slice(before[i]!.end, before[i - 1]!.start))
  )
    i += 1;
  return before[i];
}

/**
 * {@link governorOf} a figure written at `at`; a range's later end ("rise from 12,300 seats to
 * 19,800", "rise to 19,800 seats from 12,300") is governed as its first end is (fact-range-units.ts
 * `rangeStartBefore`, `changeStartAfterEnd`).
 */
function governorAt(source: ClausedSource, at: number): Governor {
  const first = rangeStartBefore(source.text, at) ?? changeStartAfterEnd(source.text, at);
  if (first !== null) return governorAt(source, first);
  const start = qualifierStart(source.text, at);
  const nearest = governingUnit(source, unitsBefore(source, start));
  if (nearest === undefined || nearest.name) return { kind: 'none' };
  if (CLAUSE_OPENER.test(source.text.slice(nearest.end, start))) return { kind: 'none' };
  const read = nearest.keys[0] ?? '';
  const key = COUNTING_VERBS.has(read) ? COUNTING : read;
  // "has passed 12,000 signatures" tells where the count stands, no act of its own
  // (fact-passing.ts).
  return EVENTLESS_VERBS.has(key) ||
    WHOLE_PART_VERBS.has(key) ||
    passingVerbStart(source.text.slice(0, start)) !== null
    ? { kind: 'light', at: nearest.start }
    : { kind: 'verb', key, at: nearest.start };
}

/**
 * The subject of an act before offset `at`: the content terms before it in the sentence, less
 * those of a clause that describes a thing named (fact-clauses.ts `inDescribingClause`) and verbs with no
 * event of their own ("said", "has"). "The report, published on 7 October, sets out …" → "report";
 * "It makes …" → none.
 */
export function subjectOf(
  source: ClausedSource,
  at: number,
): { keys: Set<string>; names: Set<string> } {
  const text = source.text.replace(/(?<=\d),(?=\d)/g, ' ');
  const keys = new Set<string>();
  const names = new Set<string>();
  for (const unit of source.sequence) {
    if (unit.start >= at) break;
    if (inDescribingClause(text, unit.start)) continue;
    for (const key of unit.keys) if (!EVENTLESS_VERBS.has(key)) keys.add(key);
    if (unit.name) names.add(unit.keys.join(' '));
  }
  return { keys, names };
}

/**
 * Whether two subjects ({@link subjectOf}) can be one: either states none, or, where both name
 * one, a name of one is all words of the other ("In Harlow the review" / "In Dunmore the review"
 * are two; "Scientists at the Halden Marine Institute" / "The institute in Halden" name one
 * institute, the shorter telling its name in other words), else they share a term.
 */
function subjectsMeet(
  x: { keys: Set<string>; names: Set<string> },
  y: { keys: Set<string>; names: Set<string> },
): boolean {
  if (x.keys.size === 0 || y.keys.size === 0) return true;
  const toldBy = (names: Set<string>, other: Set<string>) =>
    [...names].some((name) => name.split(' ').every((key) => other.has(key)));
  if (x.names.size > 0 && y.names.size > 0)
    return toldBy(x.names, y.keys) || toldBy(y.names, x.keys);
  return [...x.keys].some((key) => y.keys.has(key));
}

/**
 * Whether two counts of one noun are counts of the same act, read before them: "same" when both
 * are the object of the same verb ("stole 340 gigabytes" / "stole 430GB"), or both of verbs with
 * no event of their own ("makes 23 recommendations" / "sets out 23 recommendations"), with
 * subjects that meet where both state one ("The council made …" / "The panel made …" are two
 * acts); "different" when they are the objects of different verbs ("stole 340 gigabytes" /
 * "published around 430GB": a theft and a publication, two measures), or the subjects do not
 * meet; "unknown" otherwise (what is said after the counts decides). `sameAct`: verbs (terms,
 * first of `a`) known to tell one act in other words (fact-acts.ts `actInOtherWords`).
 */
export function countActs(
  a: ClausedSource,
  x: PositionedNumber,
  b: ClausedSource,
  y: PositionedNumber,
  sameAct: (x: string, y: string) => boolean = () => false,
): 'same' | 'different' | 'unknown' {
  const gx = governorOf(a, x);
  const gy = governorOf(b, y);
  if (gx.kind === 'verb' && gy.kind === 'verb' && gx.key !== gy.key && !sameAct(gx.key, gy.key))
    return 'different';
  // A count that opens its clause may be the other side of the act ("The 3 councils paid" /
  // "cost the 3 councils"): what is said after it decides.
  if (gx.kind === 'none' || gy.kind === 'none' || gx.kind !== gy.kind) return 'unknown';
  const sx = subjectOf(a, gx.at);
  const sy = subjectOf(b, gy.at);
  // "A first survey has recorded 118 tiles" names the count, not who took it: as a subject not
  // stated, it may be the counter the other names ("The team has counted 118 tiles").
  const counting = gx.kind === 'verb' && gx.key === COUNTING;
  if (counting && (namesCount(sx.keys) || namesCount(sy.keys))) return 'same';
  return subjectsMeet(sx, sy) ? 'same' : 'different';
}
