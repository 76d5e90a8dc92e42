/**
 * The words the clause-level date rules (habits, copulas) read: runs of letters and apostrophes,
 * so that "don't" and "council’s" stay one word and numbers and punctuation drop out. One
 * definition, so that those rules count words alike. (tense.ts keeps its own reading, which also
 * keeps the punctuation that ends a clause.)
 */

/** The words of `text`, in order: runs of letters, straight and curly apostrophes. */
export const wordsOf = (text: string): string[] => text.match(/[\p{L}'’]+/gu) ?? [];

/**
 * The last part of a compound joined by hyphens, which carries its inflection: "reviewed" of
 * "peer-reviewed", "elected" of "re-elected" (a compound's head is its last element: Quirk et
 * al. 1985, I.57). A word without a hyphen is its own head.
 */
export const compoundHead = (word: string): string => word.slice(word.lastIndexOf('-') + 1);
