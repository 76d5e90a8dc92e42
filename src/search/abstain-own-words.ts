/**
 * A hard gate of abstention (abstain.ts): the passage weighed as the answer must share at least one
 * of the question's content words in the question's own words or a form derived from them, not only
 * words the engine reached by a WordNet synonym of an everyday word (the index's common words). A
 * synonym ("know" for "got", "full" for "good") stands for the question's word in one of its
 * senses; everyday words have many senses (the commoner a word, the more senses it has: Zipf 1945,
 * "The meaning-frequency relationship of words"), and most such links name something else, while a
 * rarer word's synonym names the same thing ("mother" for "mum"). Synonyms raise recall in the
 * ranking, but a passage reached through them alone is no evidence that it is about the question:
 * "got any good tips?" met by "We will not know the full extent of the damage". The classifier
 * reads such matches at their match factor as part of the passage's coverage, so the reply is a
 * refusal whatever its probability. A derived form keeps the word's root, and may answer:
 * "impossible" answers "was it possible?".
 *
 * Held is what abstain-features.ts `holdsOwnConcept` holds (a match factor of at least a derived
 * form's: the word as written, inflected, a name's other form, a correction, an initialism, a
 * derived form) or, for a word outside everyday English, any synonym, read in the passage's
 * sentence, its neighbours, the sentence it leans on, or its article's metadata (title, outlet,
 * author, date: all the concept's own terms there); a passage from the source the question names
 * holds the naming words, which are not among its concepts. A light verb ("make", "get":
 * text/light-verbs.ts) names no topic, and does not count (abstain-features.ts
 * `lightVerbConcepts`).
 */
import type { AbstentionInput } from './abstain-features.js';
import { holdsOwnConcept, lightVerbConcepts, neighbourhood } from './abstain-features.js';
import { SEARCH_OPTIONS } from './options.js';

/**
 * Whether the passages weighed as the answer (the first `SEARCH_OPTIONS.abstain.passagesWeighed`
 * candidates) hold one of the question's content concepts in its own words or a derived form
 * (any synonym of a word outside everyday English):
 * undefined when there is no candidate or the question has no concept but light verbs; else
 * true when one of them does in its sentence, its neighbours, the sentence it leans on or its
 * article's metadata, or is from the source the question names; false otherwise. Costs one
 * match per sentence read (the matcher keeps them).
 */
export function ownWordsHeld(input: AbstentionInput): boolean | undefined {
  const { plan, ranked, sentences } = input;
  const light = lightVerbConcepts(plan);
  const content = plan.concepts.flatMap((_, c) => (light.has(c) ? [] : [c]));
  if (ranked.length === 0 || content.length === 0) return undefined;
  const rare = content.filter((c) => plan.concepts[c]?.common === false);
  const weighed = ranked.slice(0, Math.max(1, SEARCH_OPTIONS.abstain.passagesWeighed));
  return weighed.some(({ sentence, features }) => {
    // The words naming a source are the question's own, held in the passage's metadata; they
    // are not among its concepts (plan/query-plan.ts), so they are read here.
    if (features.sourceMatch > 0) return true;
    const context = input.contextOf(sentence);
    const read = [...neighbourhood(sentences, sentence), ...(context === null ? [] : [context])];
    const metadata = input.metadataTermsOf(sentences[sentence]?.article ?? -1);
    if (read.some((s) => holdsOwnConcept(input, s, content))) return true;
    // A word outside everyday English has few senses: its synonym ("mother" for "mum") names
    // the same thing, and is held.
    if (read.some((s) => rare.some((c) => (input.matcher.sentence(s).matched[c] ?? 0) > 0)))
      return true;
    return content.some((c) => {
      const own = plan.concepts[c]?.alternatives[0]?.terms ?? [];
      return own.length > 0 && own.every((term) => metadata.has(term));
    });
  });
}
