/**
 * Clipped names: a proper name cut short in informal writing ("Luka" for Lukashenko, "Zelo"
 * for Zelensky), the clipping of word formation applied to a name (Marchand 1969, "The
 * Categories and Types of Present-Day English Word-Formation", on back-clipping, which keeps a
 * word's start; Bauer 1983, "English Word-Formation"; clippings.ts holds the common words'). A
 * prefix alone cannot tell which word it clips, so one is read as a name only when nothing
 * else can be meant: it is no word of the corpus, no everyday or dictionary word, at least
 * {@link MIN_CLIPPED_LENGTH} letters long, and it starts exactly one name of the corpus (the
 * index terms it starts are all written only capitalised, never in lower case, and are one
 * term or spellings of one name in the alias table).
 */
import type { AliasTable } from '../aliases.js';
import type { Vocabulary } from './query-plan.js';

/** Shortest clipping read as a name: shorter prefixes start too many names to tell one. */
export const MIN_CLIPPED_LENGTH = 4;
/** Index terms read to check that a clipping starts one name: more means several names. */
const MAX_COMPLETIONS = 6;
/** A word typed in letters only. */
const LETTERS = /^\p{L}+$/u;

/**
 * The index terms of the one name `word` (folded, as typed; `term` its stem) clips, or none.
 *
 * @param sameName true when two index terms are spellings of one name (the alias table)
 * @example clippedName('luka', 'luka', vocabulary, sameName) // ['lukashenka', 'lukashenko']
 */
export function clippedName(
  word: string,
  term: string,
  vocabulary: Vocabulary,
  sameName: (a: string, b: string) => boolean,
): string[] {
  if (word.length < MIN_CLIPPED_LENGTH || !LETTERS.test(word)) return [];
  if (vocabulary.has(term) || vocabulary.isCommon(term) || vocabulary.isDictionaryWord(word))
    return [];
  const completions = vocabulary.completions(word, MAX_COMPLETIONS);
  if (completions.length === 0 || completions.length >= MAX_COMPLETIONS) return [];
  if (completions.some((t) => t === word || vocabulary.writtenInLowerCase(t))) return [];
  const [first, ...rest] = completions as [string, ...string[]];
  return rest.every((t) => sameName(first, t)) ? completions : [];
}

/** True when `b` is `a` or another one-word spelling of the same name in the alias table. */
export function spellingsOfOneName(aliases: AliasTable): (a: string, b: string) => boolean {
  return (a, b) =>
    a === b ||
    (aliases.byFirstTerm.get(a) ?? []).some(([group]) =>
      (aliases.groups[group] ?? []).some((member) => member.length === 1 && member[0] === b),
    );
}
