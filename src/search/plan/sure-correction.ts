/**
 * A misspelling whose correction is certain counts as the word meant. A word no dictionary
 * knows, typed with its first letter kept, that reaches exactly one corpus word by one edit
 * (Damerau's four: a letter deleted, inserted, replaced or two neighbours swapped; Damerau 1964,
 * "A technique for computer detection and correction of spelling errors", CACM 7(3), found over
 * 80% of misspellings to be one such edit) and no dictionary word the corpus lacks, leaves a
 * reader one word it can stand for: in the noisy channel's terms (Kernighan, Church & Gale 1990)
 * every other candidate has a far lower likelihood, so the posterior of that word is close to 1.
 * A user typing "breakwatr" meant "breakwater" as surely as one typing "breakwater": the
 * correction is matched as the word itself (kind "exact"), the way plan/meant-spellings.ts reads
 * a dictionary word the corpus lacks. The first letter is seldom the one mistyped (fewer than one
 * misspelling in ten; Pollock & Zamora 1984), so a correction changing it stays a guess, as do
 * two or more candidates, a correction more than one edit away, and a real word typed (a
 * real-word error is itself a guess: query-plan.ts `realWordCorrections`).
 */

/** What the rule needs of the index's vocabulary (query-plan.ts `Vocabulary`). */
export interface CorrectionVocabulary {
  /** The index terms words one edit from a word as typed stem to (typo-edits.ts). */
  oneEditCorrections(word: string, limit: number): readonly string[];
  /** True when a word as typed is one edit from a dictionary word the corpus lacks. */
  nearDictionaryWord(word: string): boolean;
}

/**
 * True when `correction` (an index term) is the one word `word` (folded, as typed; no
 * dictionary word) can have meant: the only index term among `candidates` (every form and
 * correction the plan found for it), one edit from `word` as typed, beginning with its letter,
 * and no dictionary word the corpus lacks is one edit from `word`.
 *
 * @example isSureCorrection('breakwatr', 'breakwat', ['breakwat'], vocabulary) // true
 */
export function isSureCorrection(
  word: string,
  correction: string,
  candidates: readonly string[],
  vocabulary: CorrectionVocabulary,
): boolean {
  if (new Set(candidates).size !== 1 || candidates[0] !== correction) return false;
  if (correction[0] !== word[0]) return false;
  const typed = vocabulary.oneEditCorrections(word, 2);
  if (typed.length !== 1 || typed[0] !== correction) return false;
  return !vocabulary.nearDictionaryWord(word);
}
