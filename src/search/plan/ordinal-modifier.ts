/**
 * An ordinal number modifying a noun: "the first strike", "its second day", "Tully's third
 * offer", "the 2nd round". It picks out one member of a series, and says nothing else: the
 * coverage names the member by the same ordinal or by a date, never by another word for the
 * ordinal. WordNet pools a lemma's parts of speech (wordnet-relations.ts), so the question's
 * "first" would also bring the noun's senses ("beginning", "start": "the first of the month"),
 * and "second" the unit's ("moment", "minute"), which are the question's act ("when does the
 * first strike start") or its answer's unit, not the ordinal: read so, a passage holding
 * "start" alone would match the ordinal and the act twice over.
 */
import { DETERMINERS as CLOSED_DETERMINERS } from '../../text/determiners.js';
import { isPossessive } from '../../text/possessive.js';
import { ordinalDay } from '../../timeline/spelled-ordinals.js';
import type { Token } from '../../text/terms.js';

/** How every ordinal number word ends: "first", "second", "third", "fourth". */
const ORDINAL_ENDING = /(?:st|nd|rd|th)$/;

/**
 * True when an index term is an ordinal number ("first", "second"): as another word's synonym
 * it is the pooled noun or unit sense ("start": "first", "moment": "second"), while the
 * coverage writes it, as questions do, to pick out a member of a series ("the first of
 * January", "a second day"), so it stands for no other word.
 */
export function isOrdinalTerm(term: string): boolean {
  // Every ordinal word ends so: most synonyms are ruled out without the lookup.
  return ORDINAL_ENDING.test(term) && ordinalDay(term) !== undefined;
}

/** Determiners after which an ordinal is the adjective of the noun phrase: "the first", "its second". */
const DETERMINERS = new Set([...CLOSED_DETERMINERS, 'whose']);

/** An ordinal written in digits: "1st", "2nd", "23rd". */
const DIGIT_ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/;

/**
 * True when token `i` of `tokens` (all of `text`'s) is an ordinal number ("first" to
 * "thirty-first", "2nd") after a determiner or a possessive: a modifier of the noun phrase,
 * whose word alone names what it means.
 *
 * @example
 * const q = 'when does the first strike start';
 * isOrdinalModifier(q, tokenize(q), 3) // true
 */
export function isOrdinalModifier(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (token === undefined) return false;
  if (!isOrdinalTerm(token.word) && !DIGIT_ORDINAL.test(token.word)) return false;
  const before = tokens[i - 1];
  if (before === undefined) return false;
  // A possessive before it ("Tully's", "the miners' second ballot": text/possessive.ts).
  return DETERMINERS.has(before.word) || isPossessive(text, before);
}
