/**
 * The latest report first, for a question about the present state (plan/present-state.ts:
 * "how many are now in hospital?"). News reports a changing figure again as it changes; among
 * passages that state the slot asked for of the same subject, the one from the most recently
 * published article tells the state now, and an earlier one only what it was (temporal query
 * intent: Li & Croft 2003; Campos et al. 2014). Which article is later is read from the dates
 * the articles state: a date not stated, or stated too coarsely to tell ("2021" against
 * "2021-03-04"), never wins by a guess.
 */
import { SEARCH_OPTIONS } from './options.js';

/** What {@link latestFirst} reads of a passage. */
export interface DatedPassage {
  /** How well the passage holds the asked answer type (features.ts `typeMatch`, 0–1). */
  typeMatch: number;
  /** Its coverage of the question (0–1). */
  coverage: number;
  /** Its article's publication date as stated (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`), or null. */
  published: string | null;
}

/**
 * True when date `a` is later than date `b`, both as articles state them (`YYYY-MM-DD`,
 * `YYYY-MM`, `YYYY`): compared at the coarser of the two precisions, so "2021-04" is later than
 * "2021-03-30" but "2021" is not later than "2021-03-30" nor the reverse. False when either is
 * null.
 */
export function statedLater(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const length = Math.min(a.length, b.length);
  return a.slice(0, length) > b.slice(0, length);
}

/**
 * `passages` (best first) with each one moved ahead of the passages right before it that it is
 * a later report of the same slot than: both hold the asked answer type fully (typeMatch 1:
 * the slot is stated), it covers at least `relatedCoverageShare` of what the one before covers
 * (the share a passage must cover to be related to another as "also reported by" or "sources
 * differ": about the same subject), and its article's stated date is later
 * ({@link statedLater}). Every other order is kept; a passage that is not such an earlier
 * report stops the move.
 *
 * @param passages ranked passages
 * @param read what each passage says of its slot, coverage and date
 * @example
 * // typeMatch 1, coverage 1, published 2025-03-01, then the same of 2025-03-04 → the later first
 */
export function latestFirst<T>(passages: readonly T[], read: (passage: T) => DatedPassage): T[] {
  const out = [...passages];
  const facts = out.map(read);
  const share = SEARCH_OPTIONS.select.relatedCoverageShare;
  for (let i = 1; i < out.length; i++) {
    if (facts[i]!.typeMatch < 1) continue;
    for (let j = i; j > 0; j--) {
      const before = facts[j - 1]!;
      const passage = facts[j]!;
      if (before.typeMatch < 1 || passage.coverage < before.coverage * share) break;
      if (!statedLater(passage.published, before.published)) break;
      [out[j - 1], out[j]] = [out[j]!, out[j - 1]!];
      [facts[j - 1], facts[j]] = [passage, before];
    }
  }
  return out;
}
