/**
 * Words formed from a question's word by a negating prefix ("unhurt" from "hurt", "impossible"
 * from "possible"), as the coverage writes them. A passage saying the driver "was unhurt" is
 * about "Was anyone hurt?" though it holds none of its words as the index splits them, so a
 * reply that no passage uses the question's words must look for these too. The prefixes are
 * English's negating ones (un-, in-, im-, non-, dis-; il- and ir- left out: they join few
 * words), with in- written im- before a labial ("impossible", "inactive"), as English
 * assimilates it; only forms the corpus holds count, and only of words of four letters or more,
 * so short stems ("in" + "come") make no words.
 */
import { stem, tokenize } from '../../text/terms.js';

/** The negating prefixes tried, in order. */
export const NEGATING_PREFIXES = ['un', 'in', 'im', 'non', 'dis'] as const;
/** Shortest word a prefix is put before (letters). */
export const MIN_NEGATED_BASE = 4;

/** True when `prefix` may stand before `word` as English writes it (im- before b, m, p; in- not). */
function fits(prefix: (typeof NEGATING_PREFIXES)[number], word: string): boolean {
  const labial = /^[bmp]/.test(word);
  if (prefix === 'im') return labial;
  if (prefix === 'in') return !labial;
  return true;
}

/**
 * The words `word` is formed from by one negating prefix, as English writes them
 * ("undamaged" → ["damaged"], "impossible" → ["possible"], "inform" → ["form"]): candidates
 * only, since most such strings are no negation ("inform", "display"); a caller confirms each
 * (wordnet-relations.ts: WordNet's antonyms). Folded words of letters only; bases shorter than
 * {@link MIN_NEGATED_BASE} give none.
 *
 * @example negatingBases('unhurt') // ['hurt']
 */
export function negatingBases(word: string): string[] {
  const bases: string[] = [];
  for (const prefix of NEGATING_PREFIXES) {
    if (!word.startsWith(prefix)) continue;
    const base = word.slice(prefix.length);
    if (base.length >= MIN_NEGATED_BASE && fits(prefix, base)) bases.push(base);
  }
  return bases;
}

/**
 * `text`'s words prefixed by a negating one whose index term `has` (the index's vocabulary)
 * holds, each once, folded, in the order of the words: words a question may be searched by
 * again. `text` is one or more of a question's own words. The term is the stem of the whole
 * prefixed word (the stemmer reads endings: "impossible" is "imposs", "possible" "possibl").
 *
 * @example negatedWords('Was anyone hurt?', (t) => t === 'unhurt') // ['unhurt']
 */
export function negatedWords(text: string, has: (term: string) => boolean): string[] {
  const found = new Set<string>();
  for (const { word } of tokenize(text)) {
    if (!/^\p{L}+$/u.test(word) || word.length < MIN_NEGATED_BASE) continue;
    for (const prefix of NEGATING_PREFIXES) {
      if (!fits(prefix, word)) continue;
      const negated = `${prefix}${word}`;
      if (has(stem(negated))) found.add(negated);
    }
  }
  return [...found];
}
