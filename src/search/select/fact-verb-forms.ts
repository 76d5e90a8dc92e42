/**
 * Every form of a few verbs as fact terms (stems cut to `namePrefix` letters, as fact-relation.ts
 * compares words), so a rule names a verb once by its lemma: the regular forms share the lemma's
 * stem ("commits", "committed", "committing" → "commit"), and the irregular ones are read from
 * WordNet's exception list (search/inflections.ts `everyInflectionTerm`: "spent", "rose",
 * "fell").
 */
import { SEARCH_OPTIONS } from '../options.js';
import { everyInflectionTerm } from '../inflections.js';
import { stem } from '../../text/terms.js';

/**
 * The fact terms of every form of the verbs `lemmas` (base forms, lower case), read on the first
 * call of the function returned and kept: the exception list is read only when a rule needs it.
 *
 * @example verbFormTerms(['spend'])() // Set { 'spend', 'spent' }
 */
export function verbFormTerms(lemmas: readonly string[]): () => ReadonlySet<string> {
  let terms: ReadonlySet<string> | undefined;
  return () =>
    (terms ??= new Set(
      lemmas.flatMap((lemma) => {
        const term = stem(lemma);
        return [term, ...everyInflectionTerm(lemma, term)].map((t) =>
          t.slice(0, SEARCH_OPTIONS.facts.namePrefix),
        );
      }),
    ));
}
