/**
 * The regular forms of a verb that Porter's stemmer does not unite. Most regular forms share
 * their lemma's stem ("close", "closed", "closing" → "close"), but a lemma ending in "-ie" loses
 * it ("die" → "die"; "dies", "died" → "di"; "dying" → "dy": Porter 1980, step 1a "-ies" → "-i",
 * step 1b "-ed", "-ing" removed), so "who died" would find no "will die", and no synonym or
 * derived form WordNet gives the lemma ("death": its tables are keyed by the lemma's term).
 * WordNet's morphology (morphy(7WN): detachment rules, dictionary-words.ts `baseForms`) gives
 * the lemma; its regular forms are then spelt by English's rules for them.
 */
import { stem } from '../../text/terms.js';
import { baseForms } from '../dictionary-words.js';
import { lemmaSynsets } from '../wordnet-relations.js';

/** A one-syllable lemma ending in one vowel letter and one consonant: its consonant doubles ("stopped"). */
const DOUBLING = /^[^aeiouy]*[aeiou][^aeiouwxy]$/;

/**
 * The regular forms of a verb lemma: third person, past and participle, and "-ing" (Quirk et al.
 * 1985, §3.5–3.7: "-es" after a sibilant, "-ies" for a "y" after a consonant, else "-s"; "-d"
 * after "e"; a final consonant doubled after one vowel letter in one syllable; "-ying" for
 * "-ie", "-ing" for the "e" dropped).
 */
function regularForms(lemma: string): string[] {
  const base = DOUBLING.test(lemma) ? `${lemma}${lemma.at(-1)}` : lemma;
  const past = lemma.endsWith('e') ? `${lemma}d` : `${base}ed`;
  const ing = lemma.endsWith('ie')
    ? `${lemma.slice(0, -2)}ying`
    : lemma.endsWith('e') && !lemma.endsWith('ee')
      ? `${lemma.slice(0, -1)}ing`
      : `${base}ing`;
  const third = /(?:s|x|z|ch|sh)$/.test(lemma)
    ? `${lemma}es`
    : /[^aeiou]y$/.test(lemma)
      ? `${lemma.slice(0, -1)}ies`
      : `${lemma}s`;
  return [lemma, third, past, ing];
}

/**
 * The index terms of the same verb as a question word (`word`, folded) that its own term
 * (`stem(word)`) is not: its lemma's ("die" for "died") and its lemma's other regular forms'
 * ("di" of "dies" for "die"), for a word that is one of the regular forms of a WordNet verb. Empty for
 * the great majority of words, whose forms the stemmer unites; neither a word that is a lemma of
 * its own nor a form that is ("seed" is no past of "see") is read as the verb's.
 *
 * @example splitFormTerms('died') // ['die']
 */
export function splitFormTerms(word: string): string[] {
  const verbs = lemmaSynsets('verb');
  const nouns = lemmaSynsets('noun');
  const term = stem(word);
  const terms = new Set<string>();
  for (const lemma of baseForms(word)) {
    if (verbs(lemma).length === 0) continue;
    const forms = regularForms(lemma);
    if (!forms.includes(word)) continue;
    if (lemma !== word && (verbs(word).length > 0 || nouns(word).length > 0)) continue;
    // A form that is a word of its own is not read as this verb's ("seed" of "see", "dying").
    for (const form of forms)
      if (form === word || form === lemma || (verbs(form).length === 0 && nouns(form).length === 0))
        terms.add(stem(form));
  }
  terms.delete(term);
  return [...terms];
}
