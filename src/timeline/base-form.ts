/**
 * The base form of a verb after a modal or "to": "will shut", "plans to cut", "is going to hit".
 * In that slot English has only the base form, however it is spelt ("shut", "cut", "set" are
 * also their own past), so such a verb carries no tense of its own.
 */

/** Words after which a verb takes its base form: the modals and the infinitive marker "to". */
const BASE_FORM_BEFORE =
  /^(?:will|shall|would|could|can|may|might|must|should|won't|wouldn't|couldn't|can't|cannot|mustn't|shouldn't|to)$/iu;

/** Adverbs that may stand between a modal and its verb: "will not shut", "is to soon cut". */
const MID_ADVERB = /^(?:not|never|also|soon|then|still|only|just|now|again|\p{Ll}+ly)$/iu;

/**
 * True when the word at `i` follows a modal, "'ll" or "to", directly or across one adverb
 * ("will not cut"): in that slot English has only the base form of a verb.
 */
export function afterModalOrTo(words: readonly string[], i: number): boolean {
  const isBaseFormCue = (w: string | undefined): boolean => {
    const word = (w ?? '').replace(/[’]/gu, "'");
    return BASE_FORM_BEFORE.test(word) || /'ll$/iu.test(word);
  };
  if (isBaseFormCue(words[i - 1])) return true;
  return MID_ADVERB.test(words[i - 1] ?? '') && isBaseFormCue(words[i - 2]);
}
