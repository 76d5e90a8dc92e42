/**
 * The one spoken to in a question: "what did the chair tell Radio Brisk about the petition",
 * "what did she say to the Courier". The name after "tell" (or after "to" following a verb of
 * saying) is the indirect object, the addressee of the saying (Quirk et al. 1985, ch. 16, on
 * ditransitive complementation; Levin 1993 §37, verbs of communication and their recipient), not
 * the source that reports it: what someone told a radio station may be reported by any outlet
 * ("He told Radio Brisk the board would consider it", in the Gazette). So an outlet named there
 * names no source to search; its words stay the question's content, which the sentence telling
 * it ("told Radio Brisk") holds.
 */
import { isStopWord, type Token } from '../../text/terms.js';

/** Forms of "tell", whose first object is the addressee. */
const TELL = /^(?:tell|tells|told|telling)$/;
/** Verbs of saying whose addressee follows "to": "said to", "spoke to", "talking to". */
const SAY_TO =
  /^(?:say|says|said|saying|speak|speaks|spoke|spoken|speaking|talk|talks|talked|talking|explain|explains|explained|explaining|write|writes|wrote|written|writing)$/;
/** Words of a name read at most after the verb: "the Harbour Valley Courier Group". */
const MAX_NAME_WORDS = 5;

/**
 * The tokens of `all` (a question's tokens, in order, stop words among them) naming the addressee
 * of a verb of saying: the content words right after "tell"/"told" or after "said to"/"spoke to",
 * a leading "the" skipped, up to the first stop word or {@link MAX_NAME_WORDS} words.
 *
 * @example
 * addresseeTokens(tokenize('what did Reddy tell Radio Brisk about the petition')).map((t) => t.word)
 * // ['radio', 'brisk']
 */
export function addresseeTokens(all: readonly Token[]): Set<Token> {
  const found = new Set<Token>();
  all.forEach((token, i) => {
    let at = -1;
    if (TELL.test(token.word)) at = i + 1;
    else if (SAY_TO.test(token.word) && all[i + 1]?.word === 'to') at = i + 2;
    if (at < 0) return;
    if (all[at]?.word === 'the') at += 1;
    for (let k = at; k < all.length && k < at + MAX_NAME_WORDS; k++) {
      const word = all[k] as Token;
      if (isStopWord(word)) break;
      found.add(word);
    }
  });
  return found;
}
