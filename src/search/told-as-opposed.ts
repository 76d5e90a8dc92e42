/**
 * Whether a word of a sentence stands in the complement of an act of opposing: "We are against
 * cutting down sixty trees", "residents opposed plans to close three schools", "objected to
 * felling 60 trees". Opposing an act, like asking for it (told-as-ahead.ts), does not entail
 * that it happened: "oppose" and "against" + gerund are non-implicative (Karttunen, "Implicative
 * verbs", Language 47, 1971), and their complement is irrealis (Palmer, "Mood and Modality",
 * 2nd ed. 2001, §1.2). Read by the counted-thing gate (abstain-counted-thing.ts) for a count a
 * past "how many … were V-ed" asks of realised acts.
 *
 * Only an opposing word before the value in its clause counts ("voted against" with no act
 * after it, "two against" in a tally, are not followed by a gerund and are left alone).
 */
import { clauseBounds } from '../timeline/clause.js';
import { CLAUSE_WORD } from './told-as-ahead.js';

/** Verbs and nouns of opposing an act: what follows them is the act opposed. */
const OPPOSING = /^(?:oppose|opposes|opposed|opposing|opposition|objection|objections)$/iu;
/** "object to", "objected to felling": the verb needs its "to". */
const OBJECT = /^(?:object|objects|objected|objecting)$/iu;
/** "against" opposes an act only when a gerund names it: "against cutting down". */
const AGAINST = /^against$/iu;
const GERUND = /^\p{L}{2,}ing$/u;

/**
 * True when the word at `start`–`end` of `text` (UTF-16 offsets, end exclusive) follows, in its
 * clause, a word of opposing an act (see the top of this file).
 *
 * @example toldAsOpposed('We are against cutting down sixty trees.', 28, 33) // true
 */
export function toldAsOpposed(text: string, start: number, end: number): boolean {
  const { from, to } = clauseBounds(text, start, end);
  const words = [...text.slice(from, to).matchAll(CLAUSE_WORD)]
    .filter((m) => from + m.index < start)
    .map((m) => m[0]);
  return words.some(
    (word, i) =>
      OPPOSING.test(word) ||
      (OBJECT.test(word) && /^to$/iu.test(words[i + 1] ?? '')) ||
      (AGAINST.test(word) && GERUND.test(words[i + 1] ?? '')),
  );
}
