/**
 * Derived forms reached through an irregular inflection: "spoke" is "speak", whose derived
 * form "speaker" answers "how many people spoke" with "26 public speakers". The derived table
 * (synonyms.ts) is keyed by WordNet lemmas, and an irregular past or participle is no lemma,
 * so without this it finds none; the inflection table (inflections.ts) links "spoke" only to
 * the lemma itself, when the corpus uses it. The same holds of the synonym table: "stolen"
 * has the synonyms of "steal" ("theft"), so search-index.ts passes it here too.
 */
import { stem } from '../text/terms.js';
import type { SynonymTable } from './synonyms.js';

/**
 * `derived` with each irregular form of `kept` ({@link keptIrregularForms} of inflections.ts,
 * `[form, lemma]`) keyed by its stem and mapped to its lemma's derived corpus terms, merged
 * with any entry already under that key, and each lemma of `homographs`
 * (homographIrregularForms, inflections.ts) mapped to its form's term when `vocabulary` (the
 * corpus's terms) holds it; sorted by key as {@link SynonymTable} is. Forms whose
 * stem is another word's in use are already left out of `kept` ("found" is not "find"), so a
 * stem key stands for the one word. Bounded by `kept` (about 3,600 pairs).
 */
export function withIrregularForms(
  derived: SynonymTable,
  kept: ReadonlyArray<readonly [string, string]>,
  homographs: ReadonlyArray<readonly [string, string]> = [],
  vocabulary: ReadonlySet<string> = new Set(),
): SynonymTable {
  // A key's terms become a set only when a form adds to them: the synonym table passed here
  // has tens of thousands of keys, a few thousand of which any form reaches.
  const table = new Map<string, readonly string[] | Set<string>>(derived);
  const ofLemma = new Map(derived);
  const setOf = (key: string) => {
    const terms = table.get(key);
    if (terms instanceof Set) return terms;
    const set = new Set(terms);
    table.set(key, set);
    return set;
  };
  for (const [form, lemma] of kept) {
    const terms = ofLemma.get(stem(lemma));
    if (terms === undefined) continue;
    const key = stem(form);
    const set = setOf(key);
    for (const term of terms) if (term !== key) set.add(term);
  }
  // A form whose stem is also another word's ("thieves", "thieving": "thiev") is its lemma's
  // related form at most: the corpus term may be the other word, which the lemma's family
  // often is too ("thieving" is what a thief does). Only from the lemma, so a question's
  // "thieving" is never read as "thief" through the stem it shares with "thieves".
  for (const [form, lemma] of homographs)
    if (vocabulary.has(stem(form))) setOf(stem(lemma)).add(stem(form));
  return [...table]
    .filter(([, terms]) => (terms instanceof Set ? terms.size : terms.length) > 0)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([key, terms]): [string, string[]] => [key, sortedTerms(terms)]);
}

/**
 * `terms` sorted, each once; a list already so (strictly increasing, as a table's lists are) is
 * copied as it is, without a set.
 */
function sortedTerms(terms: readonly string[] | Set<string>): string[] {
  if (terms instanceof Set) return [...terms].sort();
  for (let i = 1; i < terms.length; i++)
    if (!((terms[i - 1] as string) < (terms[i] as string))) return [...new Set(terms)].sort();
  return terms.slice();
}
