/**
 * A surname's patronymic prefix "Mc" written apart from the name ("William Mc Kinley", as some
 * transcriptions set it) is the same name as "McKinley": the prefix is bound, never a word of its
 * own (the Chicago Manual of Style's indexing rules, ch. 16, file "Mc" names as one word).
 * "Mac" is left alone: it is also a given name ("Mac Tyler").
 */

/** `text` with each "Mc" set apart from a capitalised name closed up to it ("Mc Kinley" → "McKinley"). */
export const closedNamePrefixes = (text: string): string =>
  text.replace(/\bMc\s+(?=\p{Lu}\p{Ll})/gu, 'Mc');
