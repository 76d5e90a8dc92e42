/**
 * When the holders of two statements (fact-holders.ts) are not shown to be one: a passage naming
 * its holders only by a pronoun or a bare title, or framing what it reports as someone's saying
 * without a holder fact-holders.ts reads. Such statements are one fact only as copies, nearly the
 * same words (a Jaccard index of their content terms): one story run again (a wire report, a
 * press release) says "she said" of one person.
 */
import { SEARCH_OPTIONS } from '../options.js';
import type { Holder } from './fact-holders.js';
import type { AnalysedFact } from './fact-analysis.js';
import { jaccardIndex } from './fact-shared-terms.js';

/** True when a passage names holders, none of them by name (a pronoun, a bare title). */
export const unnamed = (holders: readonly Holder[]): boolean =>
  holders.length > 0 && holders.every((h) => h.keys.size === 0);

/**
 * True when a passage frames what it reports as someone's saying (its claim holds fewer terms
 * than it: fact-attribution.ts) but names no holder fact-holders.ts reads ("In Dunmere, traders
 * said …"): a speaker, not shown to be any other.
 */
export const framedUnread = (fact: AnalysedFact, holders: readonly Holder[]): boolean =>
  holders.length === 0 && fact.claimTerms.size < fact.terms.size;

/**
 * True when two passages are copies, as far as their content terms go: nearly the same words
 * (`nearlySameJaccard` of their content terms, each with at least `nearlySameMinTerms`). One
 * story run again (a wire report, a press release) says "she said" of one person.
 */
export function nearCopies(a: AnalysedFact, b: AnalysedFact): boolean {
  const o = SEARCH_OPTIONS.facts;
  const x = new Set(a.terms.keys());
  const y = new Set(b.terms.keys());
  return (
    Math.min(x.size, y.size) >= o.nearlySameMinTerms && jaccardIndex(x, y) >= o.nearlySameJaccard
  );
}
