/**
 * Passages of the referent a question asks about before passages of another of its kind
 * (other-referent.ts: "Another agreement was signed in Sochi" for "where was the agreement
 * signed"). Only the order among comparable passages changes: one telling of another thing
 * gives its place to the next passage below it, within the first few, that does not, holds the
 * asked answer type at least as well, and covers at least the share of the question a passage
 * must cover to be related to another (options.ts `relatedCoverageShare`, as latest-first.ts).
 * A passage of another thing that nothing comparable follows keeps its place: it may be all
 * the coverage has.
 */
import { SEARCH_OPTIONS } from './options.js';

/** What {@link givenFirst} reads of a ranked passage. */
export interface ReferentPassage {
  /** True when it tells of another thing than the question asks about (other-referent.ts). */
  other: boolean;
  /** How well it holds the asked answer type (features.ts `typeMatch`, 0–1). */
  typeMatch: number;
  /** Its coverage of the question (0–1). */
  coverage: number;
}

/**
 * `ranked` (best first) with each of its first `pool` entries that tells of another thing moved
 * below the best comparable entry after it among those `pool` (see the module comment); the
 * rest of the order is kept. `read` is called only on the first `pool` entries.
 *
 * @example
 * // other (coverage 1, typeMatch 1), unrelated (coverage 0.2), given (coverage 0.9, typeMatch 1)
 * // → given, other, unrelated
 */
export function givenFirst<T>(
  ranked: readonly T[],
  read: (entry: T) => ReferentPassage,
  pool: number = SEARCH_OPTIONS.select.givenFirstPool,
): T[] {
  const out = [...ranked];
  const size = Math.min(pool, out.length);
  const facts = out.slice(0, size).map(read);
  if (!facts.some((fact) => fact.other)) return out;
  const share = SEARCH_OPTIONS.select.relatedCoverageShare;
  for (let i = 0; i < size; i++) {
    const fact = facts[i]!;
    if (!fact.other) continue;
    const j = facts.findIndex(
      (later, k) =>
        k > i &&
        !later.other &&
        later.typeMatch >= fact.typeMatch &&
        later.coverage >= fact.coverage * share,
    );
    if (j < 0) continue;
    out.splice(i, 0, ...out.splice(j, 1));
    facts.splice(i, 0, ...facts.splice(j, 1));
  }
  return out;
}
