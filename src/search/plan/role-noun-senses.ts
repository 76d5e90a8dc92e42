/**
 * The rarer person senses of the role noun a "who" question asks the holder of: "who is the
 * captain of the Morwen Star?" means WordNet's fourth sense of "captain", {master, captain,
 * sea captain, skipper}, "an officer who is licensed to command a merchant ship", which the
 * planner's cap on senses (wordnet-relations.ts `SENSES_PER_WORD`) leaves out, so "the master
 * of the Morwen Star" shares no word with the question.
 *
 * The cap keeps a word's rarer senses from bringing in unrelated words. "Who" asks for a person
 * (Li & Roth 2002, "Learning question classifiers", HUM:individual), and a word's senses
 * compatible with what its context selects are the ones it can have there (selectional
 * restriction: Katz & Fodor 1963, "The structure of a semantic theory", Language 39(2); WordNet
 * files a noun's person senses together, lexnames(5WN) noun.person). So when the question's
 * role noun is one whose usual sense is a person, its other person senses are readings the
 * question can have, the lesser ranked ones included, while its senses of things stay out, and
 * a noun whose usual sense is a thing ("head", "chair") is not read so at all. What they name
 * is still matched only where the passage also holds the question's other words (the
 * relation's holder, "the Morwen Star"). The words are searched as near-synonyms ('synonym').
 */
import { baseForms } from '../dictionary-words.js';
import { NOUN_PERSON } from '../usual-noun-files.js';
import { lemmaEverySense, SENSES_PER_WORD } from '../wordnet-relations.js';

const everyNounSense = lemmaEverySense('noun');

/**
 * The lemmas (lower case, multiword ones with spaces) of the person senses of `word` (a noun as
 * written, any case; a plural read by WordNet's detachment rules) past its first
 * {@link SENSES_PER_WORD}, its own lemma left out, when its most frequent sense is a person;
 * none otherwise. Reads the noun index once and a synset per sense (a role noun has a handful).
 *
 * @example rarerPersonSenseLemmas('captain') // ['master', 'sea captain', 'chieftain', …]
 */
export function rarerPersonSenseLemmas(word: string): string[] {
  const found = new Set<string>();
  for (const lemma of baseForms(word.toLowerCase())) {
    const senses = everyNounSense(lemma);
    if (senses[0]?.lexFile !== NOUN_PERSON) continue;
    for (const sense of senses.slice(SENSES_PER_WORD)) {
      if (sense.lexFile !== NOUN_PERSON) continue;
      for (const other of sense.words) if (other !== lemma) found.add(other);
    }
  }
  return [...found];
}
