/**
 * Supplementary relative clauses on a name: "The Kelby Star, which can carry ten cars, made three
 * runs on Monday." A non-restrictive relative clause set off by commas adds a statement of its own
 * about its antecedent, apart from what the sentence reports (Quirk et al. 1985, A Comprehensive
 * Grammar of the English Language, 17.22, like a coordinated clause; Potts 2005, The Logic of
 * Conventional Implicatures, ch. 4: supplementary relatives are independent propositions). So
 * "Kelby Star can carry ten cars" is a statement of that sentence, which another report's own
 * supplement on the same name ("The Kelby Star, which can carry up to eight cars, arrived …") may
 * contradict, whatever the two sentences report besides (fact-relation.ts reads them for a
 * dispute only: a shared supplement is no ground for "also reported by" of the whole sentence).
 */

import { matchesOf } from '../../text/matches-of.js';

/** A supplement as a statement of its own: its antecedent's name and the clause after it. */
export interface Supplement {
  /** The name, as written, without a leading article ("Kelby Star"). */
  name: string;
  /** The name and the clause's predicate, as a sentence ("Kelby Star can carry ten cars."). */
  statement: string;
}

/**
 * A capitalised name (one to four words, a leading "The" set aside), a comma, "which" or "who",
 * and the clause up to the next comma or the sentence's end (a comma inside a figure, "9,800",
 * ends nothing). Needs no `v` flag; `u` for the letters of names.
 */
const SUPPLEMENT =
  /(?<![\p{L}’'-])(?:The\s+)?((?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*),\s+(?:which|who)\s+((?:[^,;:.!?()—–]|(?<=\d)[,.](?=\d))+?)\s*(?=,\s|[.!?]?\s*$)/gu;

/** Most supplements read of one passage: a sentence rarely holds more than two. */
const MAX_SUPPLEMENTS = 3;

/**
 * The supplementary relative clauses of a passage on a capitalised name, each as a statement of
 * its own ({@link Supplement}); empty when it has none.
 *
 * @example
 * supplementsOf('The Kelby Star, which can carry ten cars, made three runs.')
 * // [{ name: 'Kelby Star', statement: 'Kelby Star can carry ten cars.' }]
 */
export function supplementsOf(text: string): Supplement[] {
  // Most passages hold no ", which" or ", who": read no further.
  if (!/,\s+wh(?:ich|o)\s/u.test(text)) return [];
  const found: Supplement[] = [];
  for (const m of matchesOf(text, SUPPLEMENT)) {
    const name = (m[1] as string).replace(/^The\s+/u, '');
    found.push({ name, statement: `${name} ${m[2] as string}.` });
    if (found.length >= MAX_SUPPLEMENTS) break;
  }
  return found;
}

/**
 * The pairs of supplements of two passages on one name (compared case-insensitively), as
 * [statement of the first, statement of the second].
 */
export function supplementsOnOneName(
  a: readonly Supplement[],
  b: readonly Supplement[],
): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const x of a)
    for (const y of b)
      if (x.name.toLowerCase() === y.name.toLowerCase()) pairs.push([x.statement, y.statement]);
  return pairs;
}
