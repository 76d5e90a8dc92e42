/**
 * Whether a question writes a word as a noun by its syntax, not by the word's usual class: a
 * determiner opens a noun phrase, whose head is a noun, and only adjectives and nouns stand
 * between them as premodifiers (Quirk et al. 1985, §17.2 on the noun phrase's structure: the
 * determiners, premodification, the head). "The weather in Wexcombe", "a capital city", "the
 * best pizza place" write their nouns so; "did Putin promise Lukashenko" writes "promise" as a
 * verb, whatever its usual class.
 */
import { DETERMINERS } from '../text/determiners.js';
import { lexiconTags } from '../text/lexicon-tags.js';
import { tokenize } from '../text/terms.js';

const DETERMINER = new Set(DETERMINERS);

/** Premodifiers: an adjective (any degree), a noun, a cardinal number (Quirk §17.2). */
const PREMODIFIER_TAG = /^(?:JJ|NN|CD)/u;

/**
 * True when `question` holds `word` (folded, as written) right after a determiner, perhaps with
 * words between that the lexicon may tag an adjective, a noun or a number, and the lexicon may
 * tag `word` itself a noun. False when the word is not in the question or stands otherwise.
 *
 * @example writtenAsNoun("what's the weather in wexcombe tomorrow", 'weather') // true
 * @example writtenAsNoun('what did putin promise lukashenko', 'promise') // false
 */
export function writtenAsNoun(question: string, word: string): boolean {
  const words = tokenize(question).map((token) => token.word);
  const canBe = (w: string, tag: RegExp) => (lexiconTags(w) ?? []).some((t) => tag.test(t));
  for (let at = words.indexOf(word); at >= 0; at = words.indexOf(word, at + 1)) {
    if (!canBe(word, /^NN/u)) return false;
    let before = at - 1;
    while (before >= 0 && !DETERMINER.has(words[before]!) && canBe(words[before]!, PREMODIFIER_TAG))
      before--;
    if (before >= 0 && DETERMINER.has(words[before]!)) return true;
  }
  return false;
}
