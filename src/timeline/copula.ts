/**
 * States in the present: "Today the town is quiet", "the harbour is closed today", "the
 * terminal remains shut today". A clause whose verb is a current copula (be, remain, stay,
 * seem: the copulas of a state that holds, as against the resulting ones, "become", "turn",
 * that tell of a change; Quirk et al., A Comprehensive Grammar of the English Language, 1985,
 * §16.21) describes how things are, not something that happens. "Today" in it means "at the
 * present time", and dates no event of the publication day; "The council votes today", "the
 * road is being gritted today" (a progressive: under way), "Today is polling day" ("today" the
 * subject: the occasion is today's) do.
 */
import { clauseHolding } from './clause.js';
import { wordsOf } from './tokens.js';

/** Present forms of the current copulas. "Appear" and "look" are left out: "appears today before the committee". */
const PRESENT_COPULA = /^(?:is|are|am|remains?|stays?|seems?)$/iu;

/** After a copula: a progressive ("is being gritted", "is voting") or "is to", an arrangement. */
const NOT_A_STATE_AFTER = /^(?:being|to|\p{Ll}{2,}ing)$/iu;
/** Words in "-ing" that are no participle: "there is nothing", "is during the storm". */
const NOT_A_PARTICIPLE = /^(?:\p{Ll}*thing|during|morning|evening|spring|ceiling)$/iu;

/** Conjunctions that open a clause of their own inside a sentence ("votes today on whether it is…"). */
const SUBORDINATOR = /\b(?:that|because|when|if|whether|unless|once)\b/iu;

/**
 * True when the word at `start`–`end` of `sentence` ("today") is an adjunct of a clause whose
 * verb is a current copula in the present: the clause (see {@link clauseHolding}, cut at a
 * subordinating conjunction) holds a present copula not followed by a progressive or "to", and
 * the word is not the copula's subject ("Today is…").
 *
 * @param sentence the sentence
 * @param start offset of the word in the sentence
 * @param end offset just after it
 */
export function inPresentStateClause(sentence: string, start: number, end: number): boolean {
  const next = wordsOf(sentence.slice(end))[0] ?? '';
  if (PRESENT_COPULA.test(next) && /^\s*[\p{L}]/u.test(sentence.slice(end))) return false;
  const { clause, at } = clauseHolding(sentence, start, end);
  if (at === null) return false;
  // The part of the clause between the subordinators around the word.
  const before = clause.slice(0, at.start).split(SUBORDINATOR).at(-1) ?? '';
  const after = clause.slice(at.end).split(SUBORDINATOR)[0] ?? '';
  const words = wordsOf(`${before} ${after}`);
  return words.some((w, i) => {
    const following = words[i + 1] ?? '';
    return (
      PRESENT_COPULA.test(w) &&
      !(NOT_A_STATE_AFTER.test(following) && !NOT_A_PARTICIPLE.test(following))
    );
  });
}
