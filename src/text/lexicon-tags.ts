/**
 * The parts of speech `wink-lexicon`'s lexicon gives an English word: Penn Treebank tags, most
 * frequent first (partly from the fnTBL project), e.g. "elderly" → ["JJ", "NN"]. Read out of
 * context, so a word's usual class, not its class in a given sentence.
 */
import { createRequire } from 'node:module';

let lexicon: Record<string, readonly string[]> | undefined;

/**
 * The tags of `word` as written (the lexicon's entries are lower case), or undefined when the
 * lexicon lacks it. Loads the lexicon on first use (some 60 ms of CPU), so callers ask only
 * when a cheaper test has not settled the question.
 */
export function lexiconTags(word: string): readonly string[] | undefined {
  if (!lexicon) {
    const require = createRequire(import.meta.url);
    lexicon = require('wink-lexicon/src/lexicon.js') as Record<string, readonly string[]>;
  }
  return Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
}
