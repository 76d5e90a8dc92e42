/**
 * The words whose most frequent reading in `wink-lexicon`'s lexicon is an adjective (Penn tag
 * JJ: "elderly", "hot", "disabled"), as the premodifier rule reads them (premodifier.ts): about
 * 1,450 lower-case words, the same for every corpus.
 */
import { lexiconTags, lexiconWords } from '../text/lexicon-tags.js';

let adjectiveWords: ReadonlySet<string> | undefined;

/**
 * Takes {@link adjectives} from a saved index (index-file.ts `adjectives`) when they are not
 * built yet. An index is read only by the code and packages that built it (its fingerprint:
 * engine/fingerprint.ts), so they are the words this module would build; answering then loads
 * no lexicon (some 60 ms of CPU), as with the irregular past forms (past-forms.ts).
 */
export function seedAdjectives(words: readonly string[]): void {
  adjectiveWords ??= new Set(words);
}

/** Every lower-case word of the lexicon whose first (most frequent) tag is JJ; built once on first use. */
export function adjectives(): ReadonlySet<string> {
  adjectiveWords ??= new Set(
    lexiconWords().filter((word) => word === word.toLowerCase() && lexiconTags(word)?.[0] === 'JJ'),
  );
  return adjectiveWords;
}

/** True when the lexicon's most frequent reading of `word` (any case) is an adjective. */
export function isAdjective(word: string): boolean {
  return adjectives().has(word.toLowerCase());
}
