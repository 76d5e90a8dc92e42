/**
 * Typo corrections made on the word as typed, not on its stem. Index terms are stems, and a
 * stemmer takes a suffix off only a word it recognises: "petition" stems to "petit", but its
 * misspelling "petiton" keeps all seven letters, two edits from "petit" though one from
 * "petition". So the words one edit from the typed word (Damerau's four edits: a letter
 * deleted, inserted, replaced, or two neighbours swapped; Damerau 1964, "A technique for
 * computer detection and correction of spelling errors", CACM 7(3)) are stemmed, and those
 * whose stem the corpus holds are its corrections.
 */

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Letters a stemmer may take off a word ("-ational", "-ement"): a variant whose stem the
 * corpus holds starts with a corpus term at most this much shorter than itself, which is
 * checked before stemming it (stemming costs some microseconds; a look-up far less). The
 * stemmer's one change of a kept letter, a final "y" made "i" ("happy" → "happi"; Porter
 * 1980, step 1c), is why a variant ending in "y" is always stemmed.
 */
const MAX_SUFFIX = 7;

/**
 * The words one edit from `word` (lower-case letters), each once, without `word` itself:
 * 54n + 25 of them at most for n letters.
 *
 * @example oneEditWords('ab').includes('b') // true (a deletion)
 */
export function oneEditWords(word: string): string[] {
  const found = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail.length > 0) found.add(head + tail.slice(1));
    if (tail.length > 1) found.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of LETTERS) {
      found.add(head + letter + tail);
      if (tail.length > 0) found.add(head + letter + tail.slice(1));
    }
  }
  found.delete(word);
  return [...found];
}

/**
 * The index terms that words one edit from `word` stem to, at most `limit`, in the order of
 * the edits (deletions and swaps first). Only a variant that starts with an index term (at
 * most {@link MAX_SUFFIX} letters shorter) or ends in "y" is stemmed.
 *
 * @param word a question word as typed, folded (letters only; anything else gives none)
 * @param has true when the index holds a term
 * @param stem the index's stemmer
 * @example
 * // The corpus holds "petit" (of "petition"):
 * oneEditCorrections('petiton', (t) => t === 'petit', stem, 6) // ['petit']
 */
export function oneEditCorrections(
  word: string,
  has: (term: string) => boolean,
  stem: (word: string) => string,
  limit: number,
): string[] {
  if (!/^[a-z]+$/.test(word) || limit <= 0) return [];
  const own = stem(word);
  // Every variant's prefixes up to its edit are the word's own: whether each of those is an
  // index term is looked up once here, not again for each of the word's ~54n variants.
  const prefixIsTerm = new Uint8Array(word.length + 1);
  for (let length = 1; length <= word.length; length++)
    prefixIsTerm[length] = has(word.slice(0, length)) ? 1 : 0;
  const corrections = new Set<string>();
  for (const variant of oneEditWords(word)) {
    if (!variant.endsWith('y') && !startsWithTerm(variant, word, prefixIsTerm, has)) continue;
    const term = stem(variant);
    if (term === own || !has(term)) continue;
    corrections.add(term);
    if (corrections.size >= limit) break;
  }
  return [...corrections];
}

/**
 * True when a prefix of `variant`, at most {@link MAX_SUFFIX} letters shorter, is an index
 * term. A prefix no longer than what `variant` shares with `word` is one of `word`'s, read from
 * `prefixIsTerm` (per length: 1 when `word`'s prefix of that length is a term).
 */
function startsWithTerm(
  variant: string,
  word: string,
  prefixIsTerm: Uint8Array,
  has: (term: string) => boolean,
): boolean {
  let shared = 0;
  while (shared < variant.length && variant.charCodeAt(shared) === word.charCodeAt(shared))
    shared += 1;
  for (let length = variant.length; length >= Math.max(1, variant.length - MAX_SUFFIX); length--)
    if (length <= shared ? prefixIsTerm[length] === 1 : has(variant.slice(0, length))) return true;
  return false;
}
