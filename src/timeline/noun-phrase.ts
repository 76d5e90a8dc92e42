/**
 * Where a noun phrase begins, read back from its head noun: "the rota agreement", "the eleven
 * libraries", "86 people". In English the determiner opens the noun phrase and the premodifiers
 * (adjectives, nouns, numerals) stand between it and the head (Quirk et al. 1985, 17.2 on the
 * noun phrase's determinative, premodification and head). The relative clauses that postmodify
 * the head (relative-clause.ts, reduced-relative.ts) read it to name what their date dates.
 */
import type { TaggedWord } from './wink.js';

/** Tags of the words a noun phrase holds before its head: "the rota agreement", "86 people". */
const MODIFIER = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** Most words of a noun phrase before its head's end, its determiner left out. */
export const MAX_NOUN_WORDS = 4;

/**
 * The index in `words` of the first word of the noun phrase whose last word is `head`: its
 * determiner, or else its first premodifier, or `head` itself. At most {@link MAX_NOUN_WORDS}
 * words from `head` back are read, the determiner besides.
 *
 * @param words a sentence's tagged words
 * @param head index of the noun ending the phrase (the caller checks it is one)
 */
export function nounPhraseStart(words: readonly TaggedWord[], head: number): number {
  let d = head - 1;
  while (d >= 0 && head - d < MAX_NOUN_WORDS && MODIFIER.has(words[d]!.tag)) d--;
  return d >= 0 && words[d]!.tag === 'DET' ? d : d + 1;
}
