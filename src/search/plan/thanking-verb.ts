/**
 * "Thank" as the verb a question asks about ("who did the board thank", "why did the mayor
 * thank the volunteers"), not chat courtesy ("thank you, who won?", "ok thank u"). The courtesy
 * is a formula that opens or closes a message, "thank" with "you" after it; the verb stands
 * inside its clause after its subject or an auxiliary, and its object is someone else. So
 * "thank" is content when a word of its own clause stands before it and no "you" follows;
 * "thanks" stays courtesy (or the preposition "thanks to"), as stop-words.ts QUESTION_WORDS
 * lists it.
 */
import type { Token } from '../../text/terms.js';

/** The addressee of the courtesy formula, as typed in chat. */
const ADDRESSEE = new Set(['you', 'u', 'ya', 'yall', 'yu', 'ye']);

/**
 * True when token `i` of `tokens` (all of `text`'s) is the verb "thank" of a clause: a word
 * stands before it with nothing but spaces between, and no addressee ({@link ADDRESSEE}) follows.
 *
 * @example
 * const q = 'who did the KWB thank in its press release';
 * isThankingVerb(q, tokenize(q), 4) // true
 */
export function isThankingVerb(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const before = tokens[i - 1];
  if (token?.word !== 'thank' || before === undefined) return false;
  if (!/^\s+$/u.test(text.slice(before.end, token.start))) return false;
  return !ADDRESSEE.has(tokens[i + 1]?.word ?? '');
}
