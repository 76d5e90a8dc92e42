/**
 * The parts of speech `wink-lexicon`'s lexicon gives an English word: Penn Treebank tags, most
 * frequent first (partly from the fnTBL project), e.g. "elderly" → ["JJ", "NN"]. Read out of
 * context, so a word's usual class, not its class in a given sentence.
 */
import { createRequire } from 'node:module';

let lexicon: Record<string, readonly string[]> | undefined;

/** The lexicon, loaded on first use (some 60 ms of CPU). */
function loaded(): Record<string, readonly string[]> {
  if (!lexicon) {
    const require = createRequire(import.meta.url);
    lexicon = require('wink-lexicon/src/lexicon.js') as Record<string, readonly string[]>;
  }
  return lexicon;
}

/**
 * The tags of `word` as written (the lexicon's entries are lower case), or undefined when the
 * lexicon lacks it. Loads the lexicon on first use, so callers ask only when a cheaper test has
 * not settled the question, or build what they need once and save it with the index.
 */
export function lexiconTags(word: string): readonly string[] | undefined {
  const entries = loaded();
  return Object.hasOwn(entries, word) ? entries[word] : undefined;
}

/** Every word the lexicon lists, as written there. Loads the lexicon. */
export function lexiconWords(): string[] {
  return Object.keys(loaded());
}
