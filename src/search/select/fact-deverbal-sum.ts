/**
 * A sum of money told as the object of a verb ("The firm offered £2.4 million for school places")
 * and as a premodifier of that verb's own noun ("The firm made a £2.1 million offer for school
 * places"). A deverbal noun keeps its verb's arguments: its premodifier (or its "of" phrase)
 * stands for the verb's object, and a support verb's subject or a genitive before it for the
 * verb's subject (Quirk et al. 1985, §17.51–17.54, on deverbal nouns and the clauses they
 * correspond to; §17.89 on a measure before the noun and after it). So the two shapes tell one
 * act with one sum, as fact-sum-worth.ts reads "a £34 million contract" and "the contract, worth
 * £31m," as one worth; two sums so told are two accounts of one offer, bid or payment.
 *
 * Read only where the noun is the verb's zero-derived noun (one stem: "offer" / "offered",
 * "bid" / "bid"), the sum premodifies it (fact-sum-worth.ts `premodifiedHead`), and the words
 * before each sum, the noun and its verb set aside, are the same and name someone: the one who
 * acts ("The firm"), the light verb that carries the noun ("made", "put in") being no word of
 * its own (text/light-verbs.ts). "The firm rejected a £2.1 million offer" has another act before
 * the noun and another agent of the offer: it is not read so.
 */
import { LIGHT_VERB_TERMS } from '../../text/light-verbs.js';
import { SEARCH_OPTIONS } from '../options.js';

/** What the words before a sum say it is of, as fact-measures.ts reads it (`AmountOf`). */
export interface SumOf {
  /** The term right before the sum, or the worth term for a sum premodifying a noun. */
  nearest: string;
  terms: ReadonlySet<string>;
  names: ReadonlySet<string>;
  /** For a sum premodifying a noun (fact-sum-worth.ts), that noun's term. */
  noun?: string;
}

/** The light verbs as fact terms (stems cut as fact terms are). */
const LIGHT = new Set(
  [...LIGHT_VERB_TERMS].map((term) => term.slice(0, SEARCH_OPTIONS.facts.namePrefix)),
);

/**
 * True when `nounSide`'s sum premodifies the noun of the act `verbSide`'s sum is the object
 * of (or the same noun, its sum after "of"), and the words before the two sums otherwise name
 * the same agent and nothing else (see the file's comment). `worth`: the term a premodified
 * noun's sum is read under (fact-sum-worth.ts `WORTH`).
 *
 * @example
 * // "The firm made a £2.1 million offer" / "The firm offered £2.4 million": true
 */
export function sumOfActAndItsNoun(nounSide: SumOf, verbSide: SumOf, worth: string): boolean {
  const noun = nounSide.noun;
  if (noun === undefined || nounSide.nearest !== worth || verbSide.nearest !== noun) return false;
  if (verbSide.noun !== undefined) return false;
  if (nounSide.names.size !== verbSide.names.size) return false;
  if (![...nounSide.names].every((name) => verbSide.names.has(name))) return false;
  const rest = (terms: ReadonlySet<string>) =>
    new Set([...terms].filter((t) => t !== worth && t !== noun && !LIGHT.has(t)));
  const x = rest(nounSide.terms);
  const y = rest(verbSide.terms);
  return (
    (y.size > 0 || verbSide.names.size > 0) &&
    x.size === y.size &&
    [...x].every((term) => y.has(term))
  );
}
