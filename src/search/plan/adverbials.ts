/**
 * Fixed adverbial phrases in a question ("how big was the fire in the end", "who started it in
 * the first place"): WordNet lists them as multiword adverbs (wordnet-relations.ts,
 * adverbialPhrases). Their content words say how or when, not what about: "in the end" is
 * "finally", and a passage about the end of patrols does not answer it. So a phrase's words
 * stop counting one by one; the phrase counts as one unit through its one-word synonyms
 * ("finally", "ultimately"), which the synonym table keys by the phrase as written.
 */
import type { Token } from '../../text/terms.js';

/** The longest adverbial phrase looked for, in words (WordNet's lemmas read are at most 4). */
export const MAX_ADVERBIAL_WORDS = 4;

/** An adverbial phrase found in a question: its words as written and where they stand. */
export interface AdverbialMatch {
  /** The phrase's words, folded and space-joined ("in the end"): its key. */
  phrase: string;
  /** Its tokens, in order. */
  tokens: Token[];
}

/**
 * The adverbial phrases among a question's tokens, left to right, longest first where two
 * start at one word; a word belongs to one phrase at most, and a phrase's words stand
 * together, parted by spaces only ("in the end", not "in the. End").
 *
 * @param text the question the tokens are of
 * @param tokens all the question's tokens, stop words included
 * @param isAdverbial true for a phrase (folded words, space-joined) WordNet lists as one
 * @example
 * const question = 'how big was the fire in the end';
 * adverbialsIn(question, tokenize(question), (p) => p === 'in the end')
 * // [{ phrase: 'in the end', tokens: [in, the, end] }]
 */
export function adverbialsIn(
  text: string,
  tokens: readonly Token[],
  isAdverbial: (phrase: string) => boolean,
): AdverbialMatch[] {
  const found: AdverbialMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let length = Math.min(MAX_ADVERBIAL_WORDS, tokens.length - i); length >= 2; length--) {
      // The phrase is looked up first: most runs of words are none, and for them nothing
      // more is cut out of the question.
      let phrase = tokens[i]!.word;
      for (let k = 1; k < length; k++) phrase += ` ${tokens[i + k]!.word}`;
      if (!isAdverbial(phrase)) continue;
      const words = tokens.slice(i, i + length);
      if (!standTogether(text, words)) continue;
      found.push({ phrase, tokens: words });
      i += length - 1;
      break;
    }
  }
  return found;
}

/**
 * True for a time-position adjunct that only points to a time the context gives: "at" with a
 * definite determiner and "time" or "moment" ("how old was he at the time", "who led it at that
 * time"). Such a phrase is the pro-form "then" spelt out (Quirk et al., "A Comprehensive
 * Grammar of the English Language", 1985, §8.51 on time-position adjuncts, and ch. 12 on
 * "then" as the pro-form of a time adjunct; WordNet's gloss of "then", r 00118799: "at that
 * time"), so its noun names no topic: a passage saying "a matter of time" is no nearer the
 * answer. WordNet lists none of these as adverbs, so they are read here, beside its phrases.
 *
 * @param phrase folded words, space-joined, as {@link adverbialsIn} looks them up
 * @example isTimeProForm('at the time') // true
 * @example isTimeProForm('at a time') // false: "one at a time" counts, it points to no time
 */
export function isTimeProForm(phrase: string): boolean {
  return /^at (?:the|that|this) (?:time|moment)$/.test(phrase);
}

/** True when only spaces part each token from the next in `text`. */
function standTogether(text: string, tokens: readonly Token[]): boolean {
  for (let k = 1; k < tokens.length; k++)
    if (!/^\s+$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return false;
  return true;
}
