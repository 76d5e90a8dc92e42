/**
 * How much of their wording two analysed passages share: the share of the smaller one's units
 * the other meets, and the Jaccard index of two term sets, with a term of one told in other
 * words by the other (the act told with a synonym or as its noun, fact-acts.ts
 * `actInOtherWords`; any WordNet synonym: Miller 1995, "WordNet: a lexical database for
 * English"; Fellbaum 1998) counted as a term both share.
 */
import type { AnalysedFact } from './fact-analysis.js';

/**
 * Share of the smaller passage's units (termUnits) that the other passage's terms meet: a name
 * counts once, met when the other holds any of its words. 0 when either has none. `told`: terms
 * of `b` told in other words, each with the term of `a` it stands for ({@link toldInOtherWords}),
 * each pair met by the other.
 */
export function unitOverlap(
  a: AnalysedFact,
  b: AnalysedFact,
  told: ReadonlyMap<string, string> = NONE_TOLD,
): number {
  const aSmaller = a.units.length <= b.units.length;
  const [small, other] = aSmaller ? [a, b] : [b, a];
  if (small.units.length === 0 || other.units.length === 0) return 0;
  const ofA = new Set(told.values());
  const meets = (term: string) =>
    other.terms.has(term) || (aSmaller ? ofA.has(term) : told.has(term));
  const met = small.units.filter((unit) => unit.some(meets)).length;
  return met / small.units.length;
}

/** No term told in other words. */
const NONE_TOLD: ReadonlyMap<string, string> = new Map();

/**
 * `terms` (of the second report) with each term told in other words (`told`: term of the second
 * → term of the first, {@link toldInOtherWords}) read as the first's, so it counts as a word both
 * share.
 */
export function toldAsShared(
  terms: Iterable<string>,
  told: ReadonlyMap<string, string>,
): ReadonlySet<string> {
  if (told.size === 0) return terms instanceof Set ? terms : new Set(terms);
  return new Set([...terms].map((term) => told.get(term) ?? term));
}

/**
 * The terms of `b` that tell a term of `a` in other words, each with that term of `a`: the act
 * told in other words (`act`, fact-acts.ts `actInOtherWords`), and any other term of `b` not in
 * `a` that is a WordNet synonym (`synonymous`: the index's table, a term of `a` first) of a term
 * of `a` not in `b`, one for one, first come first paired. WordNet's synsets group words of one
 * sense (Miller 1995, "WordNet: a lexical database for English"; Fellbaum 1998): "injured" /
 * "hurt", "fell" / "collapsed" are one word said twice, as the act told with a synonym is. Only
 * what is counted as shared changes; every check of stance, act, place, day and slot still reads
 * the words as written.
 */
export function toldInOtherWords(
  a: AnalysedFact,
  b: AnalysedFact,
  act: readonly [string, string] | null,
  synonymous: (x: string, y: string) => boolean,
): ReadonlyMap<string, string> {
  const told = new Map<string, string>();
  const paired = new Set<string>();
  if (act !== null) {
    told.set(act[1], act[0]);
    paired.add(act[0]);
  }
  for (const y of b.terms.keys()) {
    if (a.terms.has(y) || told.has(y)) continue;
    for (const x of a.terms.keys())
      if (!b.terms.has(x) && !paired.has(x) && synonymous(x, y)) {
        told.set(y, x);
        paired.add(x);
        break;
      }
  }
  return told;
}

/** `terms` less `aside` (itself when there is nothing to set aside). */
export function without(terms: Set<string>, aside: ReadonlySet<string>): Set<string> {
  if (aside.size === 0) return terms;
  return new Set([...terms].filter((term) => !aside.has(term)));
}

/** Shared terms over all terms of either (the Jaccard index), 0–1. */
export function jaccardIndex<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}
