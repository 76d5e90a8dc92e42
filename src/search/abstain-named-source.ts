/**
 * A hard gate of abstention (abstain.ts): a question that names its source ("how many died in
 * the Johnstown flood per Harrison's 1889 message") says where to look, and its other words say
 * what to find. The named articles' passages are put first whenever one of them holds any of
 * those words (score.ts `namedSourcesFirst`), and the naming lifts all of them alike, so the
 * best passage may be there for its source alone: "By the great fire in Chicago the most
 * important of the Government buildings … were consumed" for the fire's death toll. A passage of
 * the named source that lacks most of the question's content words (its source words are not
 * among its concepts: plan/query-plan.ts) shares a topic word with it, not an answer; the reply
 * is then a refusal, whatever the classifier's probability.
 */
import type { AbstentionInput } from './abstain-features.js';
import { conceptsFound, shareLacking } from './abstain-features.js';
import { SEARCH_OPTIONS } from './options.js';

/**
 * Whether the best passage holds enough of the question's content to answer it, when the
 * question names its source and that passage is from it: undefined otherwise (the question
 * names none, the best passage is from elsewhere, or a word naming the source is also one of its
 * concepts); else false when it lacks at least
 * `SEARCH_OPTIONS.abstain.namedSourceMaxLacking` of the question's concepts (abstain-features.ts
 * `conceptsFound`, `shareLacking`: its sentence and neighbours, and its article's metadata),
 * true otherwise. Costs one reading of the passage's neighbourhood.
 */
export function namedSourceContentHeld(input: AbstentionInput): boolean | undefined {
  const best = input.ranked[0];
  if (best === undefined || best.features.sourceMatch === 0) return undefined;
  // A word that names the source and is also one of what the question asks about ("estuary" in
  // "when do works on the estuary start", beside the Estuary Post) leaves the naming in doubt.
  const { plan } = input;
  if (plan.concepts.some((c) => c.alternatives[0]?.terms.every((t) => plan.sources.terms.has(t))))
    return undefined;
  const lacking = shareLacking(conceptsFound(input, best.sentence));
  return lacking < SEARCH_OPTIONS.abstain.namedSourceMaxLacking;
}
