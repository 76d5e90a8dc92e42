/**
 * A longer index term that only extends a word by another word of its own is a compound of the
 * two, not a form of the word: "weatherproof" is "weather" + "proof", and a compound's head, the
 * element that says what it is, is its last (Quirk et al. 1985, appendix I.57; Huddleston &
 * Pullum 2002, ch. 19 §4.1): weatherproof is a kind of proof against weather, not weather, as a
 * warship is a ship. A derived form extends a word by a bound suffix ("legitimacy" of
 * "legitim-", "election" of "elect"): the word is its base and it keeps the word's sense.
 *
 * The few suffixes that are also spelt as words of their own ("-ship", "-hood", "-less",
 * "-like", "-wise", "-ward", "-some", "-man") are suffixes in Quirk et al.'s list (appendix
 * I.33–I.40), not compounds' heads: "partnership" is a form of "partner".
 */

/** Suffixes spelt as words of their own (Quirk et al. 1985, appendix I.33–I.40), as index stems. */
const WORDLIKE_SUFFIXES: ReadonlySet<string> = new Set([
  'ship',
  'hood',
  'less',
  'like',
  'wise',
  'ward',
  'some',
  'man',
  'men',
  'dom',
]);

/**
 * Fewest letters of the second element read as a word: shorter endings ("ion", "al", "ate") are
 * suffixes that happen to be spelt as rare words.
 */
const MIN_HEAD_LETTERS = 4;

/**
 * True when `longer` (an index term) is `term` (another) followed by a word of its own of at
 * least four letters, not a word-like suffix: `isWord` says whether a string is a word (a
 * dictionary lemma's form).
 *
 * @example compoundOf('weather', 'weatherproof', isWord) // true
 * @example compoundOf('partner', 'partnership', isWord) // false
 */
export function compoundOf(
  term: string,
  longer: string,
  isWord: (word: string) => boolean,
): boolean {
  if (!longer.startsWith(term)) return false;
  const head = longer.slice(term.length);
  return head.length >= MIN_HEAD_LETTERS && !WORDLIKE_SUFFIXES.has(head) && isWord(head);
}
