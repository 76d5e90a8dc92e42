/**
 * The words the clause-level date rules (habits, copulas) read: runs of letters and apostrophes,
 * so that "don't" and "council’s" stay one word and numbers and punctuation drop out. One
 * definition, so that those rules count words alike. (tense.ts keeps its own reading, which also
 * keeps the punctuation that ends a clause.)
 */

/**
 * "am" or "pm" after a numeral ("at 6am", "at 6 AM"): the time of day (ante or post meridiem),
 * not the verb "am", whose present tense would read "closed at 6am today" as a present state.
 */
export const CLOCK_SUFFIX = /(?<=\d)\s?[ap]m(?![\p{L}])/giu;

/**
 * The words of `text`, in order: runs of letters, straight and curly apostrophes; a clock's
 * "am" or "pm" ({@link CLOCK_SUFFIX}) is none.
 */
export const wordsOf = (text: string): string[] =>
  text.replace(CLOCK_SUFFIX, '').match(/[\p{L}'’]+/gu) ?? [];

/**
 * The last part of a compound joined by hyphens, which carries its inflection: "reviewed" of
 * "peer-reviewed", "elected" of "re-elected" (a compound's head is its last element: Quirk et
 * al. 1985, I.57). A word without a hyphen is its own head.
 */
export const compoundHead = (word: string): string => word.slice(word.lastIndexOf('-') + 1);
