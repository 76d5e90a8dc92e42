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
import { CLAUSE_BREAK, NOT_A_BREAK } from './fact-clauses.js';

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

/**
 * A supplementary relative clause's opening: a comma, a dash or a bracket, then "which", "who",
 * "whom" or "whose" ("Pennock's Bakery, which lost its shop front, …", "…, whose roof fell in").
 * A restrictive relative ("the men who were arrested") takes no comma: it says which thing is
 * meant, so it stays part of what its noun phrase names (Quirk et al. 1985, §17.3 and §17.22).
 */
const SUPPLEMENT_OPENING = /[,(—–]\s*(?=(?:which|who|whom|whose)\b)/gu;

/** The break that closes a supplement opened by each break ("…, which …," / "… (which …)"). */
const CLOSING: Readonly<Record<string, string>> = { ',': ',', '(': ')', '—': '—', '–': '–' };

/**
 * The passage with its supplementary relative clauses on any antecedent, name or common noun,
 * cut out with the breaks that set them off: "Pennock's Bakery, which lost its shop front, is
 * baking from a borrowed kitchen." → "Pennock's Bakery is baking from a borrowed kitchen." Such a
 * clause runs from its relative word to the next clause break or the passage's end (a comma
 * inside a figure, "9,800", breaks nothing). What it says is a statement of its own beside the
 * sentence's main clause, not what the sentence asserts (Quirk et al. 1985, §17.22 on
 * non-restrictive relative clauses, and ch. 14–15: the assertion is the matrix clause's
 * predication; Potts 2005, ch. 4: supplements are not at issue), so what is left is the main
 * clause that two reports of one fact must share (fact-relation.ts). The text itself when it
 * holds none.
 */
export function withoutSupplements(text: string): string {
  // Most passages hold no relative pronoun after a break: read no further.
  if (!/[,(—–]\s*wh(?:ich|om?|ose)\b/u.test(text)) return text;
  const masked = text.replace(NOT_A_BREAK, ' ');
  let kept = '';
  let from = 0;
  for (const m of matchesOf(masked, SUPPLEMENT_OPENING)) {
    if (m.index < from) continue;
    const start = m.index + m[0].length;
    const rest = masked.slice(start).search(CLAUSE_BREAK);
    const end = rest < 0 ? text.length : start + rest;
    kept += text.slice(from, m.index);
    // The break that closes the clause goes with it; another one ("…, which …; the …") stays.
    from = text[end] === CLOSING[m[0][0] as string] ? end + 1 : end;
  }
  return (kept + text.slice(from)).replace(/\s{2,}/gu, ' ');
}
