/**
 * The words whose most frequent reading in `wink-lexicon`'s lexicon is a common noun (Penn tags
 * NN, NNS: "guys", "minister", "border"), read out of context: a word's usual class. About 6,600
 * lower-case words, the same for every corpus.
 */
import { lexiconTags, lexiconWords } from './lexicon-tags.js';

let nounWords: ReadonlySet<string> | undefined;

/**
 * Takes {@link nouns} from a saved index (index-file.ts `nouns`) when they are not built yet.
 * An index is read only by the code and packages that built it (engine/fingerprint.ts), so they
 * are the words this module would build; answering then loads no lexicon (some 60 ms of CPU),
 * as with the adjectives (timeline/adjectives.ts).
 */
export function seedNouns(words: readonly string[]): void {
  nounWords ??= new Set(words);
}

/** True when a tag is a common noun's: NN or NNS (not a proper noun's, NNP). */
function commonNounTag(tag: string | undefined): boolean {
  return tag === 'NN' || tag === 'NNS';
}

/** Every lower-case word of the lexicon whose first (most frequent) tag is NN or NNS; built once on first use. */
export function nouns(): ReadonlySet<string> {
  nounWords ??= new Set(
    lexiconWords().filter(
      (word) => word === word.toLowerCase() && commonNounTag(lexiconTags(word)?.[0]),
    ),
  );
  return nounWords;
}

/** True when the lexicon's most frequent reading of `word` (any case) is a common noun. */
export function isUsuallyNoun(word: string): boolean {
  return nouns().has(word.toLowerCase());
}
