/**
 * "What did the councillor say about delays costing the island": a question for a speaker's
 * words on a topic asks for a quotation, whatever the topic's words would ask on their own. The
 * wh-word is the object of the verb of saying (the wh-phrase takes the role of the clause it is
 * fronted from: Quirk et al. 1985, §11.14), and the words after "about" are a noun phrase
 * naming the topic (abstain-said-topic.ts), so "costing" there asks no sum of money and "when"
 * in "say about when it opens" no date. "How much did the mayor say it cost" still asks the sum:
 * its wh-phrase is "how much".
 */
import { saidTopicStems } from './abstain-said-topic.js';
import { wordsAskedOf } from './plan/speaker.js';
import type { AnswerType } from './plan/answer-type.js';

/** A question opened by "what" (the object of its verb of saying), not "how much" or "when". */
const WHAT_FIRST = /^\s*what\b/iu;

/**
 * True when `question` asks for a speaker's words on a topic: it opens with "what", asks for
 * someone's words (plan/speaker.ts `wordsAskedOf`) and names a topic after "about",
 * "regarding" or "concerning" (abstain-said-topic.ts `saidTopicStems`).
 *
 * @example asksWordsAbout('what did MacAskill say about delays costing the island?') // true
 * @example asksWordsAbout('how much did the mayor say the bridge cost?') // false
 */
export function asksWordsAbout(question: string): boolean {
  return (
    WHAT_FIRST.test(question) &&
    wordsAskedOf(question).size > 0 &&
    saidTopicStems(question).size > 0
  );
}

/**
 * The answer type abstention reads a question as asking: `type` (plan/answer-type.ts
 * `answerTypeOf`), or null when the question asks for a speaker's words on a topic
 * ({@link asksWordsAbout}), where a quotation of any kind answers it.
 */
export function typeAskedOf(question: string, type: AnswerType | null): AnswerType | null {
  return type !== null && asksWordsAbout(question) ? null : type;
}
