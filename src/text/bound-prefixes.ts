/**
 * Prefixes of English verbs that are bound morphemes, never a word alone, and are written with a
 * hyphen before some stems ("re-imposed", "pre-booked", "co-signed", "de-iced", "un-blocked",
 * "mis-sold"): Quirk et al., A Comprehensive Grammar of the English Language (1985), appendix
 * I.21–I.30 (prefixes), I.10 on the hyphen after a prefix. A word so written is the stem's verb
 * with the prefix's sense, a derivation, not a compound of two words ("family-founded").
 */
export const BOUND_PREFIXES: ReadonlySet<string> = new Set([
  're',
  'pre',
  'co',
  'de',
  'un',
  'dis',
  'mis',
  'non',
]);

/** True when `before` (text ending right before a word) ends in a bound prefix and its hyphen ("… re-"). */
export function endsInBoundPrefix(before: string): boolean {
  const prefix = /(?:^|[^\p{L}\p{N}])(\p{L}+)-$/u.exec(before)?.[1]?.toLowerCase();
  return prefix !== undefined && BOUND_PREFIXES.has(prefix);
}
