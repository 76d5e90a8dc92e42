/**
 * A hard gate of abstention (abstain.ts): "who VERBed X" asks for the doer of an act, and only
 * a passage that tells the act can name its doer. "Who designed the footbridge" is not answered
 * by "Mayor Ellen Brook opened the new footbridge": it names a person and the footbridge, but
 * tells its opening, not its design. When no sentence the ranking's candidates are read in,
 * nor the metadata of their articles, holds a form of the verb the engine links to it (an
 * inflection, a synonym, a derived form: "planned" for "designed", "designer" for "designed"),
 * the coverage never tells the act, and the reply is a refusal, whatever the classifier's
 * probability.
 *
 * Left alone: questions of another form (plan/answer-type.ts reads a verb after "who" only when
 * "who" is its subject), and a verb the plan holds no concept of (a framing word).
 */
import type { AbstentionInput } from './abstain-features.js';
import { candidateContext } from './abstain-features.js';
import { conceptForms, holdsPhrase } from './abstain-asked-thing.js';

/**
 * Whether the candidates tell the act "who VERBed X" asks the doer of: undefined when the
 * question asks for no doer of a verb (plan/answer-type.ts `AnswerType.verb`) or the verb is
 * no concept of its plan; else true when a sentence the candidates are read in
 * (abstain-features.ts `candidateContext`) holds one of the verb's forms
 * (abstain-asked-thing.ts `conceptForms`), or an article of theirs holds a one-word form in its
 * metadata (a headline telling the act). Costs one pass over those sentences' words, stopping at
 * the first that holds one.
 */
export function askedActHeld(input: AbstentionInput): boolean | undefined {
  const { plan } = input;
  const verb = plan.answerType?.name === 'person' ? plan.answerType.verb : undefined;
  if (verb === undefined) return undefined;
  if (!plan.concepts.some((c) => c.alternatives[0]?.terms.includes(verb))) return undefined;
  const forms = conceptForms(plan, verb);
  const articles = new Set(input.ranked.map((c) => input.sentences[c.sentence]?.article ?? -1));
  for (const article of articles) {
    const metadata = input.metadataTermsOf(article);
    if (forms.some((phrase) => phrase.length === 1 && metadata.has(phrase[0]!))) return true;
  }
  for (const s of candidateContext(input))
    if (forms.some((phrase) => holdsPhrase(input.wordsOf(s).stems, phrase))) return true;
  return false;
}
