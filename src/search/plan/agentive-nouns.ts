/**
 * The agent noun English forms from a verb by the suffix "-er" ("own" → "owner", "farm" →
 * "farmer", "run" → "runner"): the productive deverbal suffix naming the doer of the verb's act
 * (Quirk et al. 1985, "A Comprehensive Grammar of the English Language", Appendix I on
 * suffixation, the agentive "-er"; spelled as before "-ed": a final "e" drops, a final consonant
 * after one vowel doubles). WordNet links many such pairs ("lead" / "leader") but not all: "owner"
 * has no derivational pointer to "own", so "who owns the farm" would not read "Farm owner
 * Derek Nunn" as naming its doer. A form counts only as a word whose usual sense is a kind of
 * person (lexnames(5WN) noun.person): "cooker" is a thing, "farmer" a person.
 */
import { stem } from '../../text/terms.js';
import { NOUN_PERSON, usualNounFiles } from '../usual-noun-files.js';

/** One vowel before a final consonant: the syllable whose consonant doubles before "-er". */
const SHORT_CLOSED = /(?:^|[^aeiou])[aeiou][bdgklmnprt]$/;

/**
 * The index terms of the "-er" agent nouns of `verb` (a verb's index term, as the question's
 * answer type holds it) that `has` (the corpus's vocabulary) holds and whose usual sense is a
 * person; none when the corpus writes none. The verb's own term is never returned.
 *
 * @example agentiveNouns('own', (term) => term === 'owner') // ['owner']
 */
export function agentiveNouns(verb: string, has: (term: string) => boolean): string[] {
  const written = [`${verb}er`];
  if (verb.endsWith('e')) written.push(`${verb}r`);
  if (SHORT_CLOSED.test(verb)) written.push(`${verb}${verb.at(-1)!}er`);
  const found = new Set<string>();
  for (const word of written) {
    const term = stem(word);
    if (term === verb || !has(term)) continue;
    if (usualNounFiles(word)[0] === NOUN_PERSON) found.add(term);
  }
  return [...found];
}
