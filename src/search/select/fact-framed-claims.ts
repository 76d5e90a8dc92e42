/**
 * Figures told by two speakers: "The company said 70 jobs would go at the factory" / "Union
 * officials said 95 jobs would go at the factory". Who said it frames the claim
 * (fact-attribution.ts `claimOf`); it is no part of the figure. When what two reports claim is one
 * quantity told with two figures, the sources differ on it, whoever each quotes: that two named
 * parties give two figures is exactly what "sources differ" tells a reader, and each quote shows
 * who gave which.
 *
 * This reading is only for a dispute (fact-relation.ts `disputeOfClaims`), and only for claims
 * framed by a verb of saying or "according to". A party's own estimate ("the campaign's own
 * estimate put the cost at …", "The trust puts the cost at …": fact-holders.ts) is a figure that
 * party made, not a report of a quantity: two estimates are two figures, each true as held. So a
 * side that is not framed must hold no holder at all, and no side may hold a possessed figure.
 * The articles must be published at most `SEARCH_OPTIONS.facts.measureMaxDaysApart` days apart
 * (fact-measures.ts `publishedClose`): a figure given weeks later may tell a later state ("55 jobs
 * would go" after a second round of cuts). The claims themselves are then compared by the usual
 * rules, as passages of their own. A claim that holds a pronoun ("Tam said he had caught 12 fish" /
 * "Jo said she had caught 9 fish") may speak of its speaker, who is then part of the fact: two
 * speakers are two holders of it, so such claims are not read so.
 */
import { publishedClose } from './fact-measures.js';
import { holdsPossessedFigure, type Holder } from './fact-holders.js';

/** What {@link claimsMayDispute} reads of a passage (fact-relation.ts `AnalysedFact`). */
export interface FramedSource {
  text: string;
  /** The passage with its attribution frame blanked out; the text itself when it has none. */
  claim: string;
  holders: () => readonly Holder[];
}

/**
 * True when two passages, at least one framed by who said it, may be compared by their claims
 * alone for a dispute (see the file's comment). `published`: the two articles' publication dates
 * (`YYYY-MM-DD`; null when not stated).
 */
export function claimsMayDispute(
  a: FramedSource,
  b: FramedSource,
  published: readonly [string | null, string | null] | undefined,
): boolean {
  const framedA = a.claim !== a.text;
  const framedB = b.claim !== b.text;
  if (!framedA && !framedB) return false;
  const fits = (source: FramedSource, framed: boolean) => {
    const holders = source.holders();
    return framed
      ? !holdsPossessedFigure(holders) && !PRONOUN.test(source.claim)
      : holders.length === 0;
  };
  return fits(a, framedA) && fits(b, framedB) && publishedClose(published);
}

/** Personal and possessive pronouns, which may point back to a claim's speaker. */
const PRONOUN =
  /\b(?:he|him|his|she|her|hers|it|its|they|them|their|theirs|we|us|our|ours|me|my|mine)\b|\bI\b/i;
