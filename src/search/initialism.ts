/**
 * Initialisms: a word spelt by the first letters of a phrase's words ("CEO" for "chief
 * executive officer", "MP" for "member of parliament", "MoD" for "ministry of defence"). An
 * initialism names exactly what its phrase names, so a question's "CEO" is the coverage's
 * "chief executive officer" as much as shorthand is its word (plan/abbreviation.ts), not a
 * near-synonym. The phrases come from WordNet, where an initialism shares a synset with its
 * expansion; this module holds the spelling rules, used at index time (wordnet-relations.ts)
 * and at query time (plan/query-plan.ts) alike.
 */

/**
 * Function words an initialism may skip or keep: "MP" skips the "of" of "member of
 * parliament", "MoD" keeps the "of" of "ministry of defence".
 */
const FUNCTION_WORDS = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'at', 'to', 'a', 'an']);

/** An initialism has 2–5 letters ("UN", "CEO", "NASA", "UNHCR"). */
const INITIALISM = /^[a-z]{2,5}$/;

/** True when a word (folded) has an initialism's shape: 2–5 letters and nothing else. */
export function mayBeInitialism(word: string): boolean {
  return INITIALISM.test(word);
}

/**
 * True when the first letters of `words` (two or more; lower case; stems keep their first
 * letter, so index terms do too) spell `initialism`, with the function words among them
 * counted or skipped.
 *
 * @example
 * spellsInitialism('ceo', ['chief', 'executive', 'officer']) // true
 * spellsInitialism('mp', ['member', 'of', 'parliament']) // true: "of" skipped
 * spellsInitialism('mod', ['ministry', 'of', 'defence']) // true: "of" counted
 */
export function spellsInitialism(initialism: string, words: readonly string[]): boolean {
  return mayBeInitialism(initialism) && initialsOf(words).includes(initialism);
}

/**
 * The initialisms `words` (two or more; lower case) may be written as: the first letters of
 * all of them, and of their words other than function words when two or more are left (the
 * rule of {@link spellsInitialism}). Each is listed once; none when fewer than two words.
 *
 * @example
 * initialsOf(['ministry', 'of', 'defence']) // ['mod', 'md']
 */
export function initialsOf(words: readonly string[]): string[] {
  if (words.length < 2) return [];
  const all = words.map((word) => word[0] ?? '').join('');
  const content = words.filter((word) => !FUNCTION_WORDS.has(word));
  if (content.length < 2 || content.length === words.length) return [all];
  return [all, content.map((word) => word[0] ?? '').join('')];
}

/** True for a function word an initialism may skip or keep ("of", "the", "and"). */
export function isInitialismFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word);
}

/**
 * The leading parts of an initialism's expansion that name the same thing on their own, as
 * the coverage may write it ("chief executive Dana Whitcombe" for the "chief executive
 * officer"): English noun phrases are head-final, so dropping the last words drops the head
 * ("officer"), and what is left names anything only when it is a noun phrase itself, with a
 * head of its own. WordNet vouches for that when it lists the leading part as a noun lemma
 * ("chief executive"); a part ending in a modifier ("chief operating" of "chief operating
 * officer", "chief financial") or in a function word ("member of") names nothing, and one
 * word alone ("chief") is too loose to stand for the phrase. Longest first.
 *
 * @param words the expansion's words, lower case ("chief", "executive", "officer")
 * @param isNounLemma true when WordNet lists a (space-joined, lower-case) phrase as a noun
 */
export function leadingNounPhrases(
  words: readonly string[],
  isNounLemma: (phrase: string) => boolean,
): string[] {
  const parts: string[] = [];
  for (let length = words.length - 1; length >= 2; length--) {
    const part = words.slice(0, length);
    if (FUNCTION_WORDS.has(part[length - 1] ?? '')) continue;
    const phrase = part.join(' ');
    if (isNounLemma(phrase)) parts.push(phrase);
  }
  return parts;
}

/**
 * The alternatives among a question word's WordNet synonyms (index-term phrases) that expand
 * it as an initialism: those whose initials spell it ({@link spellsInitialism}), and the
 * leading parts of those that the synonyms hold too ({@link leadingNounPhrases}, added at
 * index time). A leading part counts only beside its whole expansion: "general idea" is a
 * synonym of "gist", not its expansion, though its initials begin it.
 *
 * @returns the synonyms that expand it, a subset of `synonyms`
 */
export function initialismExpansions(initialism: string, synonyms: readonly string[]): string[] {
  if (!mayBeInitialism(initialism)) return [];
  const whole = synonyms.filter((synonym) => spellsInitialism(initialism, synonym.split(' ')));
  if (whole.length === 0) return [];
  return synonyms.filter(
    (synonym) =>
      whole.includes(synonym) ||
      (synonym.includes(' ') && whole.some((phrase) => phrase.startsWith(`${synonym} `))),
  );
}
