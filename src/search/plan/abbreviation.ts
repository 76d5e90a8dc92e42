/**
 * Shorthand users type for words the coverage spells out: "govt" for "government", "dept" for
 * "department", "avg" for "average", "intl" for "international". A question word the corpus
 * never uses, that no dictionary links to the corpus and that is not everyday English, is read
 * as an abbreviation of the corpus's words it abbreviates when it is written like one (no
 * vowel past its start, two consonants at its end): its letters in order in the word, the
 * first two the word's own first two (abbreviations keep the start: "govt", never "ovt").
 * The corpus's most frequent such word is the likeliest meant.
 */

/** Bounds of {@link abbreviationCandidates}; see SEARCH_OPTIONS.plan.abbreviation. */
export interface AbbreviationLimits {
  /** Shortest and longest question word read as an abbreviation, in letters. */
  minLength: number;
  maxLength: number;
  /** The word abbreviated is at least this many letters longer than its abbreviation. */
  minLettersDropped: number;
  /** Index terms whose written forms are read to check the abbreviation, at most. */
  maxChecked: number;
}

/** The first letters an abbreviation shares with its word. */
export const SHARED_START = 2;

/**
 * True when `short` abbreviates `word`: it starts with the same two letters, has its letters
 * in the same order, and leaves out at least `minDropped` of the word's letters.
 *
 * @example
 * abbreviates('govt', 'government', 2) // true
 * abbreviates('govt', 'governed', 2) // false: no "t" after "gov"
 */
export function abbreviates(short: string, word: string, minDropped: number): boolean {
  if (word.length < short.length + minDropped) return false;
  if (word.slice(0, SHARED_START) !== short.slice(0, SHARED_START)) return false;
  return isSubsequence(short, word);
}

/** True when the letters of `short` occur in `long` in the same order. */
function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const letter of short) {
    at = long.indexOf(letter, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

/**
 * A written form without its inflection ("governments" → "government", "availing" →
 * "avail"): shorthand abbreviates a word, not one of its inflected forms, so "avg" is
 * "average" and never "availing".
 */
export function uninflected(form: string): string {
  const bare = form.replace(/(?:ing|ed|es|s)$/, '');
  return bare.length >= 4 ? bare : form;
}

/**
 * True when a question word may be an abbreviation: letters only (3–5 of them by default),
 * with no vowel after its first two letters and two consonants at its end. Shorthand drops a
 * word's vowels ("govt", "dept", "avg", "intl"); a word one can say ("won", "rally") is a
 * word, perhaps one the dictionary lists only in another form.
 */
export function mayAbbreviate(word: string, limits: AbbreviationLimits): boolean {
  return (
    word.length >= limits.minLength &&
    word.length <= limits.maxLength &&
    /^[a-z]{2}[b-df-hj-np-tv-xz]+$/.test(word) &&
    /[b-df-hj-np-tv-xz]{2}$/.test(word)
  );
}

/**
 * The index terms a question word abbreviates, most frequent first, at most `limit`.
 *
 * Index terms are stems ("government" → "govern"), and a stem may have lost the letters an
 * abbreviation keeps ("govt" ends with the "t" of "-ment"): so a term is a candidate when the
 * word without its last letter fits the stem, and it is kept when the word fits one of the
 * term's written forms in the corpus (`writtenForms`), most frequent terms checked first.
 *
 * @param termsStartingWith index terms starting with the word's first two letters
 * @param documentFrequency sentences holding a term
 * @param writtenForms folded words of the corpus whose stem is the term
 */
export function abbreviationCandidates(
  word: string,
  termsStartingWith: readonly string[],
  documentFrequency: (term: string) => number,
  writtenForms: (term: string) => Iterable<string>,
  limits: AbbreviationLimits,
  limit: number,
): string[] {
  if (!mayAbbreviate(word, limits)) return [];
  const head = word.slice(0, -1);
  const candidates = termsStartingWith
    .filter((term) => term !== word && isSubsequence(head, term))
    .sort((a, b) => documentFrequency(b) - documentFrequency(a) || (a < b ? -1 : 1))
    .slice(0, limits.maxChecked);
  const found: string[] = [];
  for (const term of candidates) {
    if (found.length >= limit) break;
    for (const form of writtenForms(term))
      if (abbreviates(word, uninflected(form), limits.minLettersDropped)) {
        found.push(term);
        break;
      }
  }
  return found;
}
