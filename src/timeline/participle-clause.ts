/**
 * A date in a participle clause under a verb of the future: "every home would receive a new
 * recycling bin, delivered in May", "will see the rebate on bills sent out from 1 June". A past
 * participle with no auxiliary after the clause's finite verb, and no conjunction or subject
 * between them, is not a second finite verb of that clause but a non-finite clause (a reduced
 * relative or a supplementive clause; Quirk et al. 1985, 14.6 and 17.17): non-finite clauses
 * carry no tense, so "delivered" does not make May past. Its time is not told by the finite verb
 * either: the act may come before it ("will replace the wall damaged on 4 June") or after it
 * ("bills sent out from 1 June"), so the date's side of the time of writing is left to the date
 * itself (year-rules.ts `publicationYear`: the nearest occurrence). Under a past verb the
 * participle's act is past either way, and that reading is kept.
 */
import { AUXILIARIES } from '../text/auxiliaries.js';
import { wordIn } from '../text/word-class.js';
import { markerAt } from './tense-markers.js';

/** An auxiliary right before the participle makes it a finite verb group: "will be delivered". */
const AUXILIARY = wordIn(AUXILIARIES);

/**
 * Subject pronouns, a closed class: "the bins they delivered in May" is a relative clause with
 * its own subject and finite verb, which keeps its tense.
 */
const SUBJECT_PRONOUN = /^(?:i|you|he|she|it|we|they|who)$/iu;

/**
 * Words that open a new clause between two verbs: coordinators and subordinators ("will close
 * after workers voted in May"). A closed class as far as it goes; the clause breaks of
 * tense-markers.ts (that, which, but, …) are read there.
 */
const CLAUSE_OPENER =
  /^(?:and|or|nor|so|when|whenever|where|if|as|once|after|before|since|because|unless)$/iu;

/**
 * The index in `words` of the finite verb's marker governing the participle clause whose past
 * participle is `words[i]` ("would" for "delivered" in "would receive a new recycling bin,
 * delivered in"), or -1 when `words[i]` is no bare participle after a finite verb of its clause.
 *
 * @param words the words before a date, as tense.ts reads them
 * @param i index of a word marked past (tense-markers.ts `markerAt`)
 */
export function finiteVerbBeforeParticiple(words: readonly string[], i: number): number {
  const previous = words[i - 1] ?? '';
  if (AUXILIARY.test(previous) || SUBJECT_PRONOUN.test(previous)) return -1;
  for (let j = i - 1; j >= 0; j--) {
    if (CLAUSE_OPENER.test(words[j]!)) return -1;
    const marker = markerAt(words, j);
    if (marker === 'break') return -1;
    if (marker !== null) return j;
  }
  return -1;
}
