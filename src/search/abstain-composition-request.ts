/**
 * A hard gate of abstention (abstain.ts): a request that the bot make something ("write me a
 * poem about autumn", "compose a song about the levy", "can you draw a map of the closures",
 * "tell me a joke") asks for no information about the coverage. It is a directive whose content
 * is the hearer's making a thing (Searle 1976, "A classification of illocutionary acts",
 * Language in Society 5), not a question the coverage can answer, and the bot writes nothing of
 * its own: passages that share its words ("A review is due next autumn") answer nothing, and
 * may only be shown as the closest.
 *
 * Read as such a request: the question opens, after at most a polite frame ("please", "can
 * you", "could you please", "I want you to"), with the base form of a verb of creation or
 * performance (Levin 1993, English Verb Classes and Alternations, §26.4 create verbs and §26.7
 * performance verbs, those that make a text or a picture: "write", "compose", "create",
 * "generate", "invent", "make up", "draw", "paint", "sing", "recite"), or with
 * "tell" followed by "me"/"us" and "a joke", "a story" or "a poem". "Tell me about the levy",
 * "list the roads", "explain why" and "give me the figures" ask for information and are not
 * read; nor is a question that mentions writing ("who wrote the report?", "what did the
 * council write to residents?"), whose verb does not open it.
 */
import type { AbstentionInput } from './abstain-features.js';

/** A polite frame before a request: "please", "can you", "could you please", "I want you to". */
export const POLITE_FRAME = String.raw`(?:(?:please|pls|plz|kindly|now|ok(?:ay)?|hey|hi|bot)[\s,!]+|(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?|i\s+(?:want|need|would\s+like|'d\s+like)\s+(?:you|u)\s+to\s+)*`;

/** Levin's (1993) create and performance verbs that make a text or a picture, in their base form. */
const MAKING_VERBS = String.raw`write|compose|create|generate|invent|make\s+up|draw|paint|sing|recite`;

/** "tell me a joke / a story / a poem": the one use of "tell" that asks for a made thing. */
const TELL_MADE = String.raw`tell\s+(?:me|us)\s+(?:a|an|another|one\s+more)\s+(?:\w+\s+)?(?:joke|story|poem|tale|riddle)s?`;

const COMPOSITION_REQUEST = new RegExp(
  String.raw`^\W*${POLITE_FRAME}(?:(?:${MAKING_VERBS})\b(?!\s*[?]?\s*$)|${TELL_MADE}\b)`,
  'iu',
);

/**
 * True when `question` asks the bot to make something (see the file header): its opening verb,
 * after any polite frame, is a verb of creation or performance in the base form with something
 * after it, or "tell me a joke/story/poem".
 *
 * @example
 * isCompositionRequest('Write me a poem about autumn') // true
 * isCompositionRequest('who wrote the monitoring report?') // false
 */
export function isCompositionRequest(question: string): boolean {
  return COMPOSITION_REQUEST.test(question.trim());
}

/**
 * False when the question asks the bot to make something ({@link isCompositionRequest}): no
 * passage answers it, whatever its words share. Undefined otherwise (the question is not of
 * this kind).
 */
export function compositionRequestHeld(input: AbstentionInput): boolean | undefined {
  return isCompositionRequest(input.plan.question) ? false : undefined;
}
