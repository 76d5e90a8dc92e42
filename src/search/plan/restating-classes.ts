/**
 * The classes a text may call a thing by when it refers back to it: "a deal" restated as "the
 * agreement", the superordinate kind of reiteration (Halliday & Hasan 1976, Cohesion in English,
 * 6.1). Read from WordNet 3.1: the words of the direct hypernyms ("@" pointers) of a noun's most
 * frequent senses ({@link SENSES_PER_WORD}), each written by a word whose most frequent sense is
 * that class ("agreement" for "bargain, deal"; not "quantity", whose first sense is another).
 *
 * Looser than counted-superordinates.ts, which a count is matched by: this reading only lets a
 * passage that names the class be taken as naming the thing, where refusing it would be the
 * error (abstain-asked-time.ts), never adds matches to the ranking.
 */
import { nounSensesOf } from '../noun-senses.js';
import { keptIn } from '../../text/bounded-memo.js';
import { lemmaSynsets, SENSES_PER_WORD, wordnetSynsets } from '../wordnet-relations.js';

/** Readings kept: a question names a few nouns, and the same ones come back. */
const KEPT_READINGS = 512;

const readings = new Map<string, readonly string[]>();

/**
 * The one-word lemmas (lower case) of the classes a text may restate the noun `word` by (as
 * written, folded: "deal", "deals"; noun-senses.ts); empty for a word WordNet does not know as a
 * noun.
 *
 * @example restatingClassesOf('deal') // ['transaction', 'agreement']
 */
export function restatingClassesOf(word: string): readonly string[] {
  return keptIn(readings, word, KEPT_READINGS, () => {
    const nouns = lemmaSynsets('noun');
    const read = wordnetSynsets();
    const senses = nounSensesOf(word);
    const lemmas = new Set<string>();
    for (const sense of senses.slice(0, SENSES_PER_WORD))
      for (const [pos, offset] of sense.hypernyms) {
        const hypernym = read(pos, offset);
        for (const lemma of hypernym.words)
          if (!lemma.includes(' ') && nouns(lemma)[0] === hypernym) lemmas.add(lemma);
      }
    lemmas.delete(word);
    return [...lemmas];
  });
}
