/**
 * A count of a class stands for a count of the kind asked only when its text has named that kind.
 * The counted-thing gate (abstain-counted-thing.ts) takes "forty vessels" as a count of "how
 * many boats" because a writer restates a noun by a superordinate of it ("fishing boats … more
 * than forty vessels sailed": plan/counted-superordinates.ts). That restatement is reiteration,
 * a cohesive tie that refers back to an earlier mention (Halliday & Hasan 1976, Cohesion in
 * English, 6.1): with no mention of boats before it, "forty vessels" counts vessels of every
 * kind, and says nothing of how many were boats. So "9,340 vehicles were charged" answers "how
 * many vehicles", not "how many motorcycles", in an article that never writes of motorcycles.
 * (Natural Questions, Kwiatkowski et al. 2019, label such a passage as about the question's
 * subject without its answer.)
 */
import type { AbstentionInput } from './abstain-features.js';
import { holdsPhrase } from './abstain-asked-thing.js';

/**
 * True when the article of sentence `s` names the asked kind by one of `forms` (index-term
 * phrases: the counted noun and the forms the engine links to it but its classes) in its
 * metadata (title, outlet, author, date), in `s`, or in a sentence before `s`: the mention a
 * class noun's count may refer back to. Costs one pass over the article's sentences up to `s`.
 */
export function kindNamedBefore(
  input: AbstentionInput,
  s: number,
  forms: readonly (readonly string[])[],
): boolean {
  const { sentences } = input;
  const article = sentences[s]?.article;
  if (article === undefined) return false;
  const metadata = input.metadataTermsOf(article);
  if (forms.some((phrase) => phrase.length === 1 && metadata.has(phrase[0]!))) return true;
  for (let at = s; at >= 0 && sentences[at]?.article === article; at--) {
    const { stems } = input.wordsOf(at);
    if (forms.some((phrase) => holdsPhrase(stems, phrase))) return true;
  }
  return false;
}
