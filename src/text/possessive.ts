/**
 * A word written as a possessive, and a name read up to a quotation mark closing it. English
 * writes the genitive "'s" ("Holt's", "Holt’s": tokenize keeps the ending in the word's span,
 * text/terms.ts), and the apostrophe alone after a plural in -s ("the miners' union") or a name
 * ending in a sibilant ("Wales' largest", "Harris' request") (Quirk et al. 1985, A Comprehensive
 * Grammar of the English Language, §5.112–5.114). The same mark closes a quotation ("in
 * ‘Kelby’", "the 'Kelby' road"): an apostrophe after a word is a possessive only after an -s,
 * and never when it closes a quotation opened before the word.
 */

import { matchesOf } from './matches-of.js';

/** How far back a quotation opened before a word is looked for, in characters. */
const QUOTATION_REACH = 80;
/**
 * A single quotation mark opening a quotation: at the start or after a space or bracket, before a
 * letter (or at the end of the text read, the word at `at` following it).
 */
const OPENING_QUOTE = /(?:^|[\s([{])[‘'](?=[\p{L}\p{N}]|$)/gu;
/** A single quotation mark closing one: after a letter, digit or stop, not inside a word ("Holt’s"). */
const CLOSING_QUOTE = /[\p{L}\p{N}.!?,][’'](?![\p{L}\p{N}])/gu;

/**
 * True when a single quotation opened before offset `at` of `text` is still open there
 * ("in ‘Kelby" at the end): the mark after the word at `at` closes it, not a possessive.
 */
export function insideQuotation(text: string, at: number): boolean {
  const from = Math.max(0, at - QUOTATION_REACH);
  const before = text.slice(from, at);
  const opened = [...matchesOf(before, OPENING_QUOTE)].at(-1);
  if (opened === undefined) return false;
  CLOSING_QUOTE.lastIndex = 0;
  return !CLOSING_QUOTE.test(before.slice(opened.index + opened[0].length));
}

/**
 * True when the word at `token` (offsets in `text`) is a possessive: ending in "'s", or an -s
 * word with an apostrophe right after it that closes no quotation ("the fishers' boats", not
 * "the ‘fishers’ boats" nor "in ‘Kelby’").
 *
 * @example isPossessive("the fishers' boats", { start: 4, end: 11 }) // true
 * @example isPossessive("in ‘Kelby’ today", { start: 4, end: 9 }) // false
 */
export function isPossessive(text: string, token: { start: number; end: number }): boolean {
  const word = text.slice(token.start, token.end);
  if (/['’]s$/iu.test(word)) return true;
  return (
    /s$/iu.test(word) &&
    /^['’](?![\p{L}\p{N}])/u.test(text.slice(token.end)) &&
    !insideQuotation(text, token.start)
  );
}

/**
 * A name read by a pattern that lets an apostrophe into a name's letters ("O'Neill",
 * "Durnford's"), without the mark ending it: a quotation's closing mark ("Kelby’" of "in
 * ‘Kelby’", "Kelby'") or a plural possessive's apostrophe ("Wales" of "Wales'"). "'s" stays:
 * the caller tells a possessive ({@link endsPossessive}).
 *
 * @example withoutClosingMark('Kelby’') // 'Kelby'
 * @example withoutClosingMark("Wales'") // 'Wales'
 * @example withoutClosingMark("O'Neill") // "O'Neill"
 */
export function withoutClosingMark(name: string): string {
  return name.replace(/['’]+$/u, '');
}

/**
 * True when a name read up to an apostrophe ends in a possessive ("Durnford's", "Wales'"), not
 * in a quotation mark closing it: for a name ending in "s'", when no quotation is open before
 * it, `start` being its offset in `text`.
 */
export function endsPossessive(text: string, name: string, start: number): boolean {
  if (/['’]s$/u.test(name)) return true;
  return /s['’]$/u.test(name) && !insideQuotation(text, start);
}
