/**
 * A hard gate of abstention (abstain.ts): a question asks for something, its focus, and a
 * passage that holds the question's other words (the subject, the event) but not the focus does
 * not answer it. "What did the florist lose in the break-in" asks for the object of "lose", and
 * "Police are examining whether a break-in at a florist … is linked" tells of the florist and
 * the break-in and of no loss. When no sentence the ranking's candidates are read in holds a
 * form of the focus, the reply is a refusal, whatever the classifier's probability.
 *
 * The focus read here is the verb of a "what did SUBJECT VERB" question, whose object the
 * wh-word stands for (the standard cue of question classification: the wh-word's head noun, or
 * the verb it is the object of; Li & Roth, "Learning Question Classifiers", COLING 2002):
 * {@link askedVerb}. A passage holds it when it holds a form of the verb the engine links to it
 * (abstain-asked-thing.ts `conceptForms`: an inflection, a WordNet synonym or derived form:
 * "lost" and "loss" for "lose", "sold" for "sell").
 *
 * Left alone: a verb by which a source states something ("what did the audit recommend", "what
 * did the engineer warn": plan/speaker.ts), answered in the source's words, which need not repeat
 * it; and the head noun of "what/which NOUN" when it names no measured attribute (those are
 * abstain-asked-thing.ts's). The passages answering such questions on the development sets
 * often do not write the noun ("what nickname", "under what condition", "on what grounds",
 * "what mechanism" are answered by the nickname, the condition…), and no value of a kind stands
 * for it (a condition is told in any words): requiring the noun refused eleven answered
 * development questions to refuse one unanswerable more.
 */
import type { AbstentionInput } from './abstain-features.js';
import { candidateContext, holdsOwnConcept } from './abstain-features.js';
import {
  askedThingOf,
  conceptForms,
  holdsAskedThing,
  type AskedThing,
} from './abstain-asked-thing.js';
import { speakerVerbEnd } from './plan/speaker.js';
import { QUESTION_WORDS } from '../text/stop-words.js';
import { isStopWord, stem, tokenize, type Token } from '../text/terms.js';

/** "What" then an auxiliary of "do" or of tense fronted before the subject ("what did X …"). */
const WHAT_AUXILIARY =
  /^\s*what\s+(?:did|does|do|will|would|can|could|should|has|have|had|might|may|must)\s+(.*)$/isu;

/** The function word that joins two noun phrases into one ("the audit of the port"). */
const JOINS_PHRASE = 'of';

/**
 * The verb a "what did SUBJECT VERB" question asks the object of, as written, folded; null when
 * the question is of another form or its verb only frames it (a question word: "say", "mean",
 * "happen": what was said is asked in any words). English puts the verb after the subject, and
 * a noun phrase ends in its head: the verb is the last content word of the words after the
 * auxiliary, read through "of" and the function words after it ("the review of the project
 * conclude") up to the first other function word ("the florist lose| in the break-in", "the
 * thieves sell| the book").
 *
 * @example askedVerb('what did the florist lose in the break in') // 'lose'
 */
export function askedVerb(question: string): string | null {
  const rest = WHAT_AUXILIARY.exec(question)?.[1];
  if (rest === undefined) return null;
  const tokens = tokenize(rest);
  let verb: Token | undefined;
  // Function words are read past before the subject's first word and after "of".
  let within = true;
  for (const token of tokens) {
    if (QUESTION_WORDS.has(token.word)) return null;
    if (!isStopWord(token)) {
      verb = token;
      within = false;
    } else if (token.word === JOINS_PHRASE) within = true;
    else if (!within) break;
  }
  return verb === undefined ? null : verb.word;
}

/**
 * The focus `input`'s question asks for ({@link askedVerb}), as an asked thing of
 * abstain-asked-thing.ts with no value that answers it without its word; null when the question
 * has none, or asks for an answer type (plan/answer-type.ts) or a thing another gate reads
 * (abstain-asked-thing.ts `askedThingOf`).
 */
export function askedFocusOf(input: AbstentionInput): AskedThing | null {
  const { plan } = input;
  if (plan.answerType !== null || askedThingOf(plan.question) !== null) return null;
  // What a source said, warned, decided or recommended is told in its own words, which need not
  // repeat the question's verb ("the review said the bakery should…"): plan/speaker.ts reads
  // those verbs, and abstain-said-topic.ts the topic asked of them.
  if (speakerVerbEnd(plan.question) !== null) return null;
  const verb = askedVerb(plan.question);
  if (verb === null) return null;
  return { form: 'what', word: verb, term: stem(verb), values: [] };
}

/**
 * Whether the candidates hold the focus of the question: undefined when it has none
 * ({@link askedFocusOf}); else true when a sentence the candidates are read in (abstain-features.ts
 * `candidateContext`) holds a form of it (abstain-asked-thing.ts `holdsAskedThing`).
 */
export function askedFocusHeld(input: AbstentionInput): boolean | undefined {
  const asked = askedFocusOf(input);
  if (asked === null) return undefined;
  const { plan } = input;
  // A form that is one of the question's other words names what they name: "break", WordNet's
  // synonym of "lose", is the break-in of "what did the florist lose in the break-in".
  const others = new Set(
    plan.concepts.flatMap((c) => {
      const own = c.alternatives[0]?.terms ?? [];
      return own.includes(asked.term) ? [] : own;
    }),
  );
  const forms = conceptForms(plan, asked.term).filter(
    (phrase) => !phrase.every((term) => others.has(term)),
  );
  // The verb's concept as the plan read it: a misspelt verb ("loose") is matched by its
  // correction's forms, which the written word's own term does not find.
  const concept = plan.concepts.findIndex((c) => c.label.toLowerCase() === asked.word);
  for (const s of candidateContext(input)) {
    if (concept >= 0 && holdsOwnConcept(input, s, [concept])) return true;
    if (holdsAskedThing(input.textOf(s), asked, forms, plan.askedTerms, input.wordsOf(s)))
      return true;
  }
  return false;
}
