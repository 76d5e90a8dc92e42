/**
 * The base form of a verb after a modal or "to": "will shut", "plans to cut", "is going to hit".
 * In that slot English has only the base form, however it is spelt ("shut", "cut", "set" are
 * also their own past), so such a verb carries no tense of its own.
 */
import { MODALS, NEGATIVE_MODALS } from '../text/auxiliaries.js';
import { wordIn } from '../text/word-class.js';

/**
 * Words after which a verb takes its base form: the modals, negative too (a closed class:
 * text/auxiliaries.ts), and the infinitive marker "to".
 */
const BASE_FORM_BEFORE = wordIn([...MODALS, ...NEGATIVE_MODALS, 'to']);

/** Adverbs that may stand between an auxiliary and its verb: "will not shut", "is also holding". */
export const MID_ADVERB = /^(?:not|never|also|soon|then|still|only|just|now|again|\p{Ll}+ly)$/iu;

/**
 * The modal, "'ll" or "to" that the word at `i` follows, directly or across one adverb ("will
 * not cut"), or null: in that slot English has only the base form of a verb.
 */
export function baseFormCue(words: readonly string[], i: number): string | null {
  const isBaseFormCue = (at: number): boolean => {
    const word = (words[at] ?? '').replace(/[’]/gu, "'");
    return (BASE_FORM_BEFORE.test(word) || /'ll$/iu.test(word)) && !monthMay(word, words[at - 1]);
  };
  if (isBaseFormCue(i - 1)) return words[i - 1] as string;
  if (MID_ADVERB.test(words[i - 1] ?? '') && isBaseFormCue(i - 2)) return words[i - 2] as string;
  return null;
}

/**
 * True when "May" is the month, not the modal: capitalised after a word of its sentence ("From 3
 * May tenants can …", "In May tenants …"). English capitalises a modal only where it opens a
 * sentence, and a month's name, a proper noun, everywhere.
 */
function monthMay(word: string, before: string | undefined): boolean {
  return word === 'May' && before !== undefined && /^[\p{L}\p{N}]/u.test(before);
}

/** True when the word at `i` takes the base form of a verb (see {@link baseFormCue}). */
export function afterModalOrTo(words: readonly string[], i: number): boolean {
  return baseFormCue(words, i) !== null;
}
