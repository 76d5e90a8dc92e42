/**
 * Holders of the asked role first. "Who is the leader of the council?" and "which judge refused
 * the challenge?" ask for a person, and are answered by a name: a passage naming the role's
 * holder ("Council leader Graham Stott said …", "Mrs Justice Harland refused …") answers them,
 * one naming no one ("The council will defend its refusal", "A High Court judge has refused")
 * does not, however many of the question's other words it holds. Expected answer types rule
 * out passages holding no entity of the asked type (Moldovan et al. 2000, "The structure and
 * performance of an open-domain question answering system", ACL; Li & Roth 2002 on answer
 * types). Only the order among the first few passages changes: a passage naming a holder of
 * the asked role, and holding some other word of the question besides the role (the body, the
 * act: not any holder of any such role), moves ahead of the passages above it that name no
 * person. Every other order is kept.
 */
import { SEARCH_OPTIONS } from './options.js';

/** What {@link holdersFirst} reads of a ranked passage. */
export interface HolderPassage {
  /**
   * True when it names someone as holder of the asked role (answer-type.ts `namesHolderOf`)
   * and holds another of the question's concepts.
   */
  holder: boolean;
  /** How well it holds the asked answer type (features.ts `typeMatch`, 0–1): 1 names a person. */
  typeMatch: number;
}

/**
 * `ranked` (best first) with each holder among its first `pool` entries moved ahead of the
 * entries right above it that name no person (typeMatch below 1); a passage naming a person
 * stops the move, as nothing says it answers less well. The rest of the order is kept. `read`
 * is called only on the first `pool` entries.
 *
 * @example
 * // no person (typeMatch 0.5), no person (0), holder (1), other person (1)
 * // → holder, no person, no person, other person
 */
export function holdersFirst<T>(
  ranked: readonly T[],
  read: (entry: T) => HolderPassage,
  pool: number = SEARCH_OPTIONS.select.holdersFirstPool,
): T[] {
  const out = [...ranked];
  const size = Math.min(pool, out.length);
  const facts = out.slice(0, size).map(read);
  for (let j = 1; j < size; j++) {
    if (!facts[j]!.holder) continue;
    let i = j;
    while (i > 0 && facts[i - 1]!.typeMatch < 1) i--;
    if (i === j) continue;
    out.splice(i, 0, ...out.splice(j, 1));
    facts.splice(i, 0, ...facts.splice(j, 1));
  }
  return out;
}
