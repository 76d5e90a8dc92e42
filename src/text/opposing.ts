/**
 * Words of opposing an act: "residents opposed plans to close three schools", "objected to
 * felling 60 trees", "voted against scrapping the extension". Opposing an act does not entail
 * that it happened: "oppose" and "against" + gerund are non-implicative (Karttunen, "Implicative
 * verbs", Language 47, 1971), and their complement is irrealis (Palmer, "Mood and Modality", 2nd
 * ed. 2001, §1.2). Read by the search's counted-thing gate (search/told-as-opposed.ts) and the
 * timeline's reading of an asserted act (timeline/asserted-act.ts).
 */
import { wordIn } from './word-class.js';

/** Verbs and nouns of opposing an act: what follows them is the act opposed. */
const OPPOSING = wordIn([
  'oppose',
  'opposes',
  'opposed',
  'opposing',
  'opposition',
  'objection',
  'objections',
]);
/** "object to", "objected to felling": the verb needs its "to". */
const OBJECT = wordIn(['object', 'objects', 'objected', 'objecting']);
/** "against" opposes an act only when a gerund names it: "against cutting down". */
const AGAINST = wordIn(['against']);
const GERUND = /^\p{L}{2,}ing$/u;

/**
 * True when the word at `i` of `words` opposes the act told after it: a word of opposing,
 * "object" before "to", or "against" before a gerund ("two against" in a tally opposes nothing).
 *
 * @example opposesAt(['voted', 'against', 'scrapping'], 1) // true
 */
export function opposesAt(words: readonly string[], i: number): boolean {
  const word = words[i] ?? '';
  const next = words[i + 1] ?? '';
  return (
    OPPOSING.test(word) ||
    (OBJECT.test(word) && /^to$/iu.test(next)) ||
    (AGAINST.test(word) && GERUND.test(next))
  );
}
