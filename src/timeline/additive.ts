/**
 * An additive adjunct: "also", "too", "as well" mark what their clause tells as a further
 * instance beside another of the same kind ("Pellford was also bombed in 1941": Pellford as
 * well as somewhere else; Quirk et al. 1985, §8.116 on additive subjuncts). The clause's
 * event is then not the one it adds to, which holds another participant: it is one with another
 * report's only when that report names its participant too (action.ts).
 */

/**
 * "also" anywhere; "too" closing its clause or set off by commas ("was paid, too,"), not the
 * degree adverb before an adjective ("too late"); "as well" not opening "as well as", a
 * coordinator.
 */
const ADDITIVE = /\balso\b|\btoo\b(?=\s*(?:[,.;:!?)—–]|$))|\bas\s+well\b(?!\s+as\b)/iu;

/** True when `clause` (a date's clause, the rest blanked) holds an additive adjunct. */
export function hasAdditiveAdjunct(clause: string): boolean {
  return ADDITIVE.test(clause);
}
