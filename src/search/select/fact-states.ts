/**
 * Whether two reports that tell no act state one state. A report with no act says what its
 * subject is (a copula and its complement: "The ferry timetable is a matter for the operator",
 * "The consultation is open"); two such reports state one fact only when what one says its
 * subject is, the other says too, as the same word or a WordNet synonym. Names and nouns shared
 * around two different complements ("is a matter for Norbay Ferries" / "is open on the Norbay
 * Ferries website") say what both are about, not one thing said of it: the same proposition
 * needs the same predicate (textual entailment, Dagan, Glickman & Magnini 2006; paraphrase
 * identification, Dolan & Brockett 2005).
 */
import { EVENTLESS_VERBS } from './fact-predicates.js';
import { inDescribingClause } from './fact-clauses.js';
import type { UnitOccurrence } from './fact-participants.js';
import { matchesOf } from '../../text/matches-of.js';

/**
 * A form of "be" and the word after it, its complement: what a report that tells no act says its
 * subject is ("Paracetamol is available at the Co-op", "The library was open", "The chemist was
 * out of ibuprofen"). A determiner or an adverb of time or degree may stand between ("is now
 * available", "was fully open"). Global: read with `matchAll`, never `test`.
 *
 * A partitive "one of the …" and a superlative's "most" or "least" stand between too: "is one of
 * the longest cave systems" says its subject is longest, "is one of the most flood-prone caves"
 * that it is flood-prone. "One" there is a fused determiner-head whose "of" phrase names the set
 * (Huddleston & Pullum 2002, ch. 5, on fused-head partitives), so what the subject complement
 * ascribes (Quirk et al. 1985 §10.16–10.17) is in that set's modifier, and read as "one" every
 * such complement would be the same word.
 */
export const COPULA =
  /\b(?:is|are|was|were|be|been)\s+(?:one\s+of\s+(?=the\s))?(?:(?:a|an|the|now|still|fully|again)\s+)?(?:(?:most|least)\s+)?([\p{L}’'-]+)/giu;

/** What is read of a report here (fact-analysis.ts `AnalysedFact` holds it). */
export interface StateSource {
  text: string;
  /** Content terms (stems cut to `namePrefix` letters), as fact-relation.ts reads them. */
  terms: ReadonlyMap<string, number>;
  /** Content units in order, as fact-relation.ts reads them. */
  sequence: readonly UnitOccurrence[];
}

/**
 * True when two reports, neither telling an act, each state what their subject is (the first
 * {@link COPULA} outside a clause describing a thing named) and neither's complement is a term of
 * the other, nor are the two complements WordNet synonyms (`synonymous(x, y)`: x a term of `a`,
 * y of `b`). A synonym is read only between the complements: a synonym of one complement
 * elsewhere in the other report ("is open" beside "send a clear message": open ~ clear) stands in
 * another role there, and says nothing of what the subject is. False when either states no
 * complement that can be compared: a value ("was 12 per cent"), a name, a verb with no event of
 * its own or a function word says nothing to set against.
 */
export function statesApart(
  a: StateSource,
  b: StateSource,
  synonymous: (x: string, y: string) => boolean,
): boolean {
  const x = complementOf(a);
  const y = complementOf(b);
  if (x === null || y === null) return false;
  return x !== y && !synonymous(x, y) && !b.terms.has(x) && !a.terms.has(y);
}

/** The term of a report's complement ({@link COPULA}); null when it has none to compare. */
function complementOf(source: StateSource): string | null {
  for (const match of matchesOf(source.text, COPULA)) {
    const word = match[1] ?? '';
    const at = (match.index ?? 0) + match[0].length - word.length;
    if (inDescribingClause(source.text, at)) continue;
    const unit = source.sequence.find((u) => u.start === at);
    const key = unit?.keys[0];
    if (unit === undefined || key === undefined || unit.name || EVENTLESS_VERBS.has(key))
      return null;
    return key;
  }
  return null;
}
