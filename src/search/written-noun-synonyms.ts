/**
 * The synonyms of a noun as the question writes it, not of every word its stem stands for. The
 * plan's synonyms are keyed by index term (synonyms.ts), and a stemmer conflates words of
 * different meanings ("officers" and "office" both stem to "offic": an over-stemming error,
 * Paice 1996, "Method for evaluation of stemming algorithms based on error counting"), so the
 * concept of "officers" also lists the synonyms of "office" ("agency", "authority", "role").
 * A check that needs the asked noun itself (a count of officers) reads only the synonyms that
 * share one of its own senses.
 */
import type { Alternative } from './plan/query-plan.js';
import { nounSensesOf } from './noun-senses.js';
import { standardWordsOf, wordnetSynsets } from './wordnet-relations.js';
import { termsOf } from '../text/terms.js';

/**
 * The index-term phrases (space-joined) of the words sharing one of the most frequent WordNet
 * noun senses (wordnet-relations.ts `SENSES_PER_WORD`) of a base form of `word` (folded, as
 * written: "officers" → officer's "military officer", "police officer", "officeholder"), the
 * word's own included, and for an informal word the standard words it is a term for ("cops" →
 * "policeman", "police officer", "officer"); null when no base form of it is a WordNet noun, as nothing then tells
 * its synonyms from its stem-mates'.
 *
 * @example nounSenseTerms('officers')?.has('agenc') // false: "agency" is a sense of "office"
 */
export function nounSenseTerms(word: string): Set<string> | null {
  const synsets = nounSensesOf(word);
  if (synsets.length === 0) return null;
  const read = wordnetSynsets();
  // An informal word's sense is its standard word's, in another register ("cops" are police
  // officers: wordnet-relations.ts `standardWordsOf`).
  const words = synsets.flatMap((synset) => [...synset.words, ...standardWordsOf(synset, read)]);
  return new Set(words.map((w) => termsOf(w).join(' ')));
}

/**
 * `alternatives` (a concept's, abstain-asked-thing.ts `conceptAlternatives`) less the WordNet
 * synonyms that share no sense of the noun `word` as written ({@link nounSenseTerms}); all of
 * them when WordNet does not know `word` as a noun. Every other kind (the word, an inflection,
 * an alias, a correction, a derived form) is kept.
 */
export function ownSenseAlternatives(
  alternatives: readonly Alternative[],
  word: string,
): Alternative[] {
  const own = nounSenseTerms(word);
  if (own === null) return [...alternatives];
  return alternatives.filter((a) => a.kind !== 'synonym' || own.has(a.terms.join(' ')));
}
