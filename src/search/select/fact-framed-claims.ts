/**
 * Figures told by two speakers: "The company said 70 jobs would go at the factory" / "Union
 * officials said 95 jobs would go at the factory". Who said it frames the claim
 * (fact-attribution.ts `claimOf`); it is no part of the figure. When what two reports claim is one
 * quantity told with two figures, the sources differ on it, whoever each quotes: that two named
 * parties give two figures is exactly what "sources differ" tells a reader, and each quote shows
 * who gave which.
 *
 * This reading is only for a dispute (fact-relation.ts `disputeOfClaims`), and only for claims
 * framed by a verb of saying or "according to", on both sides. A party's own estimate ("the
 * campaign's own estimate put the cost at …", "The trust puts the cost at …": fact-holders.ts) is
 * a figure that party made, not a report of a quantity: two estimates are two figures, each true
 * as held, so no side may hold a possessed figure. A speaker named by a proper name ("Kelby
 * hospital said 19 patients had been treated") may speak of what it did or what happened at it,
 * which the claim does not say: a claim against another then must name what it is about with a
 * name the other's claim names too ("… at the Brindle factory"). A report not framed at all is
 * the outlet's own and is compared as a whole (fact-relation.ts): "The clinic has treated 28
 * patients" is not one quantity with a hospital's figure.
 * The articles must be published at most `SEARCH_OPTIONS.facts.measureMaxDaysApart` days apart
 * (fact-measures.ts `publishedClose`): a figure given weeks later may tell a later state ("55 jobs
 * would go" after a second round of cuts). The claims themselves are then compared by the usual
 * rules, as passages of their own. A claim that holds a pronoun ("Tam said he had caught 12 fish" /
 * "Jo said she had caught 9 fish") may speak of its speaker, who is then part of the fact: two
 * speakers are two holders of it, so such claims are not read so.
 */
import { publishedClose } from './fact-measures.js';
import { holdsPossessedFigure, type Holder } from './fact-holders.js';
import { usualNounFiles } from '../usual-noun-files.js';
import { matchesOf } from '../../text/matches-of.js';

/** What {@link claimsMayDispute} reads of a passage (fact-analysis.ts `AnalysedFact`). */
export interface FramedSource {
  text: string;
  /** The passage with its attribution frame blanked out; the text itself when it has none. */
  claim: string;
  holders: () => readonly Holder[];
}

/**
 * True when two passages, each framed by who said it, may be compared by their claims
 * alone for a dispute (see the file's comment). `published`: the two articles' publication dates
 * (`YYYY-MM-DD`; null when not stated).
 */
export function claimsMayDispute(
  a: FramedSource,
  b: FramedSource,
  published: readonly [string | null, string | null] | undefined,
): boolean {
  const fits = (source: FramedSource) =>
    source.claim !== source.text &&
    !holdsPossessedFigure(source.holders()) &&
    !PRONOUN.test(source.claim);
  if (!fits(a) || !fits(b) || !publishedClose(published)) return false;
  if (!speakerNamed(a) && !speakerNamed(b)) return true;
  const namesB = claimNames(b);
  return claimNames(a).some((name) => namesB.includes(name));
}

/** A capitalised word as written. */
const CAPITALISED = /\p{Lu}[\p{L}’'-]*/gu;

/**
 * Words that open a sentence capitalised without naming anyone: determiners, possessives,
 * prepositions and conjunctions that may open a frame ("According to …", "The council said").
 */
const OPENERS =
  /^(?:the|a|an|this|that|these|those|its|their|his|her|our|some|many|both|according|in|on|at|by|for|but|and|speaking)$/;

/**
 * True when a passage's frame names its speaker with a proper name: a capitalised word there,
 * other than the sentence's first word; the first word too when it is no WordNet noun and no
 * opener ("Kelby hospital said", not "Police said" or "The company said").
 */
function speakerNamed(source: FramedSource): boolean {
  for (const m of matchesOf(source.text, CAPITALISED)) {
    if (source.claim.slice(m.index, m.index + m[0].length) === m[0]) continue;
    const word = m[0].toLowerCase();
    if (m.index > 0 || (!OPENERS.test(word) && usualNounFiles(word).length === 0)) return true;
  }
  return false;
}

/** The names a passage's claim writes, lower case: capitalised words not opening the sentence. */
function claimNames(source: FramedSource): string[] {
  const names: string[] = [];
  for (const m of matchesOf(source.claim, CAPITALISED))
    if (source.text.slice(0, m.index).trim() !== '') names.push(m[0].toLowerCase());
  return names;
}

/** Personal and possessive pronouns, which may point back to a claim's speaker. */
const PRONOUN =
  /\b(?:he|him|his|she|her|hers|it|its|they|them|their|theirs|we|us|our|ours|me|my|mine)\b|\bI\b/i;
