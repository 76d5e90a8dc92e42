/**
 * Whether two reports tell one act. The act of a report is the first word wink-nlp tags as a verb
 * in what it reports, less verbs with no event of their own ("has", "makes", "said":
 * fact-predicates.ts `claimEventWords`); its subject is what stands before that word (fact-count-acts.ts `subjectOf`).
 * "The traders' association has applied for a judicial review of the decision to sell the hall"
 * and "A High Court judge has refused permission for a judicial review of the decision to sell
 * the hall" share what the acts are about (the review, the decision, the sale), not the acts: an
 * application by the traders and a ruling by a judge are two events.
 */
import { EVENTLESS_VERBS, type ClaimEvents } from './fact-predicates.js';
import { meets } from '../../text/verb-noun.js';
import { subjectOf } from './fact-count-acts.js';
import { inDescribingClause, type ClausedSource } from './fact-clauses.js';

/** What is read of a report here: its text, content units in order and content terms. */
export interface ActSource extends ClausedSource, Pick<ClaimEvents, 'events'> {
  /** Content terms (stems cut to `namePrefix` letters), as fact-relation.ts reads them. */
  terms: ReadonlyMap<string, number>;
}

/**
 * Whether two terms, one of each report, are WordNet synonyms (fact-relation.ts
 * `synonymousTerms`: the first term is the first report's, the second the other's).
 */
export type SynonymousTerms = (x: string, y: string) => boolean;

/**
 * True when two reports each tell an act and do not tell one act. Two reports state one fact
 * only when their main predicates meet: the act of one (its first event word outside a clause
 * describing a thing named, {@link firstAct}) is told by the other, as the same word, its noun or
 * another derived form ("refused" / "the refusal", "agreed" / "an agreement was reached": verb-noun.ts
 * `meets`) or a WordNet synonym (`synonymous`, from the index's table: "closed" / "shut"), outside
 * a clause of the other that only describes a thing it names ("reopened the pool, which is owned
 * by the council" does not say the council owns it as its news). Different acts on one subject are
 * two facts, however much else the reports share: "The Brookside pool is owned by Fenby Borough
 * Council" / "Council leader Ann Hale reopened the Brookside pool"; "The plant was shut by Harrow
 * Mills" / "Harrow Mills sold the plant". Synonyms WordNet does not list ("signed" / "concluded" an
 * agreement) are then missed claims, never false ones. When only one act is told by the other,
 * the subject of each act (its terms before it) must be in the other: "The Kelsford traders have
 * applied for a judicial review …" / "A High Court judge has refused permission for a judicial
 * review …" (no judge in the first) are two events even when the ruling names "the
 * application"; "Ferry services were suspended by the harbour board" / "The harbour board
 * confirmed the suspension of ferry services" may be one. False when either tells no act ("Four
 * arrests in Minsk"), or, one act told, states no subject of it ("It tackled …").
 */
export function actsApart(
  a: ActSource,
  b: ActSource,
  synonymous: SynonymousTerms = () => false,
): boolean {
  const actA = firstAct(a);
  const actB = firstAct(b);
  if (actA === null && actB !== null) return actApartFromState(b, actB.key, a);
  if (actB === null && actA !== null) return actApartFromState(a, actA.key, b);
  if (actA === null || actB === null) return false;
  const toldA = toldBy(
    b,
    (key) => meets(new Set([actA.key]), new Set([key])) || synonymous(actA.key, key),
  );
  const toldB = toldBy(
    a,
    (key) => meets(new Set([actB.key]), new Set([key])) || synonymous(key, actB.key),
  );
  if (toldA && toldB) return false;
  if (!toldA && !toldB) return true;
  // A subject not stated ("It tackled …") may be anyone the other names.
  const x = subjectOf(a, actA.at).keys;
  const y = subjectOf(b, actB.at).keys;
  if (x.size === 0 || y.size === 0) return false;
  const absent = (subject: ReadonlySet<string>, other: ActSource) =>
    ![...subject].some((key) => other.terms.has(key));
  return absent(x, b) || absent(y, a);
}

/**
 * True when a term of a report (`tells`: true of the term that tells the act) stands outside a
 * clause that only describes a thing it names ("…, which is owned by …").
 */
function toldBy(source: ActSource, tells: (key: string) => boolean): boolean {
  return source.sequence.some(
    (unit) => unit.keys.some(tells) && !inDescribingClause(source.text, unit.start),
  );
}

/**
 * The first event word of a report's claim (fact-predicates.ts `claimEventWords`, from the index
 * when it holds them, which keeps no order: the order is read from the report's units) outside a
 * clause that describes a thing named, and the offset of the content unit it stands in; null
 * when it tells none.
 */
function firstAct(source: ActSource): { key: string; at: number } | null {
  const events = source.events();
  if (events.size === 0) return null;
  for (const unit of source.sequence) {
    const key = unit.keys.find((k) => events.has(k));
    if (key === undefined) continue;
    // "The extension, completed in 2017, was 12 per cent over budget": what describes a thing
    // named is not what the report tells of it; nor is a verb made part of an adjective
    // ("its best-known project", "a long-awaited report"). A verb opening a clause of what was
    // found or said ("An audit found that the work ran over budget") frames the act, as "said"
    // does (fact-attribution.ts): the act is the clause's.
    const compound = source.text[unit.start - 1] === '-' || source.text[unit.end] === '-';
    const framing = /^\s+that\b/i.test(source.text.slice(unit.end));
    if (!compound && !framing && !inDescribingClause(source.text, unit.start))
      return { key, at: unit.start };
  }
  return null;
}

/**
 * A form of "be" and what follows it, up to the complement: what a report that tells no act
 * says its subject is ("Paracetamol is available at the Co-op", "The library was open").
 * A determiner or an adverb of time or degree may stand between ("is now available", "was
 * fully open").
 */
const COPULA = /\b(?:is|are|was|were|be|been)\s+(?:(?:a|an|the|now|still|fully|again)\s+)?$/i;

/**
 * True when one report tells an act (`act`, its key) and the other tells none but says what
 * its subject is (a copula and its complement, {@link COPULA}), and neither predicate is in the
 * other: "The Co-op on Kiln Street had run out of paracetamol" / "Paracetamol is available at
 * the Co-op on Kiln Street" share the shop, the street and the product, not what is said of
 * them, and say opposite things. A state that names the act ("The closure was in force" /
 * "The council closed the road"), or an act that names the state ("The council declared the
 * road open" / "The road was open"), may be one fact told two ways. False when the stating
 * report's complement is a value or a name's part it cannot read (no content word right after
 * the copula), or a verb with no event of its own ("was made").
 */
function actApartFromState(acting: ActSource, act: string, stating: ActSource): boolean {
  if (stating.events().size > 0) return false;
  const complement = stating.sequence.find((unit) =>
    COPULA.test(stating.text.slice(Math.max(0, unit.start - 40), unit.start)),
  );
  const state = complement?.keys[0];
  if (state === undefined || complement?.name === true || EVENTLESS_VERBS.has(state)) return false;
  return !meets(new Set([act]), new Set(stating.terms.keys())) && !acting.terms.has(state);
}
