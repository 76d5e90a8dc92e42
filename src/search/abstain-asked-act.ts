/**
 * A hard gate of abstention (abstain.ts): "who VERBs X" ("who runs the port authority", "who
 * owns the quarry") asks for the doer of an act on X, and only a passage that states that act
 * with X answers it. "The port authority said container handling had slowed" tells X doing
 * something else; "Ports Minister Dana Holt urged both sides to return to talks" names someone
 * but is not said to run anything. When no sentence the ranking's candidates are read in holds
 * a form of the verb (abstain-asked-thing.ts `conceptForms`: the word, an inflection, a WordNet
 * synonym or derived form the engine links to it: "is run by", "operates") together with one
 * of the question's other words (its own word or a form derived from it, in the sentence or the
 * one it leans on), the reply is a refusal, whatever the classifier's probability.
 *
 * Left alone: "who VERBs" with no other word to do it to ("who resigned"), and questions whose
 * "who" is no subject of a verb (plan/answer-type.ts reads none: "who is the chair", "who did
 * the council appoint"), and an outcome asked ("who won the arbitration"), told in the words of
 * a judgment: abstain-pending-outcome.ts's. A passage in which X does the act is
 * abstain-inverted-role.ts's.
 */
import type { AbstentionInput } from './abstain-features.js';
import { candidateContext, conceptsBesides, holdsOwnConcept } from './abstain-features.js';
import { conceptForms, holdsPhrase } from './abstain-asked-thing.js';
import { processAsked } from './abstain-pending-outcome.js';
import { isStopWord, stem, tokenize } from '../text/terms.js';

/**
 * English's light verbs, in their forms: "who went up the Mississippi", "who gave the order",
 * "who made the call" carry the act in their object, which a passage tells in a verb of its own
 * ("explored the Mississippi", "ordered"), so no form of theirs can be required.
 */
const LIGHT_VERB =
  /^(?:go|goes|went|gone|going|come|comes|came|coming|get|gets|got|gotten|getting|make|makes|made|making|take|takes|took|taken|taking|do|does|did|done|doing|have|has|had|having|give|gives|gave|given|giving|put|puts|putting|set|sets|setting|keep|keeps|kept|keeping|bring|brings|brought|bringing)$/u;

/**
 * The stems of the verbs whose forms tell the act "who VERBs X" asks about (`verb` the stem of
 * VERB, plan/answer-type.ts `AnswerType.verb`), or null when no form can be required: a light
 * verb ({@link LIGHT_VERB}), an adverb read as the verb ("who exactly did…"), or a verb reporting a clause ("who complained that the town had
 * been forgotten": a passage quotes it after any verb of saying). A verb taking an infinitive
 * ("who refused to recognise the results") tells the act by either: "the results were not
 * recognised by the EU".
 *
 * @example actVerbs('who refused to recognise the results', 'refus') // ['refus', 'recognis']
 */
export function actVerbs(question: string, verb: string): string[] | null {
  const tokens = tokenize(question);
  const at = tokens.findIndex((token) => stem(token.word) === verb);
  // "Who exactly did the guard sign the deal with": an adverb is no verb, and "who" is then
  // the object of the verb after "did".
  if (at < 0 || LIGHT_VERB.test(tokens[at]!.word) || /ly$/u.test(tokens[at]!.word)) return null;
  const next = tokens[at + 1]?.word;
  if (next === 'that') return null;
  const infinitive = next === 'to' ? tokens[at + 2] : undefined;
  return infinitive === undefined || isStopWord(infinitive)
    ? [verb]
    : [verb, stem(infinitive.word)];
}

/**
 * Whether the candidates state the act "who VERBs X" asks the doer of, with X: undefined when
 * the question is of another form, names nothing besides the verb, or its verb can be told in
 * any words ({@link actVerbs}); else true when a sentence the candidates are read in
 * (abstain-features.ts `candidateContext`) holds a form of the verb and one of the question's
 * other words is in it or in the sentence it leans on. Costs one pass over those sentences'
 * words, stopping at the first that holds both.
 */
export function askedActHeld(input: AbstentionInput): boolean | undefined {
  const { plan } = input;
  const verb = plan.answerType?.name === 'person' ? plan.answerType.verb : undefined;
  if (verb === undefined) return undefined;
  // An outcome ("who won the arbitration") is told in the words of the judgment ("the arbitrator
  // ruled that the council was right"), not the question's verb: abstain-pending-outcome.ts
  // judges those questions.
  if (processAsked(plan.question) !== null) return undefined;
  const verbs = actVerbs(plan.question, verb);
  if (verbs === null) return undefined;
  const others = conceptsBesides(plan, verb).filter(
    (c) => !verbs.some((term) => plan.concepts[c]?.alternatives[0]?.terms.includes(term)),
  );
  if (others.length === 0) return undefined;
  const forms = verbs.flatMap((term) => conceptForms(plan, term));
  for (const s of candidateContext(input)) {
    const { stems } = input.wordsOf(s);
    if (!forms.some((phrase) => holdsPhrase(stems, phrase))) continue;
    if (holdsOwnConcept(input, s, others) || holdsOwnConcept(input, input.contextOf(s), others))
      return true;
  }
  return false;
}
