/**
 * A place one report names that the other does not, where the other names something else:
 * "The stolen portrait was found in a garage in Kelby" / "… found in a Durnford garage", "…
 * found in Durnford's old quarter", "Police found it in Durnford" / "… found by Kelby police".
 * A place read after a preposition (fact-values.ts `places`, plan/place-in-text.ts
 * `placeNamesIn`) is set against the other report's places and its names where a place may stand
 * without a preposition (before a noun, with a possessive: "a Durnford garage", "Durnford's"),
 * which are read as no place: two reports that each name somewhere the other does not are not
 * known to tell one event alike, so they are never the same fact. Nor is a disagreement claimed
 * on them: a name before a noun may be a body's ("Kelby police"), not where it happened. Who said
 * it ("Inspector Osei said") is set aside (fact-attribution.ts): a speaker is no place.
 */
import { SEARCH_OPTIONS } from '../options.js';
import { placeNamesIn } from '../plan/place-in-text.js';
import { withoutClosingMark } from '../../text/possessive.js';
import { termsOf } from '../../text/terms.js';
import type { FactValues } from './fact-values.js';
import { matchesOf } from '../../text/matches-of.js';

/** What a passage needs to be read here. */
export interface PlacedSource {
  text: string;
  /** What it reports, its attribution framing blanked to spaces (same offsets as `text`). */
  claim: string;
  values: FactValues;
  /** Content terms as compared (fact-analysis.ts `AnalysedFact.terms`). */
  terms: ReadonlyMap<string, number>;
}

const cut = (term: string) => term.slice(0, SEARCH_OPTIONS.facts.namePrefix);

/** The places a passage's claim names, each as its terms (cut as fact terms are). */
function placesOf(source: PlacedSource): string[][] {
  const names = new Set([...source.values.places, ...placeNamesIn(source.text)]);
  return [...names]
    .filter((name) => source.claim.includes(name))
    .map((name) => termsOf(name).map(cut))
    .filter((terms) => terms.length > 0);
}

/**
 * A name where a place may stand without a preposition of place before it: before a noun after a
 * determiner or "by" ("a Durnford garage", "the Kelby police", "by Kelby police"), or with a
 * possessive ("Durnford's old quarter", "Wales' largest port": text/possessive.ts). "After Storm
 * Fenna" or "Ana Ruiz said" stand elsewhere. A quotation's closing mark is no part of the name.
 */
const PLACE_LIKE_NAME =
  /\b(?:a|an|the|its|their|his|her|our|by)\s+((?:[A-Z][\p{L}’'-]*\s+)*[A-Z][\p{L}’'-]*)(?=\s+[a-z])|((?:[A-Z][\p{L}’'-]*\s+)*[A-Z][\p{L}-]*)(?:['’]s\b|(?<=s)['’](?![\p{L}\p{N}]))/gu;

/**
 * The names in a passage's claim that may be where it happened (its places, and names where a
 * place may stand: {@link PLACE_LIKE_NAME}) and that the other passage's terms lack, each as
 * its terms.
 */
function placeLikeNamesOnlyIn(source: PlacedSource, other: PlacedSource): string[][] {
  const names = [...matchesOf(source.claim, PLACE_LIKE_NAME)].map((m) =>
    withoutClosingMark((m[1] ?? m[2]) as string),
  );
  return [...placesOf(source), ...names.map((name) => termsOf(name).map(cut))].filter(
    (keys) => keys.length > 0 && !keys.some((key) => other.terms.has(key)),
  );
}

/**
 * True when one passage names a place the other does not name at all, and the other names, where
 * a place may stand in what it reports, something the first does not: either may be where it
 * happened, and the two may be two places.
 */
export function placesApart(a: PlacedSource, b: PlacedSource): boolean {
  const oneWay = (x: PlacedSource, y: PlacedSource) =>
    placesOf(x).some((place) => !place.some((key) => y.terms.has(key))) &&
    placeLikeNamesOnlyIn(y, x).length > 0;
  return oneWay(a, b) || oneWay(b, a);
}
