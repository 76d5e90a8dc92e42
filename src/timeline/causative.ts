/**
 * The causative "have" (or "get") with its object and a past participle: "Residents can have
 * their permits swapped from 22 June", "had the lanes repainted in May", "get your bins
 * emptied on Friday". The participle is the object's complement (Quirk et al. 1985, 16.52, on
 * "have" and "get" + object + -ed participle) and carries no tense of its own: the tense is that
 * of "have" or "get", which precede it ("can have": none said; "had": past). Kept apart from
 * tense-markers.ts, which asks it.
 */
import { DETERMINERS } from '../text/determiners.js';
import { wordIn } from '../text/word-class.js';

/** The forms of "have" and "get" that take an object and a participle. */
const CAUSATIVE_VERB = /^(?:have|has|having|had|get|gets|getting|got)$/iu;

/**
 * Words that open the object right after the verb: a determiner, a possessive or an object
 * pronoun. A perfect ("have swapped", "had been") has the participle right after "have".
 */
const OBJECT_START = wordIn([
  ...DETERMINERS,
  ...['them', 'it', 'him', 'us', 'me'],
  ...['some', 'all', 'any', 'every', 'each'],
]);

/** How many words the object may have between the verb and the participle: "their paper permits". */
const MAX_OBJECT_WORDS = 4;

/**
 * True when the word at `i` of `words` is the participle of a causative "have" or "get": a form
 * of either verb, then an object a determiner, possessive or pronoun opens (up to
 * {@link MAX_OBJECT_WORDS} words, plain words only), then the word.
 */
export function causativeParticiple(words: readonly string[], i: number): boolean {
  for (let j = i - 2; j >= Math.max(0, i - 1 - MAX_OBJECT_WORDS); j--) {
    const word = words[j] ?? '';
    if (!/^[\p{L}'’]+$/u.test(word)) return false;
    if (CAUSATIVE_VERB.test(word)) return OBJECT_START.test(words[j + 1] ?? '');
  }
  return false;
}
