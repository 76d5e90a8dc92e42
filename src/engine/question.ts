/** Checks on a question before it reaches the engine, shared by every front end. */

/** The longest question accepted, in characters (Discord's option is capped to the same). */
export const MAX_QUESTION_LENGTH = 300;

/**
 * Why a question cannot be asked, or null when it can.
 *
 * @example
 * checkQuestion('   ') // 'question: is empty'
 */
export function checkQuestion(question: string): string | null {
  if (question.trim().length === 0) return 'question: is empty';
  if (question.length > MAX_QUESTION_LENGTH) {
    return `question: is ${question.length} characters long; the limit is ${MAX_QUESTION_LENGTH}`;
  }
  return null;
}

/** A question in the form article text is stored in (NFC, no invisible characters, plain spaces). */
export { normalizeText as normalizeQuestion } from '../text/normalize.js';
