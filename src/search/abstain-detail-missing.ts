/**
 * An abstention feature (abstain-features.ts `detailMissing`): how much of what a question asks
 * about, beyond whom and where it names, a passage lacks. The words naming who or where (proper
 * names) and the words of the story itself (its topic, held by most of the question's
 * candidates) are shared by every passage about the story, answer or not: "did anyone get
 * arrested over the pump station failure" shares "pump station failure" with every passage of
 * an article on the failure, "what sentence did Dorn get" shares "Dorn" with his charge. Only
 * the rest ("arrested", "sentence") shows that a passage answers: found in it or its context
 * (in any form the engine links: an inflection, a WordNet synonym or derived form), or not.
 *
 * The topic is told by the candidates rather than by the articles, so a corpus of one article
 * has one too: a word that at least half of the leading candidates hold (in any linked form)
 * is what the coverage is about around the question, not what it asks (Luhn, "The automatic
 * creation of literature abstracts", 1958: the words frequent in a text are its topic); so is
 * a word of the best passage's article's metadata (its title names its story).
 */
import type { AbstentionInput } from './abstain-features.js';
import { SEARCH_OPTIONS } from './options.js';

/**
 * The indices of the question's concepts (its plan's order) that say what it asks about
 * beyond its names and its topic: not written as a name by the question (capitalised) nor by
 * the coverage (a word it uses but never writes in lower case: "dorn" for "Dorn"), not all in
 * the metadata of the best candidate's article, and, when the question has at least
 * `minDetailCandidates` candidates, held by fewer than half of the first `detailCandidates`
 * (each sentence alone; `SEARCH_OPTIONS.abstain`): half of one or two sentences tells nothing
 * of what the coverage is about. A word the coverage never uses is a detail (no passage holds
 * it). Empty when there is no candidate.
 */
export function detailConcepts(input: AbstentionInput): number[] {
  const { plan, matcher, ranked, sentences } = input;
  const best = ranked[0];
  if (best === undefined) return [];
  const { detailCandidates, minDetailCandidates } = SEARCH_OPTIONS.abstain;
  const leading = ranked.length >= minDetailCandidates ? ranked.slice(0, detailCandidates) : [];
  const metadata = input.metadataTermsOf(sentences[best.sentence]?.article ?? -1);
  const details: number[] = [];
  plan.concepts.forEach((concept, c) => {
    if (concept.name) return;
    const own = concept.alternatives[0]?.terms ?? [];
    if (own.some((term) => input.hasTerm(term) && !input.writtenInLowerCase(term))) return;
    if (own.length > 0 && own.every((term) => metadata.has(term))) return;
    let holding = 0;
    for (const { sentence } of leading)
      if ((matcher.sentence(sentence).matched[c] ?? 0) > 0) holding += 1;
    if (leading.length > 0 && holding * 2 >= leading.length) return;
    details.push(c);
  });
  return details;
}

/**
 * The rarity-weighted share (0–1) of the question's detail concepts ({@link detailConcepts})
 * that a passage lacks, given per concept how well the passage with its context holds it
 * (`found`, 0–1: abstain-features.ts `conceptsFound`, a synonym's match factor below an own
 * word's); 0 when the question has no detail concept (nothing beyond names and topic to miss).
 */
export function detailMissing(
  input: AbstentionInput,
  details: readonly number[],
  found: readonly number[],
): number {
  let weight = 0;
  let lacking = 0;
  for (const c of details) {
    const w = input.concepts[c]?.weight ?? 0;
    weight += w;
    lacking += w * (1 - (found[c] ?? 0));
  }
  return weight > 0 ? lacking / weight : 0;
}
