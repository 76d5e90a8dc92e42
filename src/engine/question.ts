/** Checks on a question before it reaches the engine, shared by every front end. */

/** The longest question accepted, in characters (Discord's option is capped to the same). */
export const MAX_QUESTION_LENGTH = 300;

/**
 * Characters that show nothing: white space, control characters (NUL…) and format characters
 * (zero-width space and joiners, BOM, soft hyphen, bidi marks): Unicode categories Cc and Cf.
 */
const INVISIBLE = /[\p{White_Space}\p{Cc}\p{Cf}]/gu;

/**
 * Length in characters as Discord counts an option's `max_length`: code points, so an emoji
 * outside the Basic Multilingual Plane counts once, not as its two UTF-16 units.
 */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/**
 * Why a question cannot be asked, or null when it can. A question of markup only (tags, Discord
 * mentions: {@link searchableQuestion}) is empty too: nothing of it is searched.
 *
 * @example
 * checkQuestion('   ') // 'question: is empty'
 * checkQuestion('\u200b\u0000') // 'question: is empty'
 * checkQuestion('<b></b> @everyone') // 'question: is empty'
 */
export function checkQuestion(question: string): string | null {
  const empty = 'question: is empty';
  if (question.replace(INVISIBLE, '').length === 0) return empty;
  const length = characterCount(question);
  if (length > MAX_QUESTION_LENGTH) {
    return `question: is ${length} characters long; the limit is ${MAX_QUESTION_LENGTH}`;
  }
  // Read for markup only once its length is bounded.
  if (searchableQuestion(question).replace(INVISIBLE, '').length === 0) return empty;
  return null;
}

import { normalizeText } from '../text/normalize.js';
import { withoutMarkup } from './question-markup.js';
import { withTimestampsAsDates } from './question-timestamp.js';

/**
 * The text of a question the engine plans and searches on: in the form article text is stored
 * in (NFC, no invisible characters, plain spaces; {@link normalizeText}), with Discord
 * timestamps read as the UTC day they denote ({@link withTimestampsAsDates}) and without markup
 * (HTML tags, Discord mentions and custom emoji; {@link withoutMarkup}). Every front end's
 * question reaches the engine through here. `''` when nothing but markup was typed.
 *
 * @example
 * searchableQuestion('@everyone <b>when</b> did the bridge\u00A0reopen?') // 'when did the bridge reopen?'
 */
export function searchableQuestion(question: string): string {
  return withoutMarkup(withTimestampsAsDates(normalizeText(question)));
}
