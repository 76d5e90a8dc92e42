/**
 * A question whose focus noun names a kind of value asks for a value of that kind: "what fine
 * did the firm get" and "how much compensation are households being offered" ask for a sum of
 * money, "what was the delay" for a length of time, though no wh-phrase of answer-type.ts says
 * so. The kind is WordNet's (search/value-nouns.ts: the noun's most frequent sense is a kind of
 * payment, sum or price, or of term, duration or interval), so a passage stating the value
 * ("offered £300 to every household", "held up for three weeks") holds what is asked without
 * the noun.
 */
import { focusHeadWord } from '../abstain-features.js';
import { QUESTION_WORDS } from '../../text/stop-words.js';
import { isStopWord, stem, tokenize } from '../../text/terms.js';
import type { AnswerType } from './answer-type.js';
import type { ValueKind } from '../value-nouns.js';

/**
 * `type` (answer-type.ts `answerTypeOf` of `question`) with the kind of value the question's
 * focus noun names (abstain-features.ts `focusHead`: the last word of the noun phrase after
 * "what", "which" or "how much"), read by `valueKind` (the index's Vocabulary.valueKind, with
 * the word before it: "what death toll" names no sum):
 * a question of no type asks for a number in money or for a duration, its noun the type's
 * `focus`; "how much" of no dimension asks in money. Other types are the wh-phrase's and stay:
 * a count ("how many fees") counts, "when" asks a date whatever its noun.
 *
 * @example withValueKind(null, 'what fine did the firm get', kindOf) // { name: 'number', dimension: 'money', focus: 'fine' }
 */
export function withValueKind(
  type: AnswerType | null,
  question: string,
  valueKind: (head: string, before?: string) => ValueKind | undefined,
): AnswerType | null {
  if (type !== null && (type.name !== 'number' || type.dimension !== undefined)) return type;
  if (type !== null && (type.unit !== undefined || type.pricePaid === true)) return type;
  const head = focusHeadWord(question);
  const kind = head === null ? undefined : valueKind(head, wordBefore(question, head));
  if (head === null || kind === undefined) return type;
  if (type !== null) return kind === 'money' ? { ...type, dimension: 'money' } : type;
  const focus = stem(head);
  return kind === 'money'
    ? { name: 'number', dimension: 'money', focus }
    : { name: 'duration', focus };
}

/** The content word right before the first `head` of `question` (folded), if any: its modifier. */
function wordBefore(question: string, head: string): string | undefined {
  const tokens = tokenize(question);
  const before = tokens[tokens.findIndex((token) => token.word === head) - 1];
  if (before === undefined || isStopWord(before) || QUESTION_WORDS.has(before.word))
    return undefined;
  return before.word;
}
