/**
 * What makes a passage "close" to a question it does not answer: it holds one of the question's
 * own words, or a reading of one the question stated itself (an alias from the corpus's alias
 * groups, a name read from its initials). A synonym, a derived form or a guessed spelling alone
 * is a link the search drew, not something the question and the passage share: shown as the
 * closest, "Protesters will march" for "Where will the crowd move?" reads as the coverage's
 * nearest word on it when it holds none of the question's words. The rule, kept here alone,
 * bounds every passage shown as closest (the search's and the engine's fallbacks).
 */
import type { ScoredConcept } from '../match.js';
import { SEARCH_OPTIONS } from '../options.js';
import type { MatchKind, QueryPlan } from '../plan/query-plan.js';

/**
 * True when a plan alternative of this kind is one of the question's own words or an accepted
 * reading of one: its match factor is at least an alias's (options.ts: exact 1, alias 0.95;
 * irregular inflections are planned as aliases). The one threshold of this file's rule.
 */
export function isOwnKind(kind: MatchKind): boolean {
  return isOwnFactor(SEARCH_OPTIONS.plan.matchFactor[kind]);
}

function isOwnFactor(factor: number): boolean {
  return factor >= SEARCH_OPTIONS.plan.matchFactor.alias;
}

/**
 * The term ids of the question's own words and their alias and initials readings: each prepared
 * concept's alternatives of at least an alias's match factor (options.ts: exact 1, alias 0.95;
 * synonyms, derived forms, abbreviations and fuzzy matches count less). `concepts` are the
 * prepared `plan.concepts`, in the same order (match.ts). A concept whose own words are all in
 * `ignored` (a date's words, which are not what it is about) gives none, nor does a time counted
 * from now (plan/counted-from-now.ts: "tomorrow" is no topic).
 */
export function ownWordIds(
  plan: QueryPlan,
  concepts: readonly ScoredConcept[],
  ignored: ReadonlySet<string> = new Set(),
): Set<number> {
  const own = new Set<number>();
  concepts.forEach((concept, i) => {
    const said = plan.concepts[i]?.alternatives[0]?.terms ?? [];
    // A time counted from now ("tomorrow") shares a day's name, not a topic.
    if (plan.concepts[i]?.fromNow === true || said.every((term) => ignored.has(term))) return;
    for (const alternative of concept.alternatives)
      if (isOwnFactor(alternative.factor)) for (const id of alternative.ids) own.add(id);
  });
  return own;
}

/** True when a passage whose matched term ids are `matched` holds one of `own` ({@link ownWordIds}). */
export function holdsOwnWord(matched: Iterable<number>, own: ReadonlySet<number>): boolean {
  for (const id of matched) if (own.has(id)) return true;
  return false;
}
