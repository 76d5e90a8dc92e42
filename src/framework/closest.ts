/** Which known option name a misspelt one was probably meant to be. */
import damerauLevenshtein from 'damerau-levenshtein';

/**
 * Edits a typed name may be away from a known one and still be taken as a misspelling of it:
 * two, as in `reslt` or `sorce`, and never more than a third of its length, so short words in a
 * question are not mistaken for options. Edits are counted as Damerau–Levenshtein (optimal string
 * alignment) counts them: a swap of two neighbouring letters (`form` for `from`) is one typo,
 * as in Damerau's 1964 study of spelling errors, not two.
 */
export const MAX_OPTION_EDITS = 2;

/**
 * The known name nearest to `typed` (case-insensitive) within {@link MAX_OPTION_EDITS}, or null
 * when none is that close. Ties go to the earlier name in `names`.
 */
export function closestOptionName(typed: string, names: readonly string[]): string | null {
  const word = typed.toLowerCase();
  const limit = Math.min(MAX_OPTION_EDITS, Math.floor(word.length / 3));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const name of names) {
    const d = damerauLevenshtein(word, name.toLowerCase()).steps;
    if (d <= limit && d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}
