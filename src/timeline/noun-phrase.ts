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
  let read = 1;
  while (d >= 0 && read < MAX_NOUN_WORDS) {
    // "the 34-year-old caver": a hyphenated compound is one premodifier, its parts and hyphens
    // written without spaces (the tagger's tokens "34", "-", "year", "-", "old").
    if (joinedHyphen(words, d)) {
      d -= 2;
      continue;
    }
    if (!MODIFIER.has(words[d]!.tag)) break;
    d--;
    read++;
  }
  return d >= 0 && words[d]!.tag === 'DET' ? d : d + 1;
}

/**
 * True when the word at `i` is a modifier joined by a hyphen, with no space, to the word before
 * it ("year" of "34-year"): the hyphen is at `i - 1`.
 */
function joinedHyphen(words: readonly TaggedWord[], i: number): boolean {
  const word = words[i]!;
  const hyphen = words[i - 1];
  const before = words[i - 2];
  return (
    hyphen !== undefined &&
    before !== undefined &&
    hyphen.value === '-' &&
    MODIFIER.has(word.tag) &&
    hyphen.start + 1 === word.start &&
    before.start + before.value.length === hyphen.start
  );
}
