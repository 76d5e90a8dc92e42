/**
 * A hard gate of abstention (abstain.ts): "what is the name of the man who was arrested" asks
 * for a person's name, and only a passage that names that person answers it. "Northdale Police
 * said the man was arrested on Friday" says much of the man but not his name; when no sentence
 * the ranking's candidates are read in that speaks of the person (the asked noun, or a form the
 * engine links to it) names someone there, beyond the question's own words, the reply is a
 * refusal, whatever the classifier's probability. The name must be said of the person: in a
 * sentence that speaks of them, or one that leans on such a sentence ("He was named as …"); a
 * neighbour naming an officer who speaks of the man names someone else. A person is named as
 * answer-type.ts reads it
 * (plan/answer-type.ts `newAnswerTypeScore` 1): a name in apposition to the noun ("the man, Owen Pryce"), a
 * titled name, a name described by a role or an age ("Owen Pryce, 19,").
 *
 * Left alone: names of things that are not people ("the name of the firm", "what is the ship
 * called"), which no reading of a name's form tells from other capitalised words.
 */
import type { AbstentionInput } from './abstain-features.js';
import { candidateContext, focusHeadWord, newTypeScoreOf } from './abstain-features.js';
import { conceptForms, holdsPhrase } from './abstain-asked-thing.js';
import { asksName, namesPeople } from './plan/answer-type.js';
import { stem } from '../text/terms.js';

/**
 * The stem of the noun naming the person whose name `question` asks ("what is the name of the
 * man who…" → man), or null when it asks no name or the name of no person.
 */
export function namedPerson(question: string): string | null {
  if (!asksName(question)) return null;
  const head = focusHeadWord(question);
  return head !== null && namesPeople(head) ? stem(head) : null;
}

/**
 * Whether the candidates name the person a question asks the name of: undefined when it asks
 * for no person's name ({@link namedPerson}), else true when a sentence the candidates are read
 * in (abstain-features.ts `candidateContext`) speaks of the person (or leans on one that does)
 * and names someone beyond the question's words. Costs one pass over those sentences' words,
 * and a reading of the text of those that speak of the person.
 */
export function askedNameHeld(input: AbstentionInput): boolean | undefined {
  const { plan } = input;
  const noun = namedPerson(plan.question);
  if (noun === null) return undefined;
  const forms = conceptForms(plan, noun);
  const type = { name: 'person' as const, focus: noun };
  const speaksOf = (s: number | null) =>
    s !== null && forms.some((phrase) => holdsPhrase(input.wordsOf(s).stems, phrase));
  for (const s of candidateContext(input)) {
    if (!speaksOf(s) && !speaksOf(input.contextOf(s))) continue;
    if (newTypeScoreOf(input, s, type) === 1) return true;
  }
  return false;
}
