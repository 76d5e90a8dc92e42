/**
 * Whether a word of a sentence stands in the complement of an act of opposing: "We are against
 * cutting down sixty trees", "residents opposed plans to close three schools", "objected to
 * felling 60 trees". Opposing an act, like asking for it (told-as-ahead.ts), does not entail
 * that it happened: "oppose" and "against" + gerund are non-implicative (Karttunen, "Implicative
 * verbs", Language 47, 1971), and their complement is irrealis (Palmer, "Mood and Modality",
 * 2nd ed. 2001, §1.2). Read by the counted-thing gate (abstain-counted-thing.ts) for a count a
 * past "how many … were V-ed" asks of realised acts.
 *
 * Only an opposing word before the value in its clause counts (text/opposing.ts `opposesAt`:
 * "voted against" with no act after it, "two against" in a tally, are left alone).
 */
import { clauseBounds } from '../timeline/clause.js';
import { opposesAt } from '../text/opposing.js';
import { CLAUSE_WORD } from './told-as-ahead.js';
import { matchesOf } from '../text/matches-of.js';

/**
 * True when the word at `start`–`end` of `text` (UTF-16 offsets, end exclusive) follows, in its
 * clause, a word of opposing an act (see the top of this file).
 *
 * @example toldAsOpposed('We are against cutting down sixty trees.', 28, 33) // true
 */
export function toldAsOpposed(text: string, start: number, end: number): boolean {
  const { from, to } = clauseBounds(text, start, end);
  const words = [...matchesOf(text.slice(from, to), CLAUSE_WORD)]
    .filter((m) => from + m.index < start)
    .map((m) => m[0]);
  return words.some((_, i) => opposesAt(words, i));
}
