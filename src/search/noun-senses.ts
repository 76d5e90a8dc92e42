/**
 * A word's WordNet noun senses as a question or a text writes it, through its regular
 * inflection: "fined" → the senses of "fine", "deals" → those of "deal". One reading for every
 * rule that asks what a written noun means (the kind of sum asked, the classes a thing is
 * restated by, the synonyms of a noun's own senses).
 */
import { baseForms } from './dictionary-words.js';
import { lemmaSynsets, type Synset } from './wordnet-relations.js';

/**
 * The noun senses of `word` (as written, folded), each of its base forms' first, most frequent
 * first within each (dictionary-words.ts `baseForms`: "gates" is first a gate, not the lemma
 * "Gates"); empty for a word WordNet does not know as a noun.
 *
 * @example nounSensesOf('deals')[0]?.words // ['deal', 'trade', 'business deal']
 */
export function nounSensesOf(word: string): Synset[] {
  const nouns = lemmaSynsets('noun');
  return [...baseForms(word).slice(1), word].flatMap((form) => nouns(form));
}
