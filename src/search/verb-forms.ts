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
