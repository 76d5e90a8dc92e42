/**
 * A hard gate of abstention (abstain.ts): the passage weighed as the answer must share at least
 * one of the question's content words as the question writes them, not only words the engine
 * reached from them by expansion. A WordNet synonym ("know" for "got", "full" for "good"), a
 * derived form ("hurtful" for "hurt") or a spelling correction stands for the question's word
 * in one of its senses; for everyday words, which have many senses (Zipf's law of meaning:
 * the commoner a word, the more senses it has; Zipf 1945, "The meaning-frequency relationship
 * of words"), most such links name something else. Expansions raise recall in the ranking, but
 * a passage reached through them alone is no evidence that it is about the question: "got any
 * good tips?" met by "We will not know the full extent of the damage". The classifier reads
 * such matches at their match factor as part of the passage's coverage, so the reply is a
 * refusal whatever its probability.
 *
 * The question's own words are those a match factor of at least an alias's holds
 * (`SEARCH_OPTIONS.plan.matchFactor.alias`: the word as written, inflected, or a name's other
 * form), read in the passage's sentence, the sentence it leans on, or its article's metadata
 * (title, outlet, author, date). A light verb ("make", "get": text/light-verbs.ts) names no
 * topic, and does not count (abstain-features.ts `lightVerbConcepts`).
 */
import type { AbstentionInput } from './abstain-features.js';
import { lightVerbConcepts, neighbourhood } from './abstain-features.js';
import { SEARCH_OPTIONS } from './options.js';

/**
 * Whether the passages weighed as the answer (the first `SEARCH_OPTIONS.abstain.passagesWeighed`
 * candidates) hold one of the question's concepts in its own words: undefined when there is no
 * candidate or the question has no concept but light verbs; else true when one of them does in
 * its sentence, the sentence it leans on, or its article's metadata (all the concept's own
 * terms there), false otherwise. Costs one match per passage weighed.
 */
export function ownWordsHeld(input: AbstentionInput): boolean | undefined {
  const { plan, ranked, matcher, sentences } = input;
  const light = lightVerbConcepts(plan);
  const content = plan.concepts.flatMap((_, c) => (light.has(c) ? [] : [c]));
  if (ranked.length === 0 || content.length === 0) return undefined;
  const { derived } = SEARCH_OPTIONS.plan.matchFactor;
  const weighed = ranked.slice(0, Math.max(1, SEARCH_OPTIONS.abstain.passagesWeighed));
  return weighed.some(({ sentence, features }) => {
    // The words naming a source are the question's own, held in the passage's metadata; they
    // are not among its concepts (plan/query-plan.ts), so they are read here.
    if (features.sourceMatch > 0) return true;
    const context = input.contextOf(sentence);
    const read = [...neighbourhood(sentences, sentence), ...(context === null ? [] : [context])];
    const metadata = input.metadataTermsOf(sentences[sentence]?.article ?? -1);
    return content.some((c) => {
      for (const s of read) if ((matcher.sentence(s).matched[c] ?? 0) > derived) return true;
      const own = plan.concepts[c]?.alternatives[0]?.terms ?? [];
      return own.length > 0 && own.every((term) => metadata.has(term));
    });
  });
}
