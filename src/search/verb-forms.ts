/**
 * Every form of a few verbs as stems, so a rule names a verb once, by its lemma: the regular
 * forms share the lemma's stem ("commits", "committed", "committing" → "commit"), and the
 * irregular ones are WordNet's verb exception list's ("spent", "rose", "fell", "paid"; read
 * through text/wordnet-exceptions.ts, as inflections.ts reads them for the search).
 */
import { stem } from '../text/terms.js';
import { wordnetExceptions } from '../text/wordnet-exceptions.js';

/**
 * The stems of every form of the verbs `lemmas` (base forms, lower case), each cut to its first
 * `letters` letters when given (fact terms are compared so: SEARCH_OPTIONS.facts.namePrefix).
 * Read on the first call of the function returned, then kept: the exception list (about 3,600
 * pairs, one pass; only the forms of `lemmas` are stemmed) is read only when a rule needs it.
 *
 * @example verbFormStems(['spend'])() // Set { 'spend', 'spent' }
 */
export function verbFormStems(
  lemmas: readonly string[],
  letters?: number,
): () => ReadonlySet<string> {
  let stems: ReadonlySet<string> | undefined;
  return () => {
    if (stems !== undefined) return stems;
    const wanted = new Set(lemmas);
    const forms = [
      ...lemmas,
      ...wordnetExceptions('verb').flatMap(([form, lemma]) => (wanted.has(lemma) ? [form] : [])),
    ];
    stems = new Set(forms.map((form) => stem(form).slice(0, letters)));
    return stems;
  };
}

/**
 * The lemmas of an irregular verb form, as stems cut to `letters` letters when given: "led" →
 * "lead", "went" → "go" (WordNet's verb exception list). Read on the first call of the function
 * returned, then kept; an empty set for a regular form or any other word.
 *
 * @example irregularLemmaStems()('led') // Set { 'lead' }
 */
export function irregularLemmaStems(letters?: number): (formStem: string) => ReadonlySet<string> {
  let lemmas: Map<string, Set<string>> | undefined;
  const none: ReadonlySet<string> = new Set();
  return (formStem) => {
    if (lemmas === undefined) {
      lemmas = new Map();
      for (const [form, lemma] of wordnetExceptions('verb')) {
        const key = stem(form).slice(0, letters);
        const value = stem(lemma).slice(0, letters);
        if (key === value) continue;
        let found = lemmas.get(key);
        if (found === undefined) lemmas.set(key, (found = new Set()));
        found.add(value);
      }
    }
    return lemmas.get(formStem) ?? none;
  };
}
