/**
 * The determiners of English that open a noun phrase, a closed class, by kind (Quirk et al., A
 * Comprehensive Grammar of the English Language, 1985, chapter 5). Each rule that reads where a
 * noun phrase starts builds its own list from these parts (text/word-class.ts), adding the
 * quantifiers or pronouns it needs, so a determiner is written once.
 */

/** The articles. */
export const ARTICLES: readonly string[] = ['the', 'a', 'an'];

/** The demonstratives, singular then plural. */
export const DEMONSTRATIVES: readonly string[] = ['this', 'that', 'these', 'those'];

/** The possessive determiners: "its plan", "their count". */
export const POSSESSIVE_DETERMINERS: readonly string[] = [
  'my',
  'your',
  'his',
  'her',
  'its',
  'our',
  'their',
];

/** The wh-determiners of a question: "which minister", "whose plan". */
export const WH_DETERMINERS: readonly string[] = ['which', 'what', 'whose'];

/** The articles, demonstratives and possessive determiners together. */
export const DETERMINERS: readonly string[] = [
  ...ARTICLES,
  ...DEMONSTRATIVES,
  ...POSSESSIVE_DETERMINERS,
];
